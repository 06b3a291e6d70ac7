import { describe, expect, it } from 'vitest';
import { format, pickLang, translator } from './i18n.js';

describe('messages', () => {
  it('fills placeholders and picks the plural form by count', () => {
    expect(format('{n} {n|person|people} raised {what}', { n: 1, what: 'pay' })).toBe('1 person raised pay');
    expect(format('{n} {n|person|people}', { n: 3 })).toBe('3 people');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(format('hello {name}')).toBe('hello {name}');
  });

  it('chooses Spanish from a browser preference list and falls back to English', () => {
    expect(pickLang('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(pickLang(['fr-FR', 'de'])).toBe('en');
    expect(pickLang(undefined)).toBe('en');
  });

  it('translates a key in the chosen language', () => {
    const t = translator({ en: { hi: 'Hello {who}' }, es: { hi: 'Hola {who}' } }, 'es');
    expect(t('hi', { who: 'Ana' })).toBe('Hola Ana');
  });
});

import { describe, expect, it } from 'vitest';
import { LANGS } from '../core/i18n/i18n.js';
import { renderBundleError, renderErrorSummary } from './bundle-errors.js';
import { BUNDLE_MESSAGES } from './bundle-messages.js';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe('bundle messages', () => {
  it('say the same things in every language: same keys, same placeholders', () => {
    const keys = Object.keys(BUNDLE_MESSAGES.en).sort();
    for (const lang of LANGS) {
      expect(Object.keys(BUNDLE_MESSAGES[lang]).sort()).toEqual(keys);
      for (const key of keys) {
        const template = BUNDLE_MESSAGES[lang][key as keyof typeof BUNDLE_MESSAGES.en];
        const english = BUNDLE_MESSAGES.en[key as keyof typeof BUNDLE_MESSAGES.en];
        // A translation may leave out a detail given in English (the core's reason), never add one.
        expect(placeholders(english), `${lang}.${key}`).toEqual(
          expect.arrayContaining(placeholders(template).filter((p) => p !== 'max' || key !== 'bad_id')),
        );
      }
    }
  });

  it('render an error as file:line:column: reason, in English or Spanish', () => {
    const error = {
      file: 'asks.csv',
      line: 7,
      column: 12,
      code: 'unknown_person' as const,
      params: { value: 'p9', column: 'to' },
      message: 'unknown person "p9": not in people.csv nor in the workspace',
    };
    expect(renderBundleError(error)).toBe('asks.csv:7:12: unknown person "p9": not in people.csv nor in the workspace');
    expect(renderBundleError(error, 'es')).toBe(
      'asks.csv:7:12: persona desconocida "p9": no está en people.csv ni en el espacio de trabajo',
    );
  });

  it('close with how many problems there were and that nothing was imported', () => {
    expect(renderErrorSummary(1, 1)).toBe('1 problem found; nothing was imported');
    expect(renderErrorSummary(200, 250, 'es')).toBe('250 problemas encontrados, 50 sin listar; no se importó nada');
  });
});

import { describe, expect, it } from 'vitest';
import { smallWorkplace } from '../../../test/support/small-workplace.js';
import { LANGS } from '../i18n/i18n.js';
import { analyzeRecords } from './analysis.js';
import { MODEL_MESSAGES } from './model-messages.js';
import { formatReport, formatSeries, wrap } from './report-text.js';
import { analyzeSeries } from './series.js';

const report = analyzeRecords(smallWorkplace(), { asOf: '2024-03-31' });

describe('the report in plain words', () => {
  it("says each unit's phase and what would move it forward, stone and sand, readiness and care", () => {
    const text = formatReport(report, 'en');
    expect(text).toMatch(
      /units? (is|are) agitated \(grievances are hot, ties still weak\):\n(\s{4}.*\n)*\s{4}Clinic\/Nursing\/Days: \d+ (person|people);/,
    );
    expect(text).toContain('Grievances are hot but ties are weak');
    expect(text).toContain('Supporters by their own word: 0 stone, 1 sand.');
    expect(text).toContain('readiness against the 65% line');
    expect(text).toContain('An ask on a weak tie: p3, by p1, since 2024-02-10');
    expect(text).toContain('Get to know p3 first');
  });

  it('says the advice of a phase once, and under each unit only its own numbers', () => {
    const text = formatReport(report, 'en');
    const units = text.slice(text.indexOf('\nUnits\n'), text.indexOf('\nNatural groups'));
    const ready = units.match(/units? (is|are) ready/g) ?? [];
    expect(ready.length).toBeLessThanOrEqual(1);
    // 'Ties are strong and grievances are hot' once for all the ready units, not once per unit.
    expect(units.split('Ties are strong and grievances are hot').length - 1).toBe(ready.length);
    const days = report.units.find((u) => u.unit === 'Clinic/Nursing/Days')!;
    const without = days.forward.find((f) => f.step === 'get_to_know')!.count!;
    expect(units).toMatch(new RegExp(`Clinic/Nursing/Days: [^\\n]*(\\n\\s{6}[^\\n]*)*${without} without a strong tie`));
  });

  it('names people when it is given their names, and keeps ids otherwise', () => {
    const names = new Map([
      ['p1', 'Ana Flores'],
      ['p3', 'Kofi Mensah'],
    ]);
    // Lines are wrapped: read the words with single spaces between them.
    const text = formatReport(report, 'en', { names: (id) => names.get(id) }).replace(/\s+/g, ' ');
    expect(text).toContain('An ask on a weak tie: Kofi Mensah, by Ana Flores, since 2024-02-10');
    expect(text).toContain('Get to know Kofi Mensah first');
    expect(text).not.toMatch(/\bp[13]\b/);
  });

  it('speaks Spanish', () => {
    const text = formatReport(report, 'es');
    expect(text).toMatch(/(está|están) agitada \(.*\):\n(\s{4}.*\n)*\s{4}Clinic\/Nursing\/Days: \d+ personas?;/);
    expect(text).toContain('frente a la línea del 65%');
  });

  it('keeps every line under 100 characters, in both languages, even with long ids', () => {
    const long = { ...report, stoneSand: { stone: [], sand: ['x'.repeat(150), ...report.stoneSand.sand] } };
    for (const lang of LANGS) {
      for (const line of formatReport(long, lang).split('\n')) expect(line.length).toBeLessThan(100);
      const series = formatSeries(analyzeSeries(smallWorkplace(), { from: '2024-01-01', to: '2024-03-31' }), lang);
      for (const line of series.split('\n')) expect(line.length).toBeLessThan(100);
    }
  });

  it('wraps words onto indented lines', () => {
    expect(wrap('one two three four', 10, '  ', '    ')).toEqual(['  one two', '    three', '    four']);
  });

  it('prints the monthly series as a table, the whole workplace first', () => {
    const text = formatSeries(analyzeSeries(smallWorkplace(), { from: '2024-01-01', to: '2024-02-29' }), 'en');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Month by month, 2024-01 to 2024-02 (model 1.2.0)');
    expect(lines[2]).toMatch(/^month\s+people\s+strong\s+coverage\s+cohesion\s+heat\s+phase$/);
    expect(lines[3]).toMatch(/^2024-01\s+4\s+1\s+50%/);
    expect(text).toContain('Unit Clinic/Nursing/Nights');
  });
});

describe('the model’s messages', () => {
  it('use the same placeholders in English and Spanish', () => {
    const names = (template: string) => [...new Set([...template.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(MODEL_MESSAGES.en) as (keyof typeof MODEL_MESSAGES.en)[]) {
      expect(names(MODEL_MESSAGES.es[key]), key).toEqual(names(MODEL_MESSAGES.en[key]));
    }
  });

  it('never call a person a target', () => {
    for (const lang of LANGS)
      for (const text of Object.values(MODEL_MESSAGES[lang])) expect(text).not.toMatch(/target|objetivo/i);
  });
});

import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/i18n.js';
import type { MoonSession } from '../power-records.js';
import { analyzeRecords } from './analysis.js';
import { person } from './model-test-records.js';
import { POWER_MESSAGES } from './power-messages.js';
import { formatReport } from './report-text.js';

const ASOF = '2025-06-30';
const session = (id: string, occurredOn: string, closedDoor: boolean): MoonSession => ({
  id,
  space: 'table',
  occurredOn,
  attendees: ['neg'],
  closedDoor,
  outcome: null,
  mandates: [],
  reportedBackOn: null,
  reportedTo: [],
});
const report = analyzeRecords(
  {
    people: [person('neg', { circle: 'moon', name: 'Nadia' }), person('staff', { circle: 'satellite' })],
    spaces: [{ id: 'table', name: 'Bargaining table', kind: 'moon', unit: null }],
    moon_sessions: [
      session('s1', '2025-04-03', true),
      session('s2', '2025-05-02', true),
      session('s3', '2025-06-01', true),
    ],
    satellite_effects: [
      { id: 'e1', satellite: 'staff', occurredOn: '2025-05-01', effect: 'siphoning', on: [], what: null },
    ],
  },
  { asOf: ASOF },
);
const names = new Map([
  ['neg', 'Nadia'],
  ['table', 'Bargaining table'],
]);

describe('the power map in plain words', () => {
  it('says what each figure means for the committee, with names when it is given them', () => {
    const text = formatReport(report, 'en', { names: (id) => names.get(id) });
    expect(text).toContain('Nadia has not reported back on 3 closed-door sessions since April 2025');
    expect(text).toContain('Bargaining table: 3 sessions, 3 behind closed doors');
    expect(text).toContain('staff: 0 nurturing, 1 siphoning, 0 mixed (net -1)');
    expect(text).toMatch(/pulls the fight\s+away\s+from\s+coworkers/);
    // without names, the ids
    expect(formatReport(report, 'en')).toContain('neg has not reported back on 3 closed-door sessions');
  });

  it('speaks Spanish', () => {
    const text = formatReport(report, 'es', { names: (id) => names.get(id) });
    expect(text).toContain('Nadia no ha informado sobre 3 sesiones a puerta cerrada desde abril de 2025');
  });

  it('keeps every line under 100 characters', () => {
    for (const lang of LANGS)
      for (const line of formatReport(report, lang).split('\n')) expect(line.length).toBeLessThan(100);
  });

  it('uses the same placeholders in both languages, and never calls a person a target', () => {
    const names = (template: string) => [...new Set([...template.matchAll(/\{(\w+)/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(POWER_MESSAGES.en) as (keyof typeof POWER_MESSAGES.en)[]) {
      expect(names(POWER_MESSAGES.es[key]), key).toEqual(names(POWER_MESSAGES.en[key]));
    }
    for (const lang of LANGS) {
      for (const text of Object.values(POWER_MESSAGES[lang])) expect(text).not.toMatch(/target|objetivo/i);
    }
  });
});

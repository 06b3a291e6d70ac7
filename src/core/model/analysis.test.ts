import { describe, expect, it } from 'vitest';
import { smallWorkplace } from '../../../test/support/small-workplace.js';
import { addDays } from '../dates.js';
import type { WorkspaceRecords } from '../records.js';
import { ModelAccumulator } from './accumulator.js';
import { analyze, analyzeRecords } from './analysis.js';
import { pairStrengths } from './base.js';
import { ask, closeTie, interaction, person } from './model-test-records.js';
import { personFigures } from './person-figures.js';
import { analysisReportSchema } from './report.js';
import { MODEL_VERSION } from './settings.js';

const ASOF = '2024-03-31';

/** The small workplace with a few more people and records, so every part of the report has something. */
function workplace(): WorkspaceRecords {
  const r = smallWorkplace();
  r.people.push(
    person('p5', { unit: 'Clinic/Nursing/Days', stance: 'supporter', startedOn: '2020-01-01' }),
    person('p6', { unit: 'Clinic/Nursing/Days', startedOn: '2024-03-10' }),
    person('p7', { unit: 'Clinic/Pharmacy', startedOn: '2020-01-01' }),
  );
  r.ties.push(closeTie('p3', 'p5', '2024-03-01'), closeTie('p1', 'p5', '2024-03-15'));
  r.interactions.push(
    interaction('2023-12-01', ['p1', 'p2'], { kind: 'meal', initiatedBy: 'p1' }),
    interaction('2024-03-20', ['p5', 'p1', 'p3'], { kind: 'chat', raised: [{ grievance: 'g1', by: 'p5' }] }),
  );
  r.asks.push(ask('p1', 'p5', '2024-03-25', { response: 'yes', followedThrough: 'no' }));
  return r;
}

describe('the analysis report', () => {
  const report = analyzeRecords(workplace(), { asOf: ASOF });

  it('has every key other tools rely on, in the documented shape', () => {
    expect(analysisReportSchema.parse(report)).toEqual(report);
    expect(report.asOf).toBe(ASOF);
    expect(report.modelVersion).toBe(MODEL_VERSION);
    for (const key of [
      'people',
      'ties',
      'coverage',
      'largestStrongGroup',
      'crossUnitStrongTies',
      'overall',
      'units',
      'groups',
      'bridges',
      'trusted',
      'stoneSand',
      'grievances',
      'careSignals',
    ]) {
      expect(report).toHaveProperty(key);
    }
    expect(report.units[0]).toEqual(
      expect.objectContaining({ unit: 'Clinic', people: 6, phase: expect.any(String) as string }),
    );
  });

  it('names people by their bundle ids only, never by name', () => {
    const json = JSON.stringify(report);
    for (const p of workplace().people) if (p.name !== p.id) expect(json).not.toContain(p.name);
    expect(json).toContain('"p1"');
  });

  it('is the same every time for the same records and date', () => {
    expect(analyzeRecords(workplace(), { asOf: ASOF })).toEqual(report);
    const shuffled = workplace();
    shuffled.interactions.reverse();
    shuffled.people.reverse();
    shuffled.ties.reverse();
    expect(analyzeRecords(shuffled, { asOf: ASOF })).toEqual(report);
  });

  it('ignores records dated after the analysis date', () => {
    const later = workplace();
    later.interactions.push(interaction('2024-04-01', ['p7', 'p1'], { raised: [{ grievance: 'g2', by: 'p7' }] }));
    later.ties.push(closeTie('p7', 'p2', '2024-06-01'));
    later.asks.push(ask('p2', 'p7', '2024-04-02'));
    expect(analyzeRecords(later, { asOf: ASOF })).toEqual(report);
  });

  it('leaves out the slow parts when only the figures are wanted', () => {
    const figures = analyzeRecords(workplace(), { asOf: ASOF, parts: 'figures' });
    expect(figures.groups).toEqual([]);
    expect(figures.careSignals).toEqual([]);
    expect(figures.units).toEqual(report.units);
  });
});

describe("one person's figures from that person's records alone", () => {
  const records = workplace();
  const full = new ModelAccumulator({ asOf: ASOF }).addRecords(records);
  const strengths = pairStrengths(full);
  const report = analyze(full);

  for (const p of records.people) {
    it(`agree with the full analysis for ${p.id}`, () => {
      const mine = {
        people: records.people,
        interactions: records.interactions.filter((i) => i.participants.includes(p.id)),
        ties: records.ties.filter((t) => t.a === p.id || t.b === p.id),
        asks: records.asks.filter((a) => a.by === p.id || a.to === p.id),
        committees: records.committees,
      };
      const figures = personFigures(p.id, mine, { asOf: ASOF });
      const me = full.indexOf(p.id);
      const expected = new Map<string, number>();
      for (let r = 0; r < full.pairs.capacity; r++) {
        if (!full.pairs.used(r) || !(strengths[r]! > 0)) continue;
        const [lo, hi] = [full.pairs.lo(r), full.pairs.hi(r)];
        if (lo === me || hi === me) expected.set(full.ids[lo === me ? hi : lo]!, strengths[r]!);
      }
      expect(new Map(figures.ties.map((t) => [t.other, t.strength]))).toEqual(expected);
      expect(figures.careSignals).toEqual(report.careSignals.filter((c) => c.person === p.id || c.by === p.id));
    });
  }

  it('reflect a new interaction at once', () => {
    const before = personFigures('p7', { people: records.people }, { asOf: ASOF });
    expect(before.careSignals.map((c) => c.kind)).toEqual(['isolated_coworker']);
    const after = personFigures(
      'p7',
      { people: records.people, interactions: [interaction(addDays(ASOF, -1), ['p7', 'p2'], { kind: 'meal' })] },
      { asOf: ASOF },
    );
    expect(after.ties.map((t) => t.other)).toEqual(['p2']);
    expect(after.careSignals).toEqual([]);
  });
});

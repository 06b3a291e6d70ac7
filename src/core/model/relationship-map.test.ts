import { describe, expect, it } from 'vitest';
import type { WorkspaceRecords } from '../records.js';
import { analyze } from './analysis.js';
import { pairStrengths } from './base.js';
import { closeTie, interaction, observation, person } from './model-test-records.js';
import { relationshipMap, relationshipMapSchema, wallChart, wallChartSchema } from './relationship-map.js';
import { ViewAccumulator } from './view-accumulator.js';

const AS_OF = '2025-03-01';

function views(records: Partial<WorkspaceRecords>, asOf = AS_OF) {
  const v = new ViewAccumulator({ asOf }).addRecords(records);
  const report = analyze(v.model, {});
  const strength = pairStrengths(v.model);
  return { report, map: relationshipMap(v, report, strength), wall: wallChart(v, strength) };
}

const unit = 'Plant/Line';

describe('the relationship map', () => {
  it('dates a tie and a person from the first record of them, and ignores records after the analysis date', () => {
    const { map } = views({
      people: [person('a', { unit, startedOn: '2024-06-01' }), person('b', { unit }), person('c', { unit })],
      ties: [observation('a', 'b', '2024-05-01'), observation('b', 'c', '2025-04-01')],
      interactions: [interaction('2024-09-01', ['a', 'b']), interaction('2024-10-01', ['b', 'c'])],
    });
    expect(relationshipMapSchema.parse(map)).toEqual(map);
    const since = Object.fromEntries(map.people.map((p) => [p.id, p.since]));
    // a was seen in an observation before their start date; c only after it in the one record before asOf
    expect(since).toEqual({ a: '2024-05-01', b: '2024-05-01', c: '2024-10-01' });
    expect(map.ties.map((t) => [t.a, t.b, t.since])).toEqual([
      ['a', 'b', '2024-05-01'],
      ['b', 'c', '2024-10-01'],
    ]);
  });

  it('draws every tie above 0 with its sides and the strong line, and leaves off ties known only for tension', () => {
    const { map } = views({
      people: ['a', 'b', 'c', 'd'].map((id) => person(id, { unit })),
      ties: [closeTie('a', 'b', AS_OF), observation('c', 'd', AS_OF, { sides: ['tension'] })],
      interactions: [interaction(AS_OF, ['b', 'c'], { kind: 'meal' })],
    });
    // docs/model.md: observed close, social and emotional, 0.810; a fresh meal (social by its kind) 0.355
    expect(map.ties).toEqual([
      { a: 'a', b: 'b', strength: 0.81, strong: true, sides: ['social', 'emotional'], since: AS_OF },
      { a: 'b', b: 'c', strength: 0.3551, strong: false, sides: ['social'], since: AS_OF },
    ]);
  });

  it('places people in the report’s natural groups and sizes them by its trusted scores', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const { map, report } = views({
      people: ids.map((id) => person(id, { unit })),
      ties: [
        closeTie('a', 'b', AS_OF),
        closeTie('b', 'c', AS_OF),
        closeTie('a', 'c', AS_OF),
        closeTie('d', 'e', AS_OF),
        closeTie('e', 'f', AS_OF),
        closeTie('d', 'f', AS_OF),
      ],
    });
    expect(report.groups).toHaveLength(2);
    for (const p of map.people) {
      expect(report.groups[p.group!]!.members).toContain(p.id);
      expect(p.trust).toBe(report.trusted.find((t) => t.person === p.id)?.score ?? 0);
    }
    expect(map.people.every((p) => p.trust === 2)).toBe(true);
  });

  it('leaves off people who have left or not yet started, and their ties', () => {
    const { map } = views({
      people: [
        person('a', { unit }),
        person('gone', { unit, leftOn: '2025-01-01' }),
        person('new', { unit, startedOn: '2025-06-01' }),
        person('lawyer', { circle: 'satellite' }),
      ],
      ties: [closeTie('a', 'gone', '2024-12-01'), closeTie('a', 'lawyer', AS_OF)],
    });
    expect(map.people.map((p) => p.id)).toEqual(['a', 'lawyer']);
    expect(map.ties.map((t) => [t.a, t.b])).toEqual([['a', 'lawyer']]);
  });

  it('gives no pair to a gathering larger than the model counts, though everyone in it appears', () => {
    const crowd = Array.from({ length: 31 }, (_, i) => `p${String(i).padStart(2, '0')}`);
    const { map } = views({
      people: crowd.map((id) => person(id, { unit })),
      interactions: [interaction(AS_OF, crowd)],
    });
    // docs/model.md: observed close, social and emotional, 0.810; a fresh meal (social by its kind) 0.355
    expect(map.ties).toEqual([]);
    expect(map.people.every((p) => p.since === AS_OF)).toBe(true);
  });
});

describe('the wall chart', () => {
  it('marks stone those with a strong tie into the base of committee members and supporters, sand the rest', () => {
    const { wall } = views({
      people: [
        person('sup', { unit, stance: 'supporter', name: 'Sam' }),
        person('mem', { unit: 'Plant/Dock', name: 'Mo' }),
        person('tied', { unit, name: 'Tia' }),
        person('weak', { unit, name: 'Wes' }),
        person('alone', { unit, stance: 'supporter', name: 'Al' }),
        person('left', { unit, name: 'Lee', leftOn: '2025-02-01' }),
        person('moon', { circle: 'moon' }),
      ],
      committees: [{ id: 'c', name: 'Committee', members: ['mem'] }],
      ties: [
        closeTie('sup', 'mem', AS_OF),
        closeTie('tied', 'sup', AS_OF),
        observation('weak', 'sup', AS_OF),
        closeTie('left', 'sup', '2025-01-15'),
      ],
    });
    expect(wallChartSchema.parse(wall)).toEqual(wall);
    expect(wall.people.map((p) => [p.id, p.base, p.left])).toEqual([
      ['mem', 'stone', false],
      ['alone', 'sand', false],
      ['left', 'stone', true],
      ['sup', 'stone', false],
      ['tied', 'stone', false],
      ['weak', 'sand', false],
    ]);
  });
});

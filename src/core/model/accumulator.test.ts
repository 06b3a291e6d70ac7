import { describe, expect, it } from 'vitest';
import { fromDay, toDay } from '../dates.js';
import { ModelAccumulator, isoDay } from './accumulator.js';
import { pairStrengths } from './base.js';
import { ask, interaction, observation, person } from './model-test-records.js';
import { PairTable } from './pair-table.js';

const ASOF = '2024-06-30';

describe('the accumulator', () => {
  it('reads a date the way dates.ts does, across leap years and centuries', () => {
    for (let d = toDay('1899-12-25'); d < toDay('2101-01-10'); d += 7) expect(isoDay(fromDay(d))).toBe(d);
    expect(isoDay('2024-02-29')).toBe(toDay('2024-02-29'));
    expect(isoDay('1969-12-31')).toBe(-1);
  });

  it('gives the same strengths whatever order the records come in', () => {
    const records = [
      interaction('2024-01-10', ['a', 'b'], { initiatedBy: 'a', sides: ['social'] }),
      interaction('2024-03-01', ['b', 'c', 'a'], { kind: 'meal', initiatedBy: 'c' }),
      interaction('2024-05-01', ['c', 'a'], { initiatedBy: 'c' }),
    ];
    const ties = [observation('a', 'c', '2024-02-01', { closeness: 2 })];
    const strengths = (order: typeof records) => {
      const acc = new ModelAccumulator({ asOf: ASOF });
      for (const i of order) acc.addInteraction(i);
      for (const t of ties) acc.addTie(t);
      const s = pairStrengths(acc);
      const out: Record<string, number> = {};
      for (let r = 0; r < acc.pairs.capacity; r++) {
        if (acc.pairs.used(r)) out[[acc.ids[acc.pairs.lo(r)], acc.ids[acc.pairs.hi(r)]].sort().join('-')] = s[r]!;
      }
      return out;
    };
    const forward = strengths(records);
    expect(Object.keys(forward).sort()).toEqual(['a-b', 'a-c', 'b-c']);
    expect(strengths([...records].reverse())).toEqual(forward);
  });

  it('counts a person listed twice in one interaction once, and nothing for a gathering too large', () => {
    const acc = new ModelAccumulator({ asOf: ASOF });
    acc.addInteraction(interaction(ASOF, ['a', 'b', 'a']));
    expect(acc.pairs.size).toBe(1);
    const crowd = Array.from({ length: 40 }, (_, i) => `p${i}`);
    acc.addInteraction(interaction(ASOF, crowd, { kind: 'action' }));
    expect(acc.pairs.size).toBe(1);
  });

  it('dates an ask without a date of its own by its interaction, whichever comes first', () => {
    const i = interaction('2024-05-05', ['a', 'b']);
    const undated = ask('a', 'b', ASOF, { occurredOn: null, interaction: i.id });
    const before = new ModelAccumulator({ asOf: ASOF });
    before.addAsk(undated);
    before.addInteraction(i);
    const given = new ModelAccumulator({ asOf: ASOF });
    given.addInteraction(i);
    given.addAsk(undated, i.occurredOn);
    for (const acc of [before, given]) {
      expect(acc.asks.size).toBe(1);
      expect(fromDay(acc.asks.day[0]!)).toBe('2024-05-05');
    }
  });

  it('keeps only the pairs and asks of one person when focused on them', () => {
    const acc = new ModelAccumulator({ asOf: ASOF, focus: 'a' });
    acc.addRecords({
      people: [person('a'), person('b'), person('c')],
      interactions: [interaction(ASOF, ['a', 'b', 'c'], { kind: 'meal' })],
      ties: [observation('b', 'c', ASOF)],
      asks: [ask('b', 'c', ASOF), ask('a', 'c', ASOF)],
    });
    expect(acc.pairs.size).toBe(2);
    expect(acc.asks.size).toBe(1);
  });
});

describe('the pair table', () => {
  it('finds every pair again after growing many times, whichever way round it is asked', () => {
    const t = new PairTable();
    const rows = new Map<string, number>();
    for (let a = 0; a < 60; a++) {
      for (let b = a + 1; b < 60; b += 3) {
        const r = t.row(b, a);
        t.f64[(r << 3) + 2] = a * 1000 + b;
      }
    }
    for (let a = 0; a < 60; a++) {
      for (let b = a + 1; b < 60; b += 3) {
        const r = t.row(a, b, false);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(t.lo(r)).toBe(a);
        expect(t.hi(r)).toBe(b);
        expect(t.evidence(r).contact).toBe(a * 1000 + b);
        rows.set(`${a}-${b}`, r);
      }
    }
    expect(t.size).toBe(rows.size);
    expect(t.row(0, 2, false)).toBe(-1);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import type { Interaction, TieObservation } from '../records.js';
import { INTERACTION_KINDS, SIDES, TIE_SIDES } from '../vocabulary.js';
import { ModelAccumulator } from './accumulator.js';
import { pairStrengths } from './base.js';
import { ask, interaction, observation, person } from './model-test-records.js';
import { DEFAULT_MODEL_SETTINGS as S } from './settings.js';
import {
  decay,
  emptyEvidence,
  evidenceEarlier,
  interactionPairWeight,
  observationWeight,
  tieStrength,
  tieStrengthParts,
} from './tie-strength.js';

const ASOF = '2024-06-30';

/** The strength of the tie between a and b after these records, as the accumulator computes it. */
function strengthOf(
  records: { interactions?: Interaction[]; ties?: TieObservation[]; asks?: ReturnType<typeof ask>[] },
  asOf = ASOF,
  a = 'a',
  b = 'b',
): number {
  const acc = new ModelAccumulator({ asOf }).addRecords({ people: [person(a), person(b)], ...records });
  const r = acc.pairs.row(acc.indexOf(a), acc.indexOf(b), false);
  return r < 0 ? 0 : pairStrengths(acc)[r]!;
}

describe('tie strength, worked by hand (docs/model.md#tie-strength)', () => {
  it('a single fresh one-on-one with no sides is a weak tie', () => {
    // contact = 1 (one-on-one weight 1, two people, age 0); no sides, nobody started it
    // E = 1; strength = 1 - e^(-1/3) = 0.283469
    expect(strengthOf({ interactions: [interaction(ASOF, ['a', 'b'])] })).toBeCloseTo(0.283469, 6);
  });

  it('a side touched adds a bonus that saturates', () => {
    // contact 1, social 1: bonus 0.5 × (1 - e^-1) = 0.316060; E = 1.316060
    // strength = 1 - e^(-1.316060/3) = 0.355117
    const i = interaction(ASOF, ['a', 'b'], { sides: ['social'], initiatedBy: 'a' });
    expect(strengthOf({ interactions: [i] })).toBeCloseTo(0.355117, 6);
  });

  it('two one-on-ones, one started by each, make a strong tie', () => {
    // contact 2; social 2: bonus 0.5 × (1 - e^-2) = 0.432332; started 1 and 1: reciprocity 0.5 × min(1, 1) = 0.5
    // E = 2.932332; strength = 1 - e^(-0.977444) = 0.623728 ≥ 0.6
    const x = strengthOf({
      interactions: [
        interaction(ASOF, ['a', 'b'], { sides: ['social'], initiatedBy: 'a' }),
        interaction(ASOF, ['a', 'b'], { sides: ['social'], initiatedBy: 'b' }),
      ],
    });
    expect(x).toBeCloseTo(0.623728, 6);
    expect(x).toBeGreaterThanOrEqual(S.strongTie);
  });

  it('the same two one-on-ones, both started by one person, stay below the strong line', () => {
    // contact 2, social bonus 0.432332, reciprocity min(2, 0) = 0: E = 2.432332 → 1 - e^(-0.810777) = 0.555488
    const x = strengthOf({
      interactions: [
        interaction(ASOF, ['a', 'b'], { sides: ['social'], initiatedBy: 'a' }),
        interaction(ASOF, ['a', 'b'], { sides: ['social'], initiatedBy: 'a' }),
      ],
    });
    expect(x).toBeCloseTo(0.555488, 6);
    expect(x).toBeLessThan(S.strongTie);
  });

  it('evidence half a year old counts half', () => {
    // age 180 days = one half-life: contact 0.5; E = 0.5 → 1 - e^(-1/6) = 0.153518
    expect(decay(180, 180)).toBe(0.5);
    expect(strengthOf({ interactions: [interaction(addDays(ASOF, -180), ['a', 'b'])] })).toBeCloseTo(0.153518, 6);
  });

  it('a meeting spreads its weight over its size, so each pair gets a tenth in a meeting of eleven', () => {
    // meeting weight 0.5, shared over the 10 others each person spent it with: 0.05 per pair
    expect(interactionPairWeight('meeting', 11, S)).toBeCloseTo(0.05, 12);
    expect(interactionPairWeight('one_on_one', 2, S)).toBe(1);
    // above the largest gathering, nothing
    expect(interactionPairWeight('meeting', S.largestGathering + 1, S)).toBe(0);
    const everyone = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
    // E = 0.05 (no sides for a meeting) → 1 - e^(-0.05/3) = 0.016529
    expect(strengthOf({ interactions: [interaction(ASOF, everyone, { kind: 'meeting' })] })).toBeCloseTo(0.016529, 6);
  });

  it('a close observation is strong on its own; the same seen from one side only is not', () => {
    // closeness 3 = 4, sides social and emotional 4 each: bonus 2 × 0.5 × (1 - e^-4) = 0.981684
    // E = 4.981684 → 1 - e^(-1.660561) = 0.809968
    const close = observation('a', 'b', ASOF, { sides: ['social', 'emotional'], closeness: 3 });
    expect(strengthOf({ ties: [close] })).toBeCloseTo(0.809968, 6);
    // directed: 4 × 0.4 = 1.6; bonus 2 × 0.5 × (1 - e^-1.6) = 0.798103; E = 2.398103 → 0.550387
    expect(observationWeight(3, true, S)).toBeCloseTo(1.6, 12);
    expect(strengthOf({ ties: [{ ...close, directed: true }] })).toBeCloseTo(0.550387, 6);
  });

  it('tension lowers a tie in proportion to how much of what is known is strain', () => {
    // closeness 2: contact 1.5, social bonus 0.5 × (1 - e^-1.5) = 0.388435; E = 1.888435 → 0.467130
    // tension 1: strain = 1 / (1.5 + 1) = 0.4; factor 1 - 0.75 × 0.4 = 0.7
    // strength = 0.467130 × 0.7 = 0.326991
    const ties = [observation('a', 'b', ASOF, { closeness: 2 }), observation('a', 'b', ASOF, { sides: ['tension'] })];
    expect(strengthOf({ ties })).toBeCloseTo(0.326991, 6);
    const parts = tieStrengthParts({ ...emptyEvidence(), contact: 1.5, sides: [1.5, 0, 0, 0], tension: 1 }, S);
    expect(parts.strain).toBeCloseTo(0.4, 12);
  });

  it('asks add nothing to a tie', () => {
    const base = { interactions: [interaction(ASOF, ['a', 'b'])] };
    expect(strengthOf({ ...base, asks: [ask('a', 'b', ASOF), ask('b', 'a', ASOF)] })).toBe(strengthOf(base));
    expect(strengthOf({ asks: [ask('a', 'b', ASOF)] })).toBe(0);
  });

  it('records after the analysis date are ignored', () => {
    expect(strengthOf({ interactions: [interaction('2024-07-01', ['a', 'b'])] })).toBe(0);
    expect(strengthOf({ ties: [observation('a', 'b', '2024-07-01')] })).toBe(0);
  });

  it('the evidence as it stood earlier undoes exactly the decay since', () => {
    const e = { contact: 0.5, sides: [0.25, 0, 0, 0], startedByA: 0.5, startedByB: 0, tension: 0.1 };
    const earlier = evidenceEarlier(e, 180, S);
    expect(earlier.contact).toBe(1);
    expect(earlier.sides[0]).toBe(0.5);
    expect(earlier.tension).toBeCloseTo(0.2, 12);
  });
});

// --- properties

const day = fc.integer({ min: 0, max: 1500 }).map((n) => addDays('2020-01-01', n));
const interactionArb = fc
  .record({
    day,
    kind: fc.constantFrom(...INTERACTION_KINDS),
    sides: fc.uniqueArray(fc.constantFrom(...SIDES)),
    others: fc.integer({ min: 0, max: 12 }),
    starter: fc.constantFrom('a', 'b', null, 'x0'),
  })
  .map(({ day: d, kind, sides, others, starter }) =>
    interaction(d, ['a', 'b', ...Array.from({ length: others }, (_, k) => `x${k}`)], {
      kind,
      sides,
      initiatedBy: starter,
    }),
  );
const positiveObservation = fc
  .record({
    day,
    sides: fc.uniqueArray(fc.constantFrom(...SIDES), { minLength: 1 }),
    closeness: fc.constantFrom(1, 2, 3, null),
    directed: fc.boolean(),
    flip: fc.boolean(),
  })
  .map(({ day: d, sides, closeness, directed, flip }) =>
    observation(flip ? 'b' : 'a', flip ? 'a' : 'b', d, { sides, closeness: closeness, directed }),
  );
const anyObservation = fc
  .record({
    day,
    sides: fc.uniqueArray(fc.constantFrom(...TIE_SIDES), { minLength: 1 }),
    closeness: fc.constantFrom(1, 2, 3, null),
    directed: fc.boolean(),
  })
  .map(({ day: d, sides, closeness, directed }) => observation('a', 'b', d, { sides, closeness: closeness, directed }));
const history = fc.record({
  interactions: fc.array(interactionArb, { maxLength: 12 }),
  ties: fc.array(anyObservation, { maxLength: 6 }),
});
const LATE = '2024-12-31';

describe('tie strength, properties', () => {
  it('strength never leaves [0, 1]', () => {
    fc.assert(
      fc.property(history, (h) => {
        const x = strengthOf(h, LATE);
        return x >= 0 && x <= 1;
      }),
    );
    fc.assert(
      fc.property(
        fc.record({
          contact: fc.double({ min: 0, max: 1e6, noNaN: true }),
          sides: fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 4, maxLength: 4 }),
          startedByA: fc.double({ min: 0, max: 1e6, noNaN: true }),
          startedByB: fc.double({ min: 0, max: 1e6, noNaN: true }),
          tension: fc.double({ min: 0, max: 1e6, noNaN: true }),
        }),
        (e) => {
          const x = tieStrength(e, S);
          return x >= 0 && x <= 1;
        },
      ),
    );
  });

  it('more evidence never lowers it: another interaction or another observation without tension', () => {
    fc.assert(
      fc.property(history, fc.oneof(interactionArb, positiveObservation), (h, more) => {
        const before = strengthOf(h, LATE);
        const after =
          'participants' in more
            ? strengthOf({ ...h, interactions: [...h.interactions, more] }, LATE)
            : strengthOf({ ...h, ties: [...h.ties, more] }, LATE);
        return after >= before - 1e-12;
      }),
    );
  });

  it('time alone only lowers it', () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 1, max: 2000 }), (h, later) => {
        const now = strengthOf(h, LATE);
        const then = strengthOf(h, addDays(LATE, later));
        return then <= now + 1e-12;
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import { analyzeRecords } from './analysis.js';
import { closeTie, interaction, observation, person } from './model-test-records.js';
import { DEFAULT_MODEL_SETTINGS as S } from './settings.js';
import { forwardSteps, organizersMissing, phaseOf } from './unit-figures.js';

const ASOF = '2024-06-30';
const L1 = 'Plant/Line1';
const L2 = 'Plant/Line2';

/**
 * A plant with two lines. Strong ties (a close observation each, strength 0.81): a1-a2, a2-a3, b1-b2, and
 * a1-b1 across the lines; a1-m1 (m1 is a negotiator) and a4-l1 (l1 has left) do not count. a3-a4 is weak.
 * a2 and a3 raised g1 today; b2 raised g2 90 days ago. a1 is on the committee; a2 and a3 say they support.
 */
function plant() {
  return {
    people: [
      person('a1', { unit: L1 }),
      person('a2', { unit: L1, stance: 'supporter' }),
      person('a3', { unit: L1, stance: 'supporter' }),
      person('a4', { unit: L1 }),
      person('b1', { unit: L2 }),
      person('b2', { unit: L2, stance: 'supporter' }),
      person('m1', { unit: L1, circle: 'moon' }),
      person('l1', { unit: L1, leftOn: '2024-01-01' }),
      person('n1', { unit: L1, startedOn: '2024-07-15' }),
    ],
    ties: [
      closeTie('a1', 'a2', ASOF),
      closeTie('a2', 'a3', ASOF),
      closeTie('b1', 'b2', ASOF),
      closeTie('a1', 'b1', ASOF),
      closeTie('a1', 'm1', ASOF),
      closeTie('a4', 'l1', ASOF),
      observation('a3', 'a4', ASOF, { closeness: 1 }),
    ],
    interactions: [
      interaction(ASOF, ['a2', 'a3'], {
        kind: 'chat',
        raised: [
          { grievance: 'g1', by: 'a2' },
          { grievance: 'g1', by: 'a3' },
        ],
      }),
      interaction(addDays(ASOF, -90), ['b2', 'b1'], { kind: 'chat', raised: [{ grievance: 'g2', by: 'b2' }] }),
    ],
    grievances: [
      { id: 'g1', title: 'Line speed', unit: L1, winnable: 'yes' as const },
      { id: 'g2', title: 'Parking', unit: null, winnable: 'unknown' as const },
    ],
    committees: [{ id: 'c', name: 'Committee', members: ['a1'] }],
  };
}

describe('unit figures, worked by hand', () => {
  const report = analyzeRecords(plant(), { asOf: ASOF });
  const unit = (path: string) => report.units.find((u) => u.unit === path)!;

  it('counts workers who are there: not the negotiator, not who left, not who has not started', () => {
    expect(report.people).toBe(6);
    expect(report.units.map((u) => [u.unit, u.people])).toEqual([
      ['Plant', 6],
      [L1, 4],
      [L2, 2],
    ]);
    // ties among the six: a1-a2, a2-a3, b1-b2, a1-b1 strong; a3-a4 weak (a two-person chat adds to a2-a3, b1-b2)
    expect(report.ties).toEqual({ total: 5, strong: 4 });
    expect(report.crossUnitStrongTies).toBe(1);
  });

  it('line 1: cohesion 3/4, coverage 3/4, heat 2/4, two organizers, ready', () => {
    // the largest group bound by strong ties inside the line is a1-a2-a3: 3 of 4
    // a4's only strong tie is to l1, who left: 3 of 4 have a strong tie to a coworker
    // a2 and a3 raised a grievance today (heat 1 each): (1 + 1) / 4 = 0.5
    // organizers: a1 (committee, strong ties to a2 and b1) and a2 (supporter, strong ties to a1 and a3);
    // a3 is a supporter with one strong tie only: 2 / 4 = 0.5
    expect(unit(L1)).toMatchObject({
      people: 4,
      cohesion: 0.75,
      coverage: 0.75,
      heat: 0.5,
      organizers: 2,
      organizerRatio: 0.5,
      phase: 'ready',
    });
  });

  it('line 2: bound together, warm, but nobody organizing yet', () => {
    // b2 raised a grievance 90 days ago, one heat half-life: 0.5 / 2 = 0.25 ≥ 0.2: hot
    expect(unit(L2)).toMatchObject({ cohesion: 1, coverage: 1, heat: 0.25, organizers: 0, phase: 'ready' });
    // one organizer for about ten: ⌈2 / 10⌉ − 0 = 1 missing
    expect(unit(L2).forward).toEqual([{ step: 'act_together' }, { step: 'grow_organizers', count: 1 }]);
  });

  it('the plant counts everyone in both lines, joined by the a1-b1 tie', () => {
    // a1-a2-a3 and b1-b2 joined by a1-b1: 5 of 6; heat (1 + 1 + 0.5) / 6
    expect(unit('Plant')).toMatchObject({
      people: 6,
      cohesion: 0.8333,
      coverage: 0.8333,
      heat: 0.4167,
      organizers: 2,
      organizerRatio: 0.3333,
    });
    expect(report.overall).toMatchObject({ people: 6, cohesion: 0.8333, coverage: 0.8333, phase: 'ready' });
    expect(report.largestStrongGroup).toEqual({ size: 5, share: 0.8333 });
    expect(report.coverage).toBe(0.8333);
  });

  it('stone and sand of the supporters', () => {
    // a2 and a3 share a strong tie: stone. b2's strong tie is to b1, who has not said they support: sand.
    expect(report.stoneSand).toEqual({ stone: ['a2', 'a3'], sand: ['b2'] });
  });

  it('readiness: the share of the affected inside the largest bound group of those who raised it', () => {
    // g1 affects line 1 (4 people); a2 and a3 raised it and are bound: 2 / 4 = 0.5, below 0.65
    // g2 affects everyone (6); only b2 raised it: one person is not a group, 0
    expect(report.grievances).toEqual([
      {
        id: 'g1',
        title: 'Line speed',
        unit: L1,
        sharedBy: 2,
        affected: 4,
        largestGroup: 2,
        readiness: 0.5,
        reachesLine: false,
      },
      {
        id: 'g2',
        title: 'Parking',
        unit: null,
        sharedBy: 1,
        affected: 6,
        largestGroup: 0,
        readiness: 0,
        reachesLine: false,
      },
    ]);
  });

  it('trusted: the people with the most coworkers strongly tied to them', () => {
    // a1: a2, b1; a2: a1, a3; b1: b2, a1 — two each (m1 is not a coworker); a3, b2: one each.
    // Equal counts are ordered by the summed strength of those ties: a2's tie to a3 also has today's chat,
    // b1's tie to b2 a chat 90 days ago, a1's ties only observations.
    expect(report.trusted.map((t) => [t.person, t.score])).toEqual([
      ['a2', 2],
      ['b1', 2],
      ['a1', 2],
    ]);
  });
});

describe('phases', () => {
  it('isolated, agitated, connected and ready follow ties and heat against their lines', () => {
    const weak = { coverage: 0.4, cohesion: 0.3 };
    const strong = { coverage: 0.5, cohesion: 0.25 };
    expect(phaseOf({ ...weak, heat: 0.1 }, S)).toBe('isolated');
    expect(phaseOf({ ...weak, heat: 0.2 }, S)).toBe('agitated');
    expect(phaseOf({ ...strong, heat: 0.19 }, S)).toBe('connected');
    expect(phaseOf({ ...strong, heat: 0.2 }, S)).toBe('ready');
    // coverage alone is not enough: ties scattered in pairs, nobody bound into a larger group
    expect(phaseOf({ coverage: 0.9, cohesion: 0.2, heat: 0.5 }, S)).toBe('agitated');
  });

  it('the lines can be moved per workspace', () => {
    expect(phaseOf({ coverage: 0.4, cohesion: 0.3, heat: 0.1 }, { ...S, phaseCoverage: 0.4, phaseHeat: 0.1 })).toBe(
      'ready',
    );
  });

  it('organizers missing for one per ten', () => {
    // ⌈25 / 10⌉ = 3
    expect(organizersMissing(25, 1, S)).toBe(2);
    expect(organizersMissing(25, 5, S)).toBe(0);
    expect(organizersMissing(0, 0, S)).toBe(0);
  });

  it('what would move a unit forward depends on where it is', () => {
    const f = { people: 20, organizers: 2 };
    expect(
      forwardSteps(
        { ...f, phase: 'agitated', coverage: 0.3, cohesion: 0.1 },
        { withoutStrongTie: 14, raisedWithoutStrongTie: 5 },
        S,
      ),
    ).toEqual([
      { step: 'connect_the_agitated', count: 5 },
      { step: 'get_to_know', count: 14 },
    ]);
    expect(
      forwardSteps(
        { ...f, phase: 'connected', coverage: 0.8, cohesion: 0.1 },
        { withoutStrongTie: 4, raisedWithoutStrongTie: 0 },
        S,
      ),
    ).toEqual([{ step: 'join_the_circles' }, { step: 'listen' }]);
    expect(
      forwardSteps(
        { ...f, people: 0, phase: 'isolated', coverage: 0, cohesion: 0 },
        { withoutStrongTie: 0, raisedWithoutStrongTie: 0 },
        S,
      ),
    ).toEqual([]);
  });
});

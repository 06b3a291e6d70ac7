/**
 * Planning an action relationship first, on a small shop worked out by hand. Carriers: c1 and c2, on the
 * committee, in the office. Expected: everyone in the shop, w1 to w4.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import type { Plan } from '../power-records.js';
import { emptyRecords, type WorkspaceRecords } from '../records.js';
import { planReport } from './action-plan.js';
import { ask, closeTie, interaction, person } from './model-test-records.js';

const ASOF = '2025-06-30';
const ago = (days: number) => addDays(ASOF, -days);
const PLAN: Plan = {
  id: 'pl1',
  title: 'Petition on breaks',
  createdOn: ago(10),
  action: null,
  message: null,
  expected: ['Shop'],
};

function shop(): WorkspaceRecords {
  const r = emptyRecords();
  r.people.push(
    ...['c1', 'c2'].map((id) => person(id, { unit: 'Office' })),
    ...['w1', 'w2', 'w3', 'w4'].map((id) => person(id, { unit: 'Shop' })),
  );
  r.committees.push({ id: 'com', name: 'Committee', members: ['c1', 'c2'] });
  r.ties.push(
    closeTie('c1', 'w1', ASOF), // 0.81: strong
    closeTie('c1', 'w4', ASOF), // strong, but w4 said they were uncomfortable being asked
    closeTie('w1', 'w4', ASOF), // w1 and w4 are bound to each other: stone
  );
  r.interactions.push(
    interaction(ASOF, ['c2', 'w1']), // 0.28, weaker than c1's tie to w1
    interaction(ASOF, ['c2', 'w2']), // two one-on-ones: E = 2, 1 − e^(−2/3) = 0.4866: weak
    interaction(ASOF, ['c2', 'w2']),
    // afterwards: c1 spends time with w1 (their pair) and with w2 (c2's pair)
    interaction(ago(5), ['c1', 'w1'], { kind: 'chat' }),
    interaction(ago(3), ['c1', 'w2'], { kind: 'message' }),
    // before the plan was made: not a reach
    interaction(ago(20), ['c2', 'w3'], { kind: 'message' }),
  );
  r.asks.push(ask('c1', 'w4', ago(40), { comfort: 'uncomfortable' }));
  return r;
}

describe('a relationship-first plan', () => {
  const report = planReport(PLAN, shop(), { asOf: ASOF });

  it('pairs each person expected with the committee member who has the strongest tie to them', () => {
    expect(report.expected).toBe(4);
    expect(report.carriers).toEqual(['c1', 'c2']);
    expect(report.pairs.map((p) => [p.person, p.by, p.strong, p.uncomfortable])).toEqual([
      ['w1', 'c1', true, false],
      ['w2', 'c2', false, false],
      ['w3', 'c2', false, false], // one message 20 days ago: a thread, but a weak one
      ['w4', 'c1', true, true],
    ]);
    expect(report.pairs[1]!.strength).toBeCloseTo(0.4866, 4); // two one-on-ones: 1 − e^(−2/3)
  });

  it('flags asks over weak ties, people who said they were uncomfortable, and shows stone and sand', () => {
    expect(report.weakTies).toEqual(['w2', 'w3']);
    expect(report.nobody).toEqual([]);
    expect(report.uncomfortable).toEqual(['w4']);
    expect(report.stoneSand).toEqual({ stone: ['w1', 'w4'], sand: ['w2', 'w3'] });
  });

  it('flags people nobody on the committee has any tie to', () => {
    const r = shop();
    r.interactions = r.interactions.filter((i) => !i.participants.includes('w3'));
    expect(planReport(PLAN, r, { asOf: ASOF }).nobody).toEqual(['w3']);
  });

  it('counts a conversation on the plan’s own day as a reach', () => {
    const r = shop();
    r.interactions.push(interaction(PLAN.createdOn, ['c1', 'w3'], { kind: 'chat' }));
    const w3 = planReport(PLAN, r, { asOf: ASOF }).pairs.find((p) => p.person === 'w3')!;
    expect([w3.reachedOn, w3.reachedBy]).toEqual([PLAN.createdOn, 'c1']);
  });

  it('afterwards, says who was reached and by whom', () => {
    expect(report.pairs.map((p) => [p.person, p.reachedOn, p.reachedBy])).toEqual([
      ['w1', ago(5), 'c1'],
      ['w2', ago(3), 'c1'],
      ['w3', null, null],
      ['w4', null, null],
    ]);
    expect(report.reach).toEqual({ reached: 2, byTheirPair: 1, byOthers: 1, notYet: 2 });
  });

  it('answers "does this strengthen our relationships?" with its own figures', () => {
    // one ask of four goes over a strong tie to someone comfortable being asked: 1/4 = 25%, under a third
    expect(report.question).toMatchObject({
      answer: 'not_yet',
      strongTies: 1,
      weakTies: 2,
      nobody: 0,
      uncomfortable: 1,
      strongShare: 0.25,
    });
    expect(report.question.advice.join(' ')).toMatch(/weak tie.*uncomfortable.*sand/);
    const es = planReport(PLAN, shop(), { asOf: ASOF, lang: 'es' });
    expect(es.question.advice.join(' ')).toContain('lazo débil');
  });

  it('names people and units, or everyone when it names nobody', () => {
    expect(
      planReport({ ...PLAN, expected: ['w2', 'Office'] }, shop(), { asOf: ASOF }).pairs.map((p) => p.person),
    ).toEqual(['c1', 'c2', 'w2']);
    expect(planReport({ ...PLAN, expected: [] }, shop(), { asOf: ASOF }).expected).toBe(6);
  });
});

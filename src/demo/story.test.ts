/**
 * The demo follows the source essay's three years, measured directly on its records: year one sparse and
 * one-sided, year two grievances raised everywhere while ties stay weak, year three close ties across
 * departments, group conversations, a committee and collective action. And the bad patterns a committee
 * should be warned about are there to be found.
 */
import { describe, expect, it } from 'vitest';
import type { Interaction } from '../core/records.js';
import { daysBetween } from '../core/dates.js';
import { generateDemo } from './demo.js';

const END = '2025-06-30';
const demo = generateDemo({ endDate: END });
const people = new Map(demo.people.map((p) => [p.id, p]));
const department = (id: string) => people.get(id)?.unit?.split('/')[1] ?? null;

/** 0, 1 or 2: the story year of a date (the story starts 2022-07-01 for this end date). */
function yearOf(date: string): number {
  const months = (Number(date.slice(0, 4)) - 2022) * 12 + Number(date.slice(5, 7)) - 7;
  return Math.floor(months / 12);
}
const byYear = [0, 1, 2].map((y) => demo.interactions.filter((i) => yearOf(i.occurredOn) === y));

function share<T>(list: readonly T[], test: (x: T) => boolean): number {
  return list.filter(test).length / list.length;
}

function raisers(list: readonly Interaction[]): Set<string> {
  return new Set(list.flatMap((i) => i.raised.map((r) => r.by!)));
}

/** Pairs of two-person interactions in a year, with how often they met, on how many sides, who started. */
function pairs(list: readonly Interaction[]) {
  const out = new Map<string, { count: number; multi: number; starters: Set<string>; a: string; b: string }>();
  for (const i of list) {
    if (i.participants.length !== 2) continue;
    const [a, b] = [...i.participants].sort() as [string, string];
    const pair = out.get(`${a}|${b}`) ?? { count: 0, multi: 0, starters: new Set<string>(), a, b };
    pair.count++;
    if (i.sides.length >= 2) pair.multi++;
    if (i.initiatedBy) pair.starters.add(i.initiatedBy);
    out.set(`${a}|${b}`, pair);
  }
  return [...out.values()];
}

describe("the demo's three years", () => {
  it('grows busier each year: sparse in year one, busiest in year three', () => {
    const [y1, y2, y3] = byYear.map((l) => l.length);
    expect(y1).toBeLessThan(y2!);
    expect(y2).toBeLessThan(y3!);
  });

  it('year one is small talk: one-sided, hardly any one-on-ones, almost no grievance said out loud', () => {
    const y1 = byYear[0]!;
    expect(share(y1, (i) => i.sides.length >= 2)).toBeLessThan(0.05);
    expect(share(y1, (i) => i.kind === 'one_on_one')).toBeLessThan(0.01);
    expect(raisers(y1).size).toBeLessThan(12);
    expect(pairs(y1).filter((p) => p.starters.size === 2 && p.count >= 3)).toHaveLength(0);
  });

  it('year two: many people raise grievances themselves, but ties stay short, one-sided and unreciprocated', () => {
    const [y1, y2] = [byYear[0]!, byYear[1]!];
    expect(raisers(y2).size).toBeGreaterThan(120);
    expect(raisers(y2).size).toBeGreaterThan(8 * raisers(y1).size);
    expect(share(y2, (i) => i.raised.length > 0)).toBeGreaterThan(0.25);
    expect(share(y2, (i) => i.kind === 'one_on_one')).toBeLessThan(0.02);
    expect(share(y2, (i) => i.sides.length >= 2)).toBeLessThan(0.05);
    expect(pairs(y2).filter((p) => p.starters.size === 2 && p.count >= 3).length).toBeLessThan(3);
  });

  it('grievances run hot in several units in year two, within months of the break cut', () => {
    const units = new Map<string, Set<string>>();
    for (const i of byYear[1]!) {
      for (const r of i.raised) {
        const unit = people.get(r.by!)?.unit;
        if (unit) units.set(unit, (units.get(unit) ?? new Set()).add(r.by!));
      }
    }
    const size = (unit: string) => demo.people.filter((p) => p.unit === unit).length;
    const hot = [...units].filter(([unit, who]) => who.size >= 0.5 * size(unit));
    expect(hot.length).toBeGreaterThanOrEqual(10);
  });

  it('year three: repeated time together on several sides, both people starting it, across departments', () => {
    const y3 = byYear[2]!;
    expect(share(y3, (i) => i.sides.length >= 2)).toBeGreaterThan(0.4);
    expect(share(y3, (i) => ['one_on_one', 'meal', 'social', 'helped'].includes(i.kind))).toBeGreaterThan(0.4);
    const close = (list: readonly Interaction[]) =>
      pairs(list).filter((p) => p.count >= 4 && p.multi >= 3 && p.starters.size === 2);
    expect(close(y3).length).toBeGreaterThan(150);
    const crossDepartment = (list: readonly Interaction[]) =>
      close(list).filter((p) => department(p.a) !== department(p.b)).length;
    expect(crossDepartment(y3)).toBeGreaterThan(30);
    expect(crossDepartment(byYear[0]!)).toBe(0);
    expect(crossDepartment(byYear[1]!)).toBeLessThanOrEqual(1);
  });

  it('group conversations in year three become an ad hoc committee, then the committee acts', () => {
    const committee = demo.committees.find((c) => c.name === 'Ad hoc committee on breaks')!;
    const members = new Set(committee.members);
    expect(members.size).toBeGreaterThanOrEqual(6);
    const meetings = demo.interactions
      .filter((i) => i.kind === 'meeting' && i.participants.filter((p) => members.has(p)).length >= 5)
      .sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : 1));
    const first = meetings[0]!;
    expect(yearOf(first.occurredOn)).toBe(2);
    const groups = demo.interactions.filter(
      (i) =>
        i.participants.length >= 3 &&
        i.raised.length > 0 &&
        i.kind !== 'meeting' &&
        yearOf(i.occurredOn) === 2 &&
        i.occurredOn < first.occurredOn,
    );
    expect(groups.length).toBeGreaterThanOrEqual(2);
    expect(meetings.length).toBeGreaterThanOrEqual(6);
  });

  it('every collective action is in year three: a petition, then a march on the boss, about the break cut', () => {
    expect(demo.actions.length).toBeGreaterThanOrEqual(3);
    for (const a of demo.actions) expect(yearOf(a.occurredOn)).toBe(2);
    const breaks = demo.grievances.find((g) => g.title.startsWith('Breaks cut'))!;
    const petition = demo.actions.find((a) => a.kind === 'petition')!;
    const march = demo.actions.find(
      (a) => a.kind === 'march' && a.grievances.includes(breaks.id) && a.title.includes('March'),
    )!;
    expect(petition.grievances).toContain(breaks.id);
    expect(petition.occurredOn < march.occurredOn).toBe(true);
    expect(petition.participants.length).toBeGreaterThan(80);
    expect(march.participants.length).toBeGreaterThan(20);
    const moonOrSatellite = march.participants.filter((p) => people.get(p)?.circle !== 'sun');
    expect(moonOrSatellite.length).toBeGreaterThan(0);
  });

  it('has people at the table and around it, a moon space and sun spaces', () => {
    const roles = demo.people.filter((p) => p.circle !== 'sun').map((p) => `${p.circle}:${p.role}`);
    expect(roles).toEqual(
      expect.arrayContaining([
        'moon:Union negotiator',
        'satellite:Union organizing staff',
        'satellite:Labor lawyer',
        "satellite:Pediatric parents' group coordinator",
      ]),
    );
    expect(demo.spaces.some((s) => s.kind === 'moon' && s.name === 'Bargaining table')).toBe(true);
    expect(demo.spaces.filter((s) => s.kind === 'sun' && s.name.endsWith('break room')).length).toBeGreaterThan(10);
    const atTable = demo.interactions.filter((i) => demo.spaces.find((s) => s.id === i.space)?.kind === 'moon');
    expect(atTable.length).toBeGreaterThan(0);
  });

  it('stances are as people said them: some supporters, leaning and undecided, a few opposed, most unknown', () => {
    const count = (stance: string) => demo.people.filter((p) => p.circle === 'sun' && p.stance === stance).length;
    expect(count('supporter')).toBeGreaterThan(20);
    expect(count('leaning')).toBeGreaterThan(10);
    expect(count('undecided')).toBeGreaterThan(5);
    expect(count('opposed')).toBeGreaterThanOrEqual(2);
    for (const stance of ['supporter', 'leaning', 'undecided', 'opposed']) {
      expect(count('unknown')).toBeGreaterThan(count(stance));
    }
  });

  it('the workforce is multilingual, with Spanish speakers, and some people come and go', () => {
    const workers = demo.people.filter((p) => p.circle === 'sun');
    const spanish = workers.filter((p) => p.language === 'es').length / workers.length;
    expect(spanish).toBeGreaterThan(0.08);
    expect(spanish).toBeLessThan(0.35);
    expect(workers.filter((p) => p.leftOn !== null).length).toBeGreaterThan(10);
    expect(workers.filter((p) => p.startedOn! > '2022-07-01').length).toBeGreaterThan(20);
  });
});

describe('the patterns a committee should be warned about', () => {
  const asksTo = (id: string) => demo.asks.filter((a) => a.to === id);
  const dateOf = new Map(demo.interactions.map((i) => [i.id, i.occurredOn]));

  it('someone is asked again after saying they were uncomfortable', () => {
    const again = demo.people.filter((p) => {
      const list = asksTo(p.id).sort((a, b) => (dateOf.get(a.interaction!)! < dateOf.get(b.interaction!)! ? -1 : 1));
      const first = list.findIndex((a) => a.comfort === 'uncomfortable');
      return first >= 0 && list.length > first + 1;
    });
    expect(again.length).toBeGreaterThanOrEqual(1);
  });

  it('people are asked by someone they had never spent time with', () => {
    const overWeakTies = demo.asks.filter((a) => {
      const when = dateOf.get(a.interaction!)!;
      return !demo.interactions.some(
        (i) => i.occurredOn < when && i.participants.includes(a.by) && i.participants.includes(a.to),
      );
    });
    expect(overWeakTies.length).toBeGreaterThanOrEqual(8);
  });

  it('some said yes and did not follow through, while most yeses over close ties did', () => {
    expect(demo.asks.filter((a) => a.response === 'yes' && a.followedThrough === 'no').length).toBeGreaterThanOrEqual(
      3,
    );
    const wanted = demo.asks.filter((a) => a.wanted === 'yes' && a.response === 'yes');
    expect(share(wanted, (a) => a.followedThrough === 'yes')).toBeGreaterThan(0.7);
  });

  it('a newcomer nobody has welcomed, and a coworker nobody has any tie to', () => {
    const inAnything = new Set([
      ...demo.interactions.flatMap((i) => i.participants),
      ...demo.ties.flatMap((t) => [t.a, t.b]),
    ]);
    const workers = demo.people.filter((p) => p.circle === 'sun' && p.leftOn === null);
    const newcomers = workers.filter((p) => daysBetween(p.startedOn!, END) < 60);
    expect(newcomers.some((p) => !inAnything.has(p.id))).toBe(true);
    expect(workers.some((p) => daysBetween(p.startedOn!, END) > 1000 && !inAnything.has(p.id))).toBe(true);
  });

  it('a close tie is left to fade: many times together, then months without contact', () => {
    const faded = pairs(demo.interactions).filter((p) => {
      const last = demo.interactions
        .filter((i) => i.participants.length === 2 && i.participants.includes(p.a) && i.participants.includes(p.b))
        .map((i) => i.occurredOn)
        .sort()
        .at(-1)!;
      return p.multi >= 8 && daysBetween(last, END) > 180;
    });
    expect(faded.length).toBeGreaterThanOrEqual(1);
  });
});

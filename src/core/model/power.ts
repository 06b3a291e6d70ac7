/**
 * The power map (shared/CONCEPTS.md §4 and §6; docs/model.md#power, formula by formula): power generated in
 * sun spaces from the ties of the people there and their acting together there; moon spaces and their closed
 * doors; the accountability of whoever carries a mandate; satellites' net effect; workers drawn into moon
 * spaces whose contact with coworkers then fell; and in a strike, the picket lines and mutual aid.
 *
 * Pure: a function of the model's accumulator (people, and the strength of every tie, through the analysis's
 * graph of ties between counted coworkers) and the power accumulator (power-accumulator.ts).
 */
import { fromDay } from '../dates.js';
import type { Graph } from '../graph/graph.js';
import { unitAncestry } from '../units.js';
import type { ModelAccumulator } from './accumulator.js';
import { CIRCLE_CODE, isoDay } from './accumulator.js';
import type { PowerAccumulator } from './power-accumulator.js';
import type { Accountability, CaptureRisk, PowerReport, StrikeReport, SunSpacePower } from './power-report.js';
import { strikeReport } from './power-strike.js';

/** What the power map takes of the analysis's base (base.ts). */
export interface PowerBase {
  /** 1 for counted coworkers, by person index. */
  counted: Uint8Array;
  /** Ties between counted coworkers, weighted by strength. */
  ties: Graph;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The `power` and `strike` parts of the report. */
export function analyzePower(
  acc: ModelAccumulator,
  base: PowerBase,
  power: PowerAccumulator,
): { power: PowerReport; strike: StrikeReport } {
  const lines = power.settings;
  return {
    power: {
      sunSpaces: sunSpaces(acc, base, power),
      moonSpaces: moonSpaces(power),
      accountability: accountability(acc, power),
      mandates: mandates(power),
      satellites: satellites(acc, power),
      captureRisk: captureRisk(acc, base, power),
      lines: {
        reportBackDays: lines.reportBackDays,
        captureDrop: lines.captureDrop,
        picketMinPeople: lines.picketMinPeople,
        checkInDays: lines.checkInDays,
      },
    },
    strike: strikeReport(power),
  };
}

/**
 * Each sun space: the counted coworkers there (of its unit or below, or who met or picketed there in the
 * window), each bringing the strength of their strongest tie to someone else there: half of it as a bond
 * that could act, all of it when they did act together there (a collective action or a picket shift in the
 * window). power = Σ strongest × (½ + ½ × acted).
 */
function sunSpaces(acc: ModelAccumulator, base: PowerBase, power: PowerAccumulator): SunSpacePower[] {
  const sun = [...power.spaces.values()].filter((x) => x.kind === 'sun').sort((a, b) => byId(a.id, b.id));
  if (sun.length === 0) return [];
  const slot = new Map(sun.map((x, k) => [x.id, k]));
  const counted = (id: string) => {
    const i = acc.indexOf(id);
    return i >= 0 && base.counted[i] === 1 ? i : -1;
  };

  // The people of a space's unit or below, as one typed array per space (a site-wide space holds a whole site:
  // no set per space at scale). Each distinct unit path is looked up once.
  const byUnit = new Map<string, number[]>();
  sun.forEach((x, k) => {
    if (x.unit !== null) byUnit.set(x.unit, [...(byUnit.get(x.unit) ?? []), k]);
  });
  const spacesOfUnit = new Map<string, number[]>();
  const spacesOf = (i: number): readonly number[] => {
    const unit = base.counted[i] === 1 ? acc.people.unit[i] : null;
    if (unit === null || unit === undefined) return NONE;
    let list = spacesOfUnit.get(unit);
    if (!list) spacesOfUnit.set(unit, (list = unitAncestry(unit).flatMap((u) => byUnit.get(u) ?? [])));
    return list;
  };
  const size = new Int32Array(sun.length);
  const n = acc.ids.length;
  if (byUnit.size > 0) for (let i = 0; i < n; i++) for (const k of spacesOf(i)) size[k]!++;
  const ofUnit = sun.map((_, k) => new Int32Array(size[k]!));
  size.fill(0);
  if (byUnit.size > 0) for (let i = 0; i < n; i++) for (const k of spacesOf(i)) ofUnit[k]![size[k]!++] = i;

  // ...and those who met or picketed there in the window, and who acted there (collective actions, shifts)
  const extra = sun.map(() => new Set<number>());
  const acted = sun.map(() => new Set<number>());
  const add = (space: string, ids: Iterable<string>, acting: boolean) => {
    const k = slot.get(space);
    if (k === undefined) return;
    for (const id of ids) {
      const i = counted(id);
      if (i < 0) continue;
      extra[k]!.add(i);
      if (acting) acted[k]!.add(i);
    }
  };
  for (const [space, ids] of power.present) add(space, ids, false);
  const window = power.asOfDay - power.settings.powerWindowDays;
  for (const shift of power.shifts) if (isoDay(shift.startsAt) > window) add(shift.space, shift.people, true);
  for (const [space, ids] of power.acted) add(space, ids, true);

  const strongTie = acc.settings.strongTie;
  const mark = new Uint8Array(n);
  const { offsets, targets, weights } = base.ties;
  return sun
    .map((x, k) => {
      const there: number[] = [];
      const enter = (p: number) => {
        if (mark[p] === 1) return;
        mark[p] = 1;
        there.push(p);
      };
      ofUnit[k]!.forEach(enter);
      extra[k]!.forEach(enter);
      let total = 0;
      let bound = 0;
      for (const p of there) {
        let strongest = 0;
        for (let e = offsets[p]!; e < offsets[p + 1]!; e++) {
          if (mark[targets[e]!] === 1 && weights[e]! > strongest) strongest = weights[e]!;
        }
        total += strongest * (acted[k]!.has(p) ? 1 : 0.5);
        if (strongest >= strongTie) bound++;
      }
      for (const p of there) mark[p] = 0;
      return { space: x.id, power: round4(total), people: there.length, bound, acted: acted[k]!.size };
    })
    .sort((a, b) => b.power - a.power || byId(a.space, b.space));
}

const NONE: readonly number[] = [];

/** Items grouped by the keys each has (a session by each attendee, a mandate by each holder...). */
function groupBy<T>(items: readonly T[], keys: (item: T) => Iterable<string>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = out.get(key);
      if (list) list.push(item);
      else out.set(key, [item]);
    }
  }
  return out;
}

/** Each moon space: the sessions held there, how many behind closed doors, and the latest. */
function moonSpaces(power: PowerAccumulator): PowerReport['moonSpaces'] {
  const bySpace = groupBy(power.sessions, (m) => [m.space]);
  return [...power.spaces.values()]
    .filter((x) => x.kind === 'moon')
    .map((x) => {
      const held = bySpace.get(x.id) ?? [];
      return {
        space: x.id,
        sessions: held.length,
        closedDoor: held.filter((m) => m.closedDoor).length,
        lastSession: held.reduce<string | null>(
          (last, m) => (last === null || m.occurredOn > last ? m.occurredOn : last),
          null,
        ),
      };
    })
    .sort((a, b) => b.sessions - a.sessions || byId(a.space, b.space));
}

/**
 * Every moon person and everyone holding a mandate: the sessions they attended, which were reported back (on
 * or before the analysis date), which are overdue (not reported back more than `reportBackDays` after), the
 * days since the latest report-back, closed-door sessions that decided something, and the mandates they hold
 * that no session has addressed.
 */
function accountability(acc: ModelAccumulator, power: PowerAccumulator): Accountability[] {
  const holders = new Set<string>();
  for (let i = 0; i < acc.ids.length; i++) {
    if (acc.people.known[i] === 1 && acc.people.circle[i] === CIRCLE_CODE.moon) holders.add(acc.ids[i]!);
  }
  for (const m of power.mandates) for (const h of m.holders) holders.add(h);
  const addressed = new Set(power.sessions.flatMap((x) => x.mandates));
  const line = power.settings.reportBackDays;
  const byAttendee = groupBy(power.sessions, (x) => x.attendees);
  const byHolder = groupBy(power.mandates, (m) => m.holders);
  return [...holders]
    .map((holder): Accountability => {
      const attended = byAttendee.get(holder) ?? [];
      const reported = attended.filter((x) => x.reportedBackOn !== null && x.reportedBackOn <= power.asOf);
      const overdue = attended
        .filter((x) => !reported.includes(x) && power.asOfDay - isoDay(x.occurredOn) > line)
        .sort((a, b) => byId(a.occurredOn, b.occurredOn));
      const latest = reported.reduce((d, x) => Math.max(d, isoDay(x.reportedBackOn!)), -Infinity);
      const held = byHolder.get(holder) ?? [];
      return {
        holder,
        sessions: attended.length,
        reportedBack: reported.length,
        overdueReportBacks: overdue.length,
        daysSinceReportBack: latest === -Infinity ? null : power.asOfDay - latest,
        closedDoorDecisions: attended.filter((x) => x.closedDoor && (x.outcome !== null || x.mandates.length > 0))
          .length,
        mandatesUnaddressed: held.filter((m) => !addressed.has(m.id)).length,
        mandates: held.length,
        overdueClosedDoor: overdue.filter((x) => x.closedDoor).length,
        overdueSince: overdue[0]?.occurredOn ?? null,
      };
    })
    .sort((a, b) => b.overdueReportBacks - a.overdueReportBacks || byId(a.holder, b.holder));
}

/** Every mandate: who holds it, the sessions that addressed it, and the latest vote on it. */
function mandates(power: PowerAccumulator): PowerReport['mandates'] {
  const byMandate = groupBy(power.sessions, (x) => x.mandates);
  const votes = groupBy(power.votes, (v) => (v.mandate === null ? [] : [v.mandate]));
  return power.mandates
    .map((m) => {
      const sessions = byMandate.get(m.id) ?? [];
      const vote = [...(votes.get(m.id) ?? [])].sort((a, b) => byId(b.heldOn, a.heldOn) || byId(a.id, b.id))[0];
      return {
        mandate: m.id,
        decidedOn: m.decidedOn,
        holders: [...m.holders],
        sessions: sessions.length,
        lastAddressedOn: sessions.reduce<string | null>(
          (d, x) => (d === null || x.occurredOn > d ? x.occurredOn : d),
          null,
        ),
        vote: vote
          ? { heldOn: vote.heldOn, question: vote.question, yes: vote.yes, no: vote.no, abstain: vote.abstain }
          : null,
      };
    })
    .sort((a, b) => byId(a.mandate, b.mandate));
}

/** Every satellite, and every moon person with effects recorded: effects in the power window, and the net. */
function satellites(acc: ModelAccumulator, power: PowerAccumulator): PowerReport['satellites'] {
  const people = new Set<string>();
  for (let i = 0; i < acc.ids.length; i++) {
    if (acc.people.known[i] === 1 && acc.people.circle[i] === CIRCLE_CODE.satellite) people.add(acc.ids[i]!);
  }
  const window = power.asOfDay - power.settings.powerWindowDays;
  const recent = power.effects.filter((e) => isoDay(e.occurredOn) > window);
  for (const e of recent) people.add(e.satellite);
  const bySatellite = groupBy(recent, (e) => [e.satellite]);
  return [...people]
    .map((person) => {
      const own = bySatellite.get(person) ?? [];
      const nurturing = own.filter((e) => e.effect === 'nurturing').length;
      const siphoning = own.filter((e) => e.effect === 'siphoning').length;
      const mixed = own.length - nurturing - siphoning;
      return { person, nurturing, siphoning, mixed, net: nurturing - siphoning };
    })
    .sort((a, b) => a.net - b.net || byId(a.person, b.person));
}

/**
 * Counted workers who attended a moon session: their interactions with coworkers (someone else in it is a
 * worker; not held in a moon space) per 30 days, in the window before their first session and in the latest
 * window (from the first session at the earliest). Listed when the latest window is long enough, there was
 * enough contact before, and it fell by at least `captureDrop`.
 */
function captureRisk(acc: ModelAccumulator, base: PowerBase, power: PowerAccumulator): CaptureRisk[] {
  const settings = power.settings;
  const out: (CaptureRisk & { drop: number })[] = [];
  const isWorker = (id: string) => {
    const i = acc.indexOf(id);
    return i >= 0 && acc.people.known[i] === 1 && acc.people.circle[i] === CIRCLE_CODE.sun;
  };
  const byAttendee = groupBy(power.sessions, (x) => x.attendees);
  for (const [person, first] of power.firstSessions()) {
    const i = acc.indexOf(person);
    if (i < 0 || base.counted[i] !== 1) continue;
    const { before, after } = power.captureWindows(first);
    const afterDays = after[1] - after[0] + 1;
    if (afterDays < settings.captureMinDays) continue;
    let beforeCount = 0;
    let afterCount = 0;
    for (const c of power.contacts.get(person) ?? []) {
      if (!c.others.some(isWorker)) continue;
      if (c.day >= before[0] && c.day <= before[1]) beforeCount++;
      if (c.day >= after[0] && c.day <= after[1]) afterCount++;
    }
    if (beforeCount < settings.captureMinContacts) continue;
    const rateBefore = (beforeCount * 30) / (before[1] - before[0] + 1);
    const rateAfter = (afterCount * 30) / afterDays;
    if (rateAfter > rateBefore * (1 - settings.captureDrop)) continue;
    out.push({
      person,
      moonSessions: byAttendee.get(person)?.length ?? 0,
      since: fromDay(first),
      workplaceContactBefore: round4(rateBefore),
      workplaceContactAfter: round4(rateAfter),
      drop: rateBefore - rateAfter,
    });
  }
  return out.sort((a, b) => b.drop - a.drop || byId(a.person, b.person)).map(({ drop: _, ...risk }) => risk);
}

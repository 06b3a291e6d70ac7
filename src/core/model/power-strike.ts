/**
 * A strike's figures (shared/CONCEPTS.md §6; docs/model.md#strike): each picket line's shifts, people and
 * coverage of the strike's picket hours, the gaps, the mutual aid given, and the people on the lines lately
 * whom nobody has spent time with since.
 *
 * Picket hours: on each day with a shift at the workplace (the site a line's space belongs to), from the earliest
 * start to the latest end of that day's shifts at all its lines. A line is held while a shift there has at least `picketMinPeople` people on it. A
 * date-time without an offset is read as written (the workplace's wall clock); use one form throughout.
 */
import { dateTimeMinutes } from '../dates.js';
import { AID_KINDS } from '../vocabulary.js';
import { fromDay } from '../dates.js';
import type { PowerAccumulator } from './power-accumulator.js';
import type { StrikeReport, StrikeSite } from './power-report.js';

type Interval = [number, number];

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const MAX_GAPS = 10;

/** Minutes since 1970 as `YYYY-MM-DDTHH:MM`. */
export function minuteText(minutes: number): string {
  return new Date(minutes * 60_000).toISOString().slice(0, 16);
}

/** Sorted, overlapping or touching intervals joined. */
export function union(intervals: readonly Interval[]): Interval[] {
  const sorted = [...intervals].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Parts of `windows` not covered by `covered` (both unions). */
export function subtract(windows: readonly Interval[], covered: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [a, b] of windows) {
    let from = a;
    for (const [c, d] of covered) {
      if (d <= from || c >= b) continue;
      if (c > from) out.push([from, c]);
      from = Math.max(from, d);
    }
    if (from < b) out.push([from, b]);
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (list) list.push(item);
  else map.set(key, [item]);
}

const length = (xs: readonly Interval[]) => xs.reduce((n, [a, b]) => n + (b - a), 0);

export function strikeReport(power: PowerAccumulator): StrikeReport {
  // the lines of one workplace (the site their space belongs to) share its picket hours
  const siteOf = (space: string) => power.spaces.get(space)?.unit?.split('/')[0] ?? '';
  const shifts = power.shifts.map((x) => ({
    ...x,
    from: dateTimeMinutes(x.startsAt),
    to: dateTimeMinutes(x.endsAt),
    day: `${siteOf(x.space)}\u0000${x.startsAt.slice(0, 10)}`,
  }));
  const days = new Map<string, Interval>();
  for (const x of shifts) {
    const w = days.get(x.day);
    days.set(x.day, w ? [Math.min(w[0], x.from), Math.max(w[1], x.to)] : [x.from, x.to]);
  }
  const windowsOf = new Map<string, Interval[]>();
  for (const [key, w] of days) push(windowsOf, key.slice(0, key.indexOf('\u0000')), w);
  const byLine = new Map<string, typeof shifts>();
  for (const x of shifts) push(byLine, x.space, x);
  const minPeople = power.settings.picketMinPeople;

  const siteReports = [...byLine.keys()].sort().map((space): StrikeSite => {
    const own = byLine.get(space)!;
    const windows = union(windowsOf.get(siteOf(space)) ?? []);
    const hours = length(windows);
    const held = union(own.filter((x) => new Set(x.people).size >= minPeople).map((x): Interval => [x.from, x.to]));
    const gaps = subtract(windows, held);
    return {
      space,
      shifts: own.length,
      people: new Set(own.flatMap((x) => x.people)).size,
      coverage: hours > 0 ? round4((hours - length(gaps)) / hours) : 0,
      gaps: gaps.slice(0, MAX_GAPS).map(([a, b]) => ({ from: minuteText(a), to: minuteText(b) })),
      gapCount: gaps.length,
    };
  });

  const aid = power.aid;
  const byKind = AID_KINDS.flatMap((kind) => {
    const own = aid.filter((a) => a.kind === kind);
    return own.length === 0
      ? []
      : [{ kind, given: own.length, amount: round4(own.reduce((n, a) => n + (a.amount ?? 0), 0)) }];
  });

  const lastSeen = power.lastSeen;
  const unchecked = [...power.recentStrikers()]
    .filter(([person]) => !lastSeen.has(person))
    .map(([person, day]) => ({ person, lastShift: fromDay(day) }))
    .sort((a, b) => (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));

  return {
    sites: siteReports.sort((a, b) => a.coverage - b.coverage || (a.space < b.space ? -1 : 1)),
    mutualAid: {
      given: aid.length,
      people: new Set(aid.map((a) => a.givenTo)).size,
      givers: new Set(aid.flatMap((a) => (a.givenBy === null ? [] : [a.givenBy]))).size,
      byKind,
    },
    unchecked,
  };
}

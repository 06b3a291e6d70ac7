/**
 * One picket day, line by line, as docs/model.md#strike measures it: the day's picket hours at a workplace run
 * from the earliest start to the latest end of that day's shifts at all of its lines; a line is held while a
 * shift there has at least `minPeople` people; the rest of the picket hours are its gaps. Pure, for the strike
 * page's day timeline (the report's `strike.sites` gives the same over every day).
 */
import { dateTimeMinutes } from '../../../src/core/dates.js';

export interface ShiftLike {
  id: string;
  space: string;
  startsAt: string;
  endsAt: string;
  people: readonly string[];
}

/** Minutes from the start of `day` (`YYYY-MM-DD`). */
export function minutesInto(day: string, dateTime: string): number {
  return dateTimeMinutes(dateTime) - dateTimeMinutes(`${day}T00:00`);
}

/** `06:00`, or `06:00 (+1)` past midnight. */
export function clock(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = minutes - day * 1440;
  const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return day > 0 ? `${text} (+${day})` : text;
}

/** The days with a shift starting on them, in order. */
export function picketDays(shifts: readonly ShiftLike[]): string[] {
  return [...new Set(shifts.map((s) => s.startsAt.slice(0, 10)))].sort();
}

export interface DayShift {
  id: string;
  from: number;
  to: number;
  people: readonly string[];
  held: boolean;
}
export interface DayLine {
  space: string;
  shifts: DayShift[];
  gaps: { from: number; to: number }[];
  /** Minutes of the day's picket hours the line was held. */
  heldMinutes: number;
}
export interface DaySite {
  /** The workplace (first part of the lines' unit path; '' for lines without one). */
  site: string;
  from: number;
  to: number;
  lines: DayLine[];
}

/** Merge overlapping stretches. */
function union(stretches: { from: number; to: number }[]): { from: number; to: number }[] {
  const sorted = [...stretches].sort((a, b) => a.from - b.from);
  const out: { from: number; to: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to) last.to = Math.max(last.to, s.to);
    else out.push({ ...s });
  }
  return out;
}

/**
 * The day's picket hours at each workplace and each of its lines' shifts, held stretches and gaps. `lines`
 * lists every line to show (a line with no shift that day is one long gap); `siteOf` names a line's workplace.
 */
export function dayView(
  shifts: readonly ShiftLike[],
  day: string,
  lines: readonly string[],
  siteOf: (space: string) => string,
  minPeople: number,
): DaySite[] {
  const today = shifts.filter((s) => s.startsAt.slice(0, 10) === day);
  const sites = new Map<string, string[]>();
  for (const line of lines) {
    const site = siteOf(line);
    sites.set(site, [...(sites.get(site) ?? []), line]);
  }
  const out: DaySite[] = [];
  for (const [site, own] of sites) {
    const mine = today.filter((s) => own.includes(s.space));
    if (mine.length === 0) continue;
    const from = Math.min(...mine.map((s) => minutesInto(day, s.startsAt)));
    const to = Math.max(...mine.map((s) => minutesInto(day, s.endsAt)));
    out.push({
      site,
      from,
      to,
      lines: own.map((space): DayLine => {
        const at = mine
          .filter((s) => s.space === space)
          .map((s) => ({
            id: s.id,
            from: minutesInto(day, s.startsAt),
            to: minutesInto(day, s.endsAt),
            people: s.people,
            held: new Set(s.people).size >= minPeople,
          }))
          .sort((a, b) => a.from - b.from || a.to - b.to);
        const held = union(at.filter((s) => s.held).map((s) => ({ from: s.from, to: s.to })));
        const gaps: { from: number; to: number }[] = [];
        let cursor = from;
        for (const h of held) {
          if (h.from > cursor) gaps.push({ from: cursor, to: Math.min(h.from, to) });
          cursor = Math.max(cursor, h.to);
        }
        if (cursor < to) gaps.push({ from: cursor, to });
        return {
          space,
          shifts: at,
          gaps: gaps.filter((g) => g.to > g.from),
          heldMinutes: held.reduce((n, h) => n + Math.max(0, Math.min(h.to, to) - Math.max(h.from, from)), 0),
        };
      }),
    });
  }
  return out;
}

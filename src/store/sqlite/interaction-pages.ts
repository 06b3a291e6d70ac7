/**
 * A packed page of interactions (model-feed.ts: rows end with a line feed, fields with a tab) read into
 * numbers: each interaction's day, kind and sides, who started it, where, and who took part, as numbers given
 * in the order their names were first seen; the grievances raised in it; the asks waiting for its date.
 *
 * Both threads load this module: model-feed.ts parses the pages it reads itself, and the read-ahead worker
 * (read-ahead.ts) parses pages while the model is behind it, so that the two cores share the parsing as well
 * as the reading (docs/benchmarks.md). Each parser numbers the names it sees on its own, and hands on the
 * names it saw first on each page (`people`, `hows`, `spaces`): the model learns them in page order, and
 * translates numbers into its own. So this module imports only modules that import nothing themselves, which
 * the worker can load quickly.
 */
import { isoDayAt } from '../../core/model/iso-day.js';
import { compareAt } from '../text-order.js';
import { TextIndex } from './text-index.js';

export const TAB = '\t';
export const LF = '\n';

/** Names numbered 0, 1, 2... in the order first seen, found where they are written (text-index.ts). */
export class Numbering {
  private readonly index = new TextIndex();
  private count = 0;
  private fresh: string[] = [];

  /** The number of the name at text[from, to), numbered now if new. */
  at(text: string, from: number, to: number): number {
    const i = this.index.get(text, from, to);
    if (i >= 0) return i;
    const name = text.slice(from, to);
    this.index.set(name, this.count);
    this.fresh.push(name);
    return this.count++;
  }

  get size(): number {
    return this.count;
  }

  /** The names numbered since the last take, in order. */
  take(): string[] {
    const fresh = this.fresh;
    this.fresh = [];
    return fresh;
  }
}

/** The interactions asks wait for (sorted by code point, as SQLite sorts them), found in pages by halving. */
export class AskLookup {
  constructor(readonly ids: readonly string[]) {}

  /**
   * The waiting ids a page in id order holds (between its first and last id, each looked up by halving, a few
   * rows each), as their place in `ids`, with the date written after each.
   */
  lookUp(page: string, at: number[], dates: string[]): void {
    const ids = this.ids;
    if (page === '' || ids.length === 0) return;
    const lastAt = page.lastIndexOf(LF) + 1;
    const lastEnd = page.indexOf(TAB, lastAt);
    const firstEnd = page.indexOf(TAB);
    // the first waiting id not before the page's first
    let lo = 0;
    let hi = ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareAt(page, 0, firstEnd, ids[mid]!) > 0) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < ids.length && compareAt(page, lastAt, lastEnd, ids[k]!) >= 0; k++) {
      const row = rowOf(page, ids[k]!);
      if (row >= 0) {
        const date = page.indexOf(TAB, row) + 1;
        at.push(k);
        dates.push(page.slice(date, date + 10));
      }
    }
  }
}

/**
 * A page read into numbers. Interactions after the analysis date are left out; those on or before it are all
 * here, however many took part (the power map counts everyone who was there): interaction k took place on
 * day[k] (days since 1970), its kind and sides are how[k], it was started by starter[k] (-1: not named, or
 * not among so many) in space[k] (-1: none, or not asked for that day), and who[start[k] .. start[k + 1]] took part
 * (distinct, as interaction_participants keys them). Person, kind and space numbers are the parser's own:
 * the names first seen on this page are in `people`, `hows` (with the id of the first interaction of each, to
 * name it in an error) and `spaces`, numbered after those of the pages before.
 */
export interface ParsedPage {
  /** The ids the page runs after and up to (read-ahead.ts). */
  after: string;
  last: string;
  size: number;
  day: Int32Array;
  how: Int32Array;
  starter: Int32Array;
  space: Int32Array;
  start: Int32Array;
  who: Int32Array;
  /** The grievances raised by a named person, by whom (a person number), on which day. */
  raisedGrievance: string[];
  raisedBy: number[];
  raisedDay: number[];
  /** The asks' interactions found on the page (AskLookup): their place in the lookup's ids, and their dates. */
  asked: number[];
  askedDates: string[];
  people: string[];
  hows: string[];
  howIds: string[];
  spaces: string[];
}

/** The typed arrays of a page, to hand them to another thread without copying. */
export function pageBuffers(page: ParsedPage): ArrayBuffer[] {
  return [page.day, page.how, page.starter, page.space, page.start, page.who].map((a) => a.buffer as ArrayBuffer);
}

export interface ParseOptions {
  /** The analysis date, as days since 1970: later interactions are left out. */
  asOfDay: number;
  /** A larger gathering says nothing about any pair in it: its starter need not be looked for. */
  largestGathering: number;
  /** Number the space of each interaction between these days (the power map's: spaceDays, model-feed.ts), or none. */
  spaces: readonly [number, number] | null;
  /** The most rows a page holds. */
  rows: number;
}

/** Packed pages (each row: id, date, kind, sides, starter, space, participants) into numbers, page after page. */
export class PageParser {
  private readonly people = new Numbering();
  private readonly hows = new Numbering();
  private readonly spaces = new Numbering();
  /** The asks waiting for their interaction's date, once known. */
  asks: AskLookup | null = null;

  constructor(private readonly options: ParseOptions) {}

  /**
   * Read a page with the raisings of the same ids in the same order (interaction, grievance, person); or, when
   * `raised` is null, each row followed by its raisings ('grievance:person', ';'-separated). Null when a raising
   * names an interaction not on the page (another process wrote between the reads): the page is to be read
   * again the second way. (The names numbered on the way stay numbered, and are handed on with the next page:
   * they are people's ids, which the accumulator knows already from the people it read first.)
   */
  parse(page: string, raised: string | null, after: string, last: string): ParsedPage | null {
    const { asOfDay, largestGathering: largest, rows, spaces: spaceDays } = this.options;
    const people = this.people;
    const day = new Int32Array(rows);
    const how = new Int32Array(rows);
    const starter = new Int32Array(rows);
    const space = new Int32Array(rows);
    const start = new Int32Array(rows + 1);
    let who = new Int32Array(3 * rows);
    const parsed: ParsedPage = {
      after,
      last,
      size: 0,
      day,
      how,
      starter,
      space,
      start,
      who,
      raisedGrievance: [],
      raisedBy: [],
      raisedDay: [],
      asked: [],
      askedDates: [],
      people: [],
      hows: [],
      howIds: [],
      spaces: [],
    };
    this.asks?.lookUp(page, parsed.asked, parsed.askedDates);
    let size = 0;
    let g = 0;
    for (let at = 0; at < page.length;) {
      let end = page.indexOf(LF, at);
      if (end < 0) end = page.length;
      const idEnd = page.indexOf(TAB, at);
      const today = isoDayAt(page, idEnd + 1);
      const kindAt = idEnd + 12;
      const sidesEnd = page.indexOf(TAB, page.indexOf(TAB, kindAt) + 1);
      const starterEnd = page.indexOf(TAB, sidesEnd + 1);
      const spaceEnd = page.indexOf(TAB, starterEnd + 1);
      let peopleEnd = end;
      if (raised === null) {
        peopleEnd = page.indexOf(TAB, spaceEnd + 1);
        if (today <= asOfDay) this.inlineRaisings(parsed, page, peopleEnd + 1, end, today);
      } else {
        for (; g < raised.length && startsRow(raised, g, page, at, idEnd);) {
          let next = raised.indexOf(LF, g);
          if (next < 0) next = raised.length;
          const from = g + idEnd - at + 1;
          if (today <= asOfDay) {
            const gEnd = raised.indexOf(TAB, from);
            this.raise(parsed, raised.slice(from, gEnd), people.at(raised, gEnd + 1, next), today);
          }
          g = next + 1;
        }
      }
      const row = at;
      at = end + 1;
      if (today > asOfDay) continue;
      // Who took part, straight into `who`: distinct ids (the primary key of interaction_participants), so
      // distinct numbers. Who started it is most often one of them.
      const first = start[size]!;
      if (first + peopleEnd - spaceEnd > who.length) {
        const more = new Int32Array(2 * (first + peopleEnd - spaceEnd));
        more.set(who);
        who = more;
      }
      const starterFrom = sidesEnd + 1;
      let by = -1;
      let w = first;
      for (let p = spaceEnd + 1; p < peopleEnd;) {
        let q = page.indexOf(';', p);
        if (q < 0 || q > peopleEnd) q = peopleEnd;
        const i = people.at(page, p, q);
        who[w++] = i;
        if (by < 0 && sameText(page, starterFrom, starterEnd, page, p, q)) by = i;
        p = q + 1;
      }
      if (by < 0 && starterEnd > starterFrom && w - first <= largest) by = people.at(page, starterFrom, starterEnd);
      day[size] = today;
      const known = this.hows.size;
      how[size] = this.hows.at(page, kindAt, sidesEnd);
      if (this.hows.size > known) parsed.howIds.push(page.slice(row, idEnd));
      starter[size] = by;
      space[size] =
        spaceDays !== null && today >= spaceDays[0] && today <= spaceDays[1] && spaceEnd > starterEnd + 1
          ? this.spaces.at(page, starterEnd + 1, spaceEnd)
          : -1;
      start[++size] = w;
    }
    // a raising left over names an interaction not on the page
    if (raised !== null && g < raised.length) return null;
    parsed.size = size;
    parsed.who = who;
    parsed.people = people.take();
    parsed.hows = this.hows.take();
    parsed.spaces = this.spaces.take();
    return parsed;
  }

  private inlineRaisings(parsed: ParsedPage, page: string, from: number, to: number, day: number): void {
    for (let at = from; at < to;) {
      let end = page.indexOf(';', at);
      if (end < 0 || end > to) end = to;
      const colon = page.indexOf(':', at);
      this.raise(parsed, page.slice(at, colon), this.people.at(page, colon + 1, end), day);
      at = end + 1;
    }
  }

  private raise(parsed: ParsedPage, grievance: string, by: number, day: number): void {
    parsed.raisedGrievance.push(grievance);
    parsed.raisedBy.push(by);
    parsed.raisedDay.push(day);
  }
}

/** The last row of a packed page. */
export function lastRow(page: string): string {
  return page.slice(page.lastIndexOf(LF) + 1);
}

/** True when the row at text[at..] belongs to the interaction whose id is written at page[from, to) (starts with it and a tab). */
function startsRow(text: string, at: number, page: string, from: number, to: number): boolean {
  const end = at + to - from;
  return text.charCodeAt(end) === 9 && sameText(text, at, end, page, from, to);
}

export function sameText(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let k = 0; k < aTo - aFrom; k++) if (a.charCodeAt(aFrom + k) !== b.charCodeAt(bFrom + k)) return false;
  return true;
}

/** Where the row of interaction `id` starts in a packed page in id order, found by halving; -1 if not there. */
function rowOf(page: string, id: string): number {
  // rows starting in [lo, hi); lo is always a row's start
  let lo = 0;
  let hi = page.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const row = page.lastIndexOf(LF, mid - 1) + 1;
    const idEnd = page.indexOf(TAB, row);
    const order = compareAt(page, row, idEnd, id);
    if (order === 0) return row;
    if (order < 0) {
      const end = page.indexOf(LF, idEnd);
      lo = end < 0 ? page.length : end + 1;
    } else hi = row;
  }
  return -1;
}

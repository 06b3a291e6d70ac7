/**
 * The organizing model's biggest reads, on SQLite: every ask, tie observation and interaction of a workspace,
 * straight from the connection's own handle into the accumulator (src/store/analysis.store.ts uses them).
 *
 * A workspace of ten million interactions is read in seconds only if SQLite reads each page of the file once,
 * in order, and rows cross into JavaScript cheaply. So:
 * - interactions are read in id order from the covering index `interactions_model` (migrations 0005, 0007,
 *   0008), with who took part in each (its `participant_ids`), front to back, never jumping around a table
 *   larger than the page cache; the few grievances raised are read in the same order from their own table,
 *   side by side, and matched by id (a join would look one up for every interaction);
 * - SQLite packs a page of rows into one text (rows end with a line feed, fields with a tab, neither of which
 *   any id, date or word holds), so that nothing is made per row but the few strings the model needs; the
 *   accumulator is given person indices, never records;
 * - a page at a time, with a turn for the event loop between pages.
 *
 * What the accumulator is given, and in which order, is what addInteraction and addTie would be given for the
 * same records read in id order (participants by person id): the same figures.
 */
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { AskFields, ModelAccumulator, ObservedSides } from '../../core/model/accumulator.js';
import type { PowerAccumulator } from '../../core/model/power-accumulator.js';
import { interactionSideMask, isoDayAt, observedSides } from '../../core/model/accumulator.js';
import { INTERACTION_KINDS, type InteractionKind, type Side, type TieSide } from '../../core/vocabulary.js';
import { askFromRow, type AsksTable } from '../asks.table.js';
import { plainFields } from '../field-seal.js';
import { splitList } from '../lists.js';
import { ReadAhead, readAheadCounts, type PackedPage, type ReadAheadStatements } from './read-ahead.js';
import { byCodePoint, compareAt } from '../text-order.js';
import { TextIndex } from './text-index.js';

const PAGE = 20_000;
const TAB = '\t';
const LF = '\n';

const pause = () => new Promise((resolve) => setImmediate(resolve));

type Statement = BetterSqlite3.Statement<Record<string, unknown>, string | null>;
const statements = new WeakMap<BetterSqlite3.Database, Map<string, Statement>>();

/** Prepared once per connection. */
function prepared(raw: BetterSqlite3.Database, sql: string): Statement {
  let cache = statements.get(raw);
  if (!cache) statements.set(raw, (cache = new Map<string, Statement>()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = raw.prepare<Record<string, unknown>, string | null>(sql).pluck(true)));
  return stmt;
}

/** One text for the rows of `select` (its one column `row`), in its order: SQLite's co-routine keeps it. */
const packed = (select: string) => `SELECT group_concat(row, char(10)) FROM (${select})`;

// id, occurred_on, kind, sides, initiated_by, space_id, participant_ids: every interaction, whatever its date
// (see feedInteractions), and who took part (sorted, ';'-separated), all from the covering index (0007 gave it
// space_id, for the power map; 0008 participant_ids, kept by triggers from interaction_participants)
const INTERACTIONS = packed(`
  SELECT id || char(9) || occurred_on || char(9) || kind || char(9) || sides || char(9) || ifnull(initiated_by, '') ||
    char(9) || ifnull(space_id, '') || char(9) || participant_ids AS row
  FROM interactions INDEXED BY interactions_model
  WHERE workspace_id = @ws AND id > @after
  ORDER BY id
  LIMIT @limit`);

// interaction_id, grievance_id, person_id: the grievances raised by a named person in the same interactions
const RAISINGS = packed(`
  SELECT interaction_id || char(9) || grievance_id || char(9) || person_id AS row
  FROM grievance_raisings
  WHERE workspace_id = @ws AND interaction_id > @after AND interaction_id <= @last AND person_id IS NOT NULL
  ORDER BY interaction_id, ord`);

// The same page as INTERACTIONS, each row followed by its raisings ('grievance:person', ';'-separated) looked up:
// slower, but one statement, for a page whose raisings did not match it (another process wrote between the
// reads).
const INTERACTIONS_WITH_RAISINGS = packed(`
  SELECT i.id || char(9) || i.occurred_on || char(9) || i.kind || char(9) || i.sides || char(9) ||
    ifnull(i.initiated_by, '') || char(9) || ifnull(i.space_id, '') || char(9) || i.participant_ids || char(9) ||
    ifnull((SELECT group_concat(r.grievance_id || ':' || r.person_id, ';') FROM grievance_raisings r
            WHERE r.workspace_id = i.workspace_id AND r.interaction_id = i.id AND r.person_id IS NOT NULL), '') AS row
  FROM interactions i INDEXED BY interactions_model
  WHERE i.workspace_id = @ws AND i.id > @after AND i.id <= @last
  ORDER BY i.id`);

// a, b, sides, closeness, directed, observed_on, and the rest of the key to page on: observed_by; all from the
// covering index (migration 0009), in key order
const TIES = packed(`
  SELECT a || char(9) || b || char(9) || sides || char(9) || ifnull(closeness, '') || char(9) || directed ||
    char(9) || observed_on || char(9) || observed_by AS row
  FROM tie_observations INDEXED BY tie_observations_model
  WHERE workspace_id = @ws AND observed_on <= @asOf AND (a, b, observed_on, observed_by) > (@a, @b, @on, @by)
  ORDER BY a, b, observed_on, observed_by
  LIMIT @limit`);

// every column of an ask, and the date of its interaction (found in interactions_model alone)
// every column of an ask; the date of its interaction is found in the interactions' own pass (AskDates)
const ASKS = `
  SELECT * FROM asks
  WHERE workspace_id = @ws AND id > @after
  ORDER BY id
  LIMIT @limit`;

/** What the worker reading ahead runs (read-ahead.ts): the same statements. */
const READ_AHEAD: ReadAheadStatements = { interactions: INTERACTIONS, raisings: RAISINGS };

const KINDS = new Set<string>(INTERACTION_KINDS);

/** The last row of a packed page. */
function lastRow(page: string): string {
  return page.slice(page.lastIndexOf(LF) + 1);
}

/**
 * Every interaction on or before `asOf`, in id order: what it adds to each pair of its participants, and the
 * grievances raised in it by a named person. Calls `onPage` with the interactions read so far. Given the power
 * map's accumulator (with its records, src/store/power-analysis.store.ts), gives it on the way the
 * interactions it can use.
 *
 * A page of interactions with who took part in each, then, at once, the raisings of exactly those ids, matched
 * by id: each interaction's come next in theirs. Every interaction is read, whatever its date, so that every
 * link's interaction is there to match; those after the analysis date are then left out.
 */
export async function feedInteractions(
  raw: BetterSqlite3.Database,
  ws: number,
  acc: ModelAccumulator,
  options: {
    onPage?: (read: number) => void;
    /** The power map's accumulator, with its records: given the interactions it can use. */
    power?: PowerAccumulator;
    /** A reader already started (readInteractionsAhead); without one, every page is read here. */
    readAhead?: ReadAhead | null;
    /** Asks waiting for their interaction's date (feedAsks): given it on the way. */
    askDates?: AskDates;
  } = {},
): Promise<void> {
  const { onPage, power, readAhead = null, askDates = null } = options;
  const interactions = prepared(raw, INTERACTIONS);
  const raisings = prepared(raw, RAISINGS);
  const powerFeed = power ? new PowerFeed(power, acc) : null;
  const feed = new InteractionFeed(acc, powerFeed, askDates);
  // a page read on this connection
  const readHere = (after: string): PackedPage | null => {
    const page = interactions.get({ ws, after, limit: PAGE });
    if (!page) return null;
    const row = lastRow(page);
    const last = row.slice(0, row.indexOf(TAB));
    const range = { ws, after, last };
    return { page, raised: raisings.get(range) ?? '', after, last };
  };
  let ahead = readAhead;
  let after = '';
  try {
    for (;;) {
      let next: PackedPage | null = null;
      if (ahead) {
        try {
          next = await ahead.next();
        } catch {
          // the reader failed: read the rest here, from where its last page ended
          readAheadCounts.failed++;
          void ahead.close();
          ahead = null;
        }
      }
      if (!ahead) next = readHere(after);
      if (!next) break;
      if (!feed.read(next.page, next.raised)) {
        const range = { ws, after: next.after, last: next.last };
        feed.read(prepared(raw, INTERACTIONS_WITH_RAISINGS).get(range) ?? '', null);
      }
      feed.commit();
      after = next.last;
      onPage?.(feed.count);
      await pause();
    }
  } finally {
    void ahead?.close();
  }
  powerFeed?.finish();
  askDates?.finish();
}

/**
 * For a workspace of more than a page of interactions (judged by the interactions' largest rowid, in the whole
 * file: a look at the end of one b-tree), a worker that starts reading them at once, so that their first page
 * is read while the people, asks and ties are: to give to feedInteractions. Null otherwise, or when the
 * connection cannot have one (read-ahead.ts).
 */
export function readInteractionsAhead(raw: BetterSqlite3.Database, ws: number): ReadAhead | null {
  const largest = raw.prepare('SELECT max(rowid) FROM interactions').pluck().get() as number | null;
  if (largest === null || largest <= PAGE) return null;
  return ReadAhead.start(raw, { ws, after: '', limit: PAGE, sql: READ_AHEAD });
}

/**
 * Interactions, a packed page at a time, into the accumulator: a page is read whole (its raisings matched, its
 * people found) before anything of it is given to the accumulator, so that a page whose raisings do not match
 * can be read again another way.
 */
class InteractionFeed {
  /** Interactions on or before the analysis date, given so far. */
  count = 0;
  private readonly people: People;
  /** kind and sides, as stored, to what the accumulator takes (hows) */
  private readonly touched = new TextIndex();
  private readonly hows: { kind: InteractionKind; mask: number }[] = [];
  // The page read, one entry per gathering to give: its day, kind and sides, who started it, and who took part
  // (who[start[k] .. start[k + 1]]); and the raisings: grievance, by whom, on which day.
  private size = 0;
  private dated = 0;
  private readonly day = new Int32Array(PAGE);
  private readonly how: { kind: InteractionKind; mask: number }[] = [];
  private readonly starter = new Int32Array(PAGE);
  private readonly start = new Int32Array(PAGE + 1);
  private who = new Int32Array(4 * PAGE);
  private readonly raised: { grievance: string; by: number; day: number }[] = [];

  constructor(
    private readonly acc: ModelAccumulator,
    private readonly power: PowerFeed | null,
    private readonly askDates: AskDates | null,
  ) {
    this.people = new People(acc);
  }

  /**
   * Read a page of interactions (each row: id, date, kind, sides, starter, space, participants) with the
   * raisings of the same ids in the same order; or, when `raised` is null, each row followed by its raisings.
   * False, with nothing kept, when a raising matches none of the page's interactions in order.
   */
  read(page: string, raised: string | null): boolean {
    const acc = this.acc;
    const largest = acc.settings.largestGathering;
    const people = this.people;
    this.size = 0;
    this.dated = 0;
    this.start[0] = 0;
    this.raised.length = 0;
    this.power?.clear();
    this.askDates?.lookUp(page);
    let g = 0;
    for (let at = 0; at < page.length;) {
      let end = page.indexOf(LF, at);
      if (end < 0) end = page.length;
      const idEnd = page.indexOf(TAB, at);
      const day = isoDayAt(page, idEnd + 1);
      const kindAt = idEnd + 12;
      const sidesEnd = page.indexOf(TAB, page.indexOf(TAB, kindAt) + 1);
      const starterEnd = page.indexOf(TAB, sidesEnd + 1);
      const spaceEnd = page.indexOf(TAB, starterEnd + 1);
      let peopleEnd = end;
      if (raised === null) {
        peopleEnd = page.indexOf(TAB, spaceEnd + 1);
        if (day <= acc.asOfDay) this.inlineRaisings(page, peopleEnd + 1, end, day);
      } else {
        for (; g < raised.length && startsRow(raised, g, page, at, idEnd);) {
          let next = raised.indexOf(LF, g);
          if (next < 0) next = raised.length;
          const from = g + idEnd - at + 1;
          if (day <= acc.asOfDay) {
            const gEnd = raised.indexOf(TAB, from);
            this.raise(raised.slice(from, gEnd), people.at(raised, gEnd + 1, next), day);
          }
          g = next + 1;
        }
      }
      const row = at;
      at = end + 1;
      if (day > acc.asOfDay) continue;
      this.dated++;
      // Who took part, straight into `who` after the gatherings kept so far: distinct ids (the primary key of
      // interaction_participants), so distinct person numbers. Who started it is most often one of them.
      const first = this.start[this.size]!;
      if (first + peopleEnd - spaceEnd > this.who.length) {
        const more = new Int32Array(2 * (first + peopleEnd - spaceEnd));
        more.set(this.who);
        this.who = more;
      }
      const who = this.who;
      const starterFrom = sidesEnd + 1;
      let starter = -1;
      let w = first;
      for (let p = spaceEnd + 1; p < peopleEnd;) {
        let q = page.indexOf(';', p);
        if (q < 0 || q > peopleEnd) q = peopleEnd;
        const i = people.at(page, p, q);
        who[w++] = i;
        if (starter < 0 && sameText(page, starterFrom, starterEnd, page, p, q)) starter = i;
        p = q + 1;
      }
      // the power map counts everyone who was there, however many
      this.power?.offer(day, page, starterEnd + 1, spaceEnd, who, first, w);
      if (w - first > largest) continue;
      if (starter < 0 && starterEnd > starterFrom) starter = people.at(page, starterFrom, starterEnd);
      const k = this.size++;
      this.day[k] = day;
      this.how[k] = this.kindAndSides(page, kindAt, sidesEnd, row, idEnd);
      this.starter[k] = starter;
      this.start[k + 1] = w;
    }
    if (raised !== null && g < raised.length) {
      this.size = 0;
      this.dated = 0;
      this.raised.length = 0;
      this.power?.clear();
      this.askDates?.undo();
      return false;
    }
    return true;
  }

  /** Give the accumulator the page read. */
  commit(): void {
    const acc = this.acc;
    for (let k = 0; k < this.size; k++) {
      const how = this.how[k]!;
      acc.addGathering(this.day[k]!, how.kind, how.mask, this.starter[k]!, this.who, this.start[k], this.start[k + 1]);
    }
    for (const r of this.raised) acc.addRaising(r.grievance, r.by, r.day);
    this.power?.commit();
    this.askDates?.commit();
    this.count += this.dated;
    this.size = 0;
    this.dated = 0;
    this.raised.length = 0;
  }

  private inlineRaisings(page: string, from: number, to: number, day: number): void {
    for (let at = from; at < to;) {
      let end = page.indexOf(';', at);
      if (end < 0 || end > to) end = to;
      const colon = page.indexOf(':', at);
      this.raise(page.slice(at, colon), this.people.at(page, colon + 1, end), day);
      at = end + 1;
    }
  }

  private raise(grievance: string, by: number, day: number): void {
    this.raised.push({ grievance, by, day });
  }

  /** The kind and sides written at page[from, to), as the accumulator takes them (the row's id at [idFrom, idTo)). */
  private kindAndSides(
    page: string,
    from: number,
    to: number,
    idFrom: number,
    idTo: number,
  ): { kind: InteractionKind; mask: number } {
    const known = this.touched.get(page, from, to);
    if (known >= 0) return this.hows[known]!;
    const text = page.slice(from, to);
    const [kind = '', sides = ''] = text.split(TAB);
    if (!KINDS.has(kind)) throw new Error(`interaction ${page.slice(idFrom, idTo)}: unknown kind "${kind}"`);
    const how = {
      kind: kind as InteractionKind,
      mask: interactionSideMask(kind as InteractionKind, splitList<Side>(sides)),
    };
    this.touched.set(text, this.hows.length);
    this.hows.push(how);
    return how;
  }
}

/**
 * What the power map takes of the interactions, kept until their page is given (InteractionFeed.commit):
 * - of those held in a sun space in the power window, who was there: gathered here by space and person number,
 *   and given once at the end (finish), since that is all the power map keeps of them;
 * - those of someone it watches (a moon session attendee, someone on a picket line lately) on a day that can
 *   matter: given whole, for the power map to decide.
 * The others, most of them, never become strings.
 */
class PowerFeed {
  private readonly watched: ReadonlyMap<string, readonly (readonly [number, number])[]>;
  /** The days that matter of each watched person, by person number (people read before the interactions). */
  private readonly days: (readonly (readonly [number, number])[] | undefined)[];
  /** Every space seen, numbered; whether each is a sun space; who was in each in the power window. */
  private readonly spaceNumbers = new TextIndex();
  private readonly spaceIds: string[] = [];
  private readonly sun: boolean[] = [];
  private readonly present: Set<number>[] = [];
  /** The power window's first and last day. */
  private readonly window: readonly [number, number];
  /** This page's presence, as space number, person number pairs. */
  private readonly seen: number[] = [];
  private readonly kept: { day: number; space: string | null; people: string[] }[] = [];

  constructor(
    private readonly power: PowerAccumulator,
    private readonly acc: ModelAccumulator,
  ) {
    this.watched = power.watchedDays();
    this.window = power.powerWindow();
    this.days = new Array<readonly (readonly [number, number])[] | undefined>(acc.ids.length);
    for (const [id, days] of this.watched) {
      const i = acc.indexOf(id);
      if (i >= 0) this.days[i] = days;
    }
  }

  /**
   * An interaction on `day`, its space written at page[from, to), with the people who[first .. last] (person
   * numbers).
   */
  offer(day: number, page: string, from: number, to: number, who: Int32Array, first: number, last: number): void {
    if (to > from && day >= this.window[0] && day <= this.window[1]) {
      let k = this.spaceNumbers.get(page, from, to);
      if (k < 0) {
        const space = page.slice(from, to);
        this.spaceNumbers.set(space, (k = this.spaceIds.length));
        this.spaceIds.push(space);
        this.sun.push(this.power.spaces.get(space)?.kind === 'sun');
        this.present.push(new Set());
      }
      if (this.sun[k]) for (let p = first; p < last; p++) this.seen.push(k, who[p]!);
    }
    if (this.watched.size === 0) return;
    for (let p = first; p < last; p++) {
      const days = this.daysOf(who[p]!);
      if (days?.some(([on, off]) => day >= on && day <= off)) {
        const space = to > from ? page.slice(from, to) : null;
        const people: string[] = [];
        for (let q = first; q < last; q++) people.push(this.acc.ids[who[q]!]!);
        this.kept.push({ day, space, people });
        return;
      }
    }
  }

  private daysOf(i: number): readonly (readonly [number, number])[] | undefined {
    // people first seen in the interactions, after the accumulator's people were read, are looked up by id
    return i < this.days.length ? this.days[i] : this.watched.get(this.acc.ids[i]!);
  }

  commit(): void {
    const seen = this.seen;
    for (let k = 0; k < seen.length; k += 2) this.present[seen[k]!]!.add(seen[k + 1]!);
    for (const k of this.kept) this.power.addGathering(k.day, k.space, k.people);
    this.clear();
  }

  clear(): void {
    this.seen.length = 0;
    this.kept.length = 0;
  }

  /** Give the power map who was in each sun space, once every page is given. */
  finish(): void {
    const ids = this.acc.ids;
    this.spaceIds.forEach((space, k) => {
      if (this.present[k]!.size > 0)
        this.power.addPresent(
          space,
          [...this.present[k]!].map((i) => ids[i]!),
        );
    });
  }
}

/** The accumulator's person numbers, found from ids written inside packed rows (text-index.ts). */
class People {
  private readonly index = new TextIndex();

  constructor(private readonly acc: ModelAccumulator) {
    acc.ids.forEach((id, i) => this.index.set(id, i));
  }

  /** The person number of the id at text[from, to), interned by the accumulator when new. */
  at(text: string, from: number, to: number): number {
    const i = this.index.get(text, from, to);
    if (i >= 0) return i;
    const id = text.slice(from, to);
    const added = this.acc.person(id);
    this.index.set(id, added);
    return added;
  }
}

/** True when the row at text[at..] belongs to the interaction whose id is written at page[from, to) (starts with it and a tab). */
function startsRow(text: string, at: number, page: string, from: number, to: number): boolean {
  const end = at + to - from;
  return text.charCodeAt(end) === 9 && sameText(text, at, end, page, from, to);
}

function sameText(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): boolean {
  if (aTo - aFrom !== bTo - bFrom) return false;
  for (let k = 0; k < aTo - aFrom; k++) if (a.charCodeAt(aFrom + k) !== b.charCodeAt(bFrom + k)) return false;
  return true;
}

/** Every tie observation on or before `asOf`, in key order. Calls `onPage` with the observations read so far. */
export async function feedTies(
  raw: BetterSqlite3.Database,
  ws: number,
  acc: ModelAccumulator,
  asOf: string,
  onPage?: (read: number) => void,
): Promise<void> {
  const ties = prepared(raw, TIES);
  const people = new People(acc);
  const named = new TextIndex();
  const sides: ObservedSides[] = [];
  let key = { a: '', b: '', on: '', by: '' };
  let read = 0;
  for (;;) {
    const page = ties.get({ ws, asOf, ...key, limit: PAGE });
    if (!page) return;
    for (let at = 0; at < page.length;) {
      let end = page.indexOf(LF, at);
      if (end < 0) end = page.length;
      // a, b, sides, closeness (one digit or none), directed (0 or 1), observed_on, observed_by
      const aEnd = page.indexOf(TAB, at);
      const bEnd = page.indexOf(TAB, aEnd + 1);
      const sidesEnd = page.indexOf(TAB, bEnd + 1);
      const closenessEnd = page.indexOf(TAB, sidesEnd + 1);
      const from = at;
      at = end + 1;
      read++;
      if (sameText(page, from, aEnd, page, aEnd + 1, bEnd)) continue;
      let k = named.get(page, bEnd + 1, sidesEnd);
      if (k < 0) {
        const text = page.slice(bEnd + 1, sidesEnd);
        named.set(text, (k = sides.length));
        sides.push(observedSides(splitList<TieSide>(text)));
      }
      acc.addObservation(
        people.at(page, from, aEnd),
        people.at(page, aEnd + 1, bEnd),
        isoDayAt(page, closenessEnd + 3),
        closenessEnd === sidesEnd + 1 ? null : ((page.charCodeAt(sidesEnd + 1) - 48) as 1 | 2 | 3),
        page.charCodeAt(closenessEnd + 1) === 49,
        sides[k]!,
      );
    }
    const [a = '', b = '', , , , on = '', by = ''] = lastRow(page).split(TAB);
    key = { a, b, on, by };
    onPage?.(read);
    await pause();
  }
}

/**
 * Every ask, in id order. Those with a date of their own are given to the accumulator at once; those dated by
 * their interaction (most: an ask is made in a conversation) wait for it, and are given when the interactions'
 * pass reaches it (AskDates, feedInteractions). Looking each interaction's date up here instead cost a page to
 * read and decrypt per ask, all over the largest index: 1.6 s for 22,716 asks at 100,000 people. Calls
 * `onPage` with the asks read so far.
 */
export async function feedAsks(
  raw: BetterSqlite3.Database,
  ws: number,
  acc: ModelAccumulator,
  onPage?: (read: number) => void,
): Promise<AskDates> {
  const asks = raw.prepare<Record<string, unknown>, AsksTable>(ASKS);
  const waiting = new Map<string, AskFields[]>();
  let after = '';
  let read = 0;
  for (;;) {
    const rows = asks.all({ ws, after, limit: PAGE });
    if (rows.length === 0) return new AskDates(acc, waiting);
    for (const row of rows) {
      const ask = askFromRow(plainFields, row);
      if (ask.occurredOn !== null || ask.interaction === null) acc.addAsk(ask);
      else {
        const list = waiting.get(ask.interaction);
        if (list) list.push(ask);
        else waiting.set(ask.interaction, [ask]);
      }
    }
    read += rows.length;
    after = rows[rows.length - 1]!.id;
    onPage?.(read);
    await pause();
  }
}

/**
 * Asks waiting for their interaction's date, found as the interactions pass in id order: for each page, the
 * waiting interaction ids it can hold (sorted as SQLite sorts them, text-order.ts, between its first and last
 * id) are looked up in it by halving, a few rows each, instead of looking at every row. Like the page it is
 * read with, what a page finds is kept until the page is given (commit), or forgotten if the page is read again
 * another way (undo).
 */
export class AskDates {
  private readonly ids: string[];
  private readonly found: { at: number; date: string }[] = [];
  private readonly given: Uint8Array;

  constructor(
    private readonly acc: ModelAccumulator,
    private readonly waiting: ReadonlyMap<string, readonly AskFields[]>,
  ) {
    this.ids = [...waiting.keys()].sort(byCodePoint);
    this.given = new Uint8Array(this.ids.length);
  }

  /** A packed page of interactions (id, then date, first in each row), in id order: are asks waiting for any? */
  lookUp(page: string): void {
    this.found.length = 0;
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
        this.found.push({ at: k, date: page.slice(date, date + 10) });
      }
    }
  }

  commit(): void {
    for (const { at, date } of this.found) {
      for (const ask of this.waiting.get(this.ids[at]!)!) this.acc.addAsk(ask, date);
      this.given[at] = 1;
    }
    this.found.length = 0;
  }

  undo(): void {
    this.found.length = 0;
  }

  /** After the last page: asks whose interaction never came are given undated, as the accumulator keeps them. */
  finish(): void {
    this.ids.forEach((id, at) => {
      if (!this.given[at]) for (const ask of this.waiting.get(id)!) this.acc.addAsk(ask);
    });
  }
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

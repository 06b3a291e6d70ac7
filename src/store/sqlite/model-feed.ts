/**
 * The organizing model's biggest reads, on SQLite: every ask, tie observation and interaction of a workspace,
 * straight from the connection's own handle into the accumulator (src/store/analysis.store.ts uses them).
 *
 * A workspace of ten million interactions is read in seconds only if SQLite reads each page of the file once,
 * in order, and rows cross into JavaScript cheaply. So:
 * - interactions are read in id order from the covering index `interactions_model` (migrations 0005, 0007,
 *   0008, 0010), which holds each one's packed row with who took part in it (its `participant_ids`), front to
 *   back, never jumping around a table larger than the page cache; the few grievances raised are read in the
 *   same order from their own table, side by side, and matched by id (a join would look one up for every
 *   interaction);
 * - SQLite packs a page of rows into one text (rows end with a line feed, fields with a tab, neither of which
 *   any id, date or word holds), so that nothing is made per row but the few strings the model needs; the
 *   accumulator is given person indices, never records (interaction-pages.ts reads the pages, on this thread
 *   or the one reading ahead, read-ahead.ts);
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
import { INTERACTION_ROW } from '../migrations/0010-interactions-model-rows.js';
import { plainFields } from '../field-seal.js';
import { splitList } from '../lists.js';
import {
  AskLookup,
  lastRow,
  LF,
  PageParser,
  sameText,
  TAB,
  type ParsedPage,
  type ParseOptions,
} from './interaction-pages.js';
import { isParsed, ReadAhead, readAheadCounts, type PackedPage, type ReadAheadStatements } from './read-ahead.js';
import { byCodePoint } from '../text-order.js';
import { TextIndex } from './text-index.js';

const PAGE = 20_000;

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

// Every interaction, whatever its date (see feedInteractions), as its packed row (INTERACTION_ROW: id,
// occurred_on, kind, sides, initiated_by, space_id, and participant_ids, who took part, sorted, ';'-separated),
// made once and kept in the covering index (0010; 0007 gave it space_id, for the power map; 0008
// participant_ids, kept by triggers from interaction_participants)
const INTERACTIONS = packed(`
  SELECT ${INTERACTION_ROW} AS row
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
  SELECT ${INTERACTION_ROW} || char(9) ||
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

// every column of an ask; the date of its interaction is found in the interactions' own pass (AskDates)
const ASKS = `
  SELECT * FROM asks
  WHERE workspace_id = @ws AND id > @after
  ORDER BY id
  LIMIT @limit`;

/** What the worker reading ahead runs (read-ahead.ts): the same statements. */
const READ_AHEAD: ReadAheadStatements = {
  interactions: INTERACTIONS,
  raisings: RAISINGS,
  withRaisings: INTERACTIONS_WITH_RAISINGS,
};

const KINDS = new Set<string>(INTERACTION_KINDS);

/** How the pages are read into numbers for this accumulator and power map (interaction-pages.ts). */
function parseOptions(acc: ModelAccumulator, power: PowerAccumulator | undefined): ParseOptions {
  return {
    asOfDay: acc.asOfDay,
    largestGathering: acc.settings.largestGathering,
    spaces: power ? spaceDays(power) : null,
    rows: PAGE,
  };
}

/**
 * The days on which an interaction's space can matter to the power map (PowerFeed): from the first to the last
 * of its window and of the days it watches someone on.
 */
function spaceDays(power: PowerAccumulator): [number, number] {
  const days = power.powerWindow();
  for (const ranges of power.watchedDays().values()) {
    for (const [on, off] of ranges) {
      days[0] = Math.min(days[0], on);
      days[1] = Math.max(days[1], off);
    }
  }
  return days;
}

/**
 * Every interaction on or before `asOf`, in id order: what it adds to each pair of its participants, and the
 * grievances raised in it by a named person. Calls `onPage` with the interactions read so far. Given the power
 * map's accumulator (with its records, src/store/power-analysis.store.ts), gives it on the way the
 * interactions it can use.
 *
 * A page of interactions with who took part in each, then, at once, the raisings of exactly those ids, matched
 * by id: each interaction's come next in theirs. Every interaction is read, whatever its date, so that every
 * link's interaction is there to match; those after the analysis date are then left out. Pages come from the
 * reader ahead when there is one, read into numbers there or still as text, and otherwise are read here.
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
  const here = new PageParser(parseOptions(acc, power));
  here.asks = askDates?.lookup ?? null;
  const fromHere = new Translation(feed);
  const fromWorker = new Translation(feed);
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
  // (the reader parses no page before it knows the asks: told now, if the caller has not told it already)
  ahead?.tellAsks(askDates?.lookup.ids ?? []);
  let after = '';
  try {
    for (;;) {
      let next: PackedPage | ParsedPage | null = null;
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
      if (isParsed(next)) feed.give(next, fromWorker);
      else {
        const range = { ws, after: next.after, last: next.last };
        const parsed =
          here.parse(next.page, next.raised, next.after, next.last) ??
          here.parse(prepared(raw, INTERACTIONS_WITH_RAISINGS).get(range) ?? '', null, next.after, next.last)!;
        feed.give(parsed, fromHere);
      }
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
 * file: a look at the end of one b-tree), a worker that starts reading them at once, so that their first pages
 * are read while the people, asks and ties are: to give to feedInteractions, with the same accumulator and
 * power map. Null otherwise, or when the connection cannot have one (read-ahead.ts).
 */
export function readInteractionsAhead(
  raw: BetterSqlite3.Database,
  ws: number,
  acc: ModelAccumulator,
  power: PowerAccumulator | undefined,
): ReadAhead | null {
  const largest = raw.prepare('SELECT max(rowid) FROM interactions').pluck().get() as number | null;
  if (largest === null || largest <= PAGE) return null;
  return ReadAhead.start(raw, { ws, after: '', limit: PAGE, sql: READ_AHEAD, parse: parseOptions(acc, power) });
}

/** Pages read into numbers, given to the accumulator (and the power map, and the waiting asks) in page order. */
class InteractionFeed {
  /** Interactions on or before the analysis date, given so far. */
  count = 0;
  constructor(
    readonly acc: ModelAccumulator,
    readonly power: PowerFeed | null,
    private readonly askDates: AskDates | null,
  ) {}

  /** Give everything of a page, its numbers translated into the accumulator's by `names` (its parser's). */
  give(page: ParsedPage, names: Translation): void {
    names.learn(page);
    const acc = this.acc;
    const largest = acc.settings.largestGathering;
    const { day, how, starter, space, start, who } = page;
    const people = names.people;
    for (let k = 0; k < page.size; k++) {
      const first = start[k]!;
      const last = start[k + 1]!;
      for (let w = first; w < last; w++) who[w] = people[who[w]!]!;
      // the power map counts everyone who was there, however many
      this.power?.offer(day[k]!, space[k]! < 0 ? -1 : names.spaces[space[k]!]!, who, first, last);
      if (last - first > largest) continue;
      const { kind, mask } = names.hows[how[k]!]!;
      const by = starter[k]!;
      acc.addGathering(day[k]!, kind, mask, by < 0 ? -1 : people[by]!, who, first, last);
    }
    page.raisedGrievance.forEach((grievance, r) =>
      acc.addRaising(grievance, people[page.raisedBy[r]!]!, page.raisedDay[r]!),
    );
    this.askDates?.give(page.asked, page.askedDates);
    this.count += page.size;
  }

  /** The kind and sides written as `text` (kind, tab, sides), as the accumulator takes them; `id` has them. */
  howOf(text: string, id: string): { kind: InteractionKind; mask: number } {
    const [kind = '', sides = ''] = text.split(TAB);
    if (!KINDS.has(kind)) throw new Error(`interaction ${id}: unknown kind "${kind}"`);
    return {
      kind: kind as InteractionKind,
      mask: interactionSideMask(kind as InteractionKind, splitList<Side>(sides)),
    };
  }
}

/** One parser's numbers (interaction-pages.ts) as the accumulator's person numbers, kinds and power map spaces. */
class Translation {
  people = new Int32Array(1024);
  private known = 0;
  readonly hows: { kind: InteractionKind; mask: number }[] = [];
  readonly spaces: number[] = [];

  constructor(private readonly feed: InteractionFeed) {}

  /** The names a page was the first to number, in order (so the accumulator interns people as it reads them). */
  learn(page: ParsedPage): void {
    if (this.known + page.people.length > this.people.length) {
      const more = new Int32Array(2 * (this.known + page.people.length));
      more.set(this.people);
      this.people = more;
    }
    for (const id of page.people) this.people[this.known++] = this.feed.acc.person(id);
    page.hows.forEach((text, k) => this.hows.push(this.feed.howOf(text, page.howIds[k]!)));
    for (const space of page.spaces) this.spaces.push(this.feed.power?.space(space) ?? -1);
  }
}

/**
 * What the power map takes of the interactions:
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
  private readonly spaceNumbers = new Map<string, number>();
  private readonly spaceIds: string[] = [];
  private readonly sun: boolean[] = [];
  private readonly present: Set<number>[] = [];
  /** The power window's first and last day. */
  private readonly window: readonly [number, number];

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

  /** The number of space `id`, numbered on first sight. */
  space(id: string): number {
    let k = this.spaceNumbers.get(id);
    if (k === undefined) {
      this.spaceNumbers.set(id, (k = this.spaceIds.length));
      this.spaceIds.push(id);
      this.sun.push(this.power.spaces.get(id)?.kind === 'sun');
      this.present.push(new Set());
    }
    return k;
  }

  /** An interaction on `day` in space number `space` (-1: none), with the people who[first .. last]. */
  offer(day: number, space: number, who: Int32Array, first: number, last: number): void {
    if (space >= 0 && this.sun[space] && day >= this.window[0] && day <= this.window[1]) {
      const present = this.present[space]!;
      for (let p = first; p < last; p++) present.add(who[p]!);
    }
    if (this.watched.size === 0) return;
    for (let p = first; p < last; p++) {
      const days = this.daysOf(who[p]!);
      if (days?.some(([on, off]) => day >= on && day <= off)) {
        const people: string[] = [];
        for (let q = first; q < last; q++) people.push(this.acc.ids[who[q]!]!);
        this.power.addGathering(day, space < 0 ? null : this.spaceIds[space]!, people);
        return;
      }
    }
  }

  private daysOf(i: number): readonly (readonly [number, number])[] | undefined {
    // people first seen in the interactions, after the accumulator's people were read, are looked up by id
    return i < this.days.length ? this.days[i] : this.watched.get(this.acc.ids[i]!);
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
 * Asks waiting for their interaction's date, found as the interactions pass in id order (AskLookup, in
 * interaction-pages.ts, on whichever thread reads the page into numbers), and given to the accumulator with the
 * page they were found on.
 */
export class AskDates {
  readonly lookup: AskLookup;
  private readonly given: Uint8Array;

  constructor(
    private readonly acc: ModelAccumulator,
    private readonly waiting: ReadonlyMap<string, readonly AskFields[]>,
  ) {
    this.lookup = new AskLookup([...waiting.keys()].sort(byCodePoint));
    this.given = new Uint8Array(this.lookup.ids.length);
  }

  /** The asks of the interactions found on a page (their places in the lookup's ids), with those dates. */
  give(found: readonly number[], dates: readonly string[]): void {
    found.forEach((at, k) => {
      for (const ask of this.waiting.get(this.lookup.ids[at]!)!) this.acc.addAsk(ask, dates[k]);
      this.given[at] = 1;
    });
  }

  /** After the last page: asks whose interaction never came are given undated, as the accumulator keeps them. */
  finish(): void {
    this.lookup.ids.forEach((id, at) => {
      if (!this.given[at]) for (const ask of this.waiting.get(id)!) this.acc.addAsk(ask);
    });
  }
}

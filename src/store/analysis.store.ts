/**
 * The organizing model over a stored workspace. The whole analysis streams records out a page at a time into
 * the model's accumulator (src/core/model/accumulator.ts), so a workspace of millions of interactions is never
 * held in memory at once; one person's figures read only that person's records, through the indexes on
 * interaction_participants (workspace_id, person_id), tie_observations and asks.
 *
 * Interactions are read without their notes: the model never needs them, and they stay sealed.
 */
import type { Lang } from '../core/i18n/i18n.js';
import { analyze } from '../core/model/analysis.js';
import { ModelAccumulator, type PersonFields } from '../core/model/accumulator.js';
import type { PersonFigures } from '../core/model/person-figures.js';
import { personFigures } from '../core/model/person-figures.js';
import type { AnalysisReport } from '../core/model/report.js';
import type { SeriesPoint } from '../core/model/series.js';
import { monthlyDates, seriesPoint } from '../core/model/series.js';
import type { PowerAccumulator } from '../core/model/power-accumulator.js';
import type { ModelSettings } from '../core/model/settings.js';
import { resolveModelSettings } from '../core/model/settings.js';
import type { Ask, Interaction, Person, RecordKind } from '../core/records.js';
import { askFromRow } from './asks.table.js';
import type { Db } from './database.js';
import { interactionFromRows } from './interactions.table.js';
import type { InteractionsTable } from './interactions.table.js';
import { personFromRow } from './people.table.js';
import { loadPowerRecords } from './power-analysis.store.js';
import { iterateRecords } from './records.store.js';
import { feedAsks, feedInteractions, feedTies, readInteractionsAhead } from './sqlite/model-feed.js';
import { tieFromRow, type TieObservationsTable } from './ties.table.js';

export interface StoreAnalysisOptions {
  /** The analysis date (YYYY-MM-DD): records after it are left out. */
  asOf: string;
  settings?: ModelSettings;
  lang?: Lang;
  /** 'figures' leaves out groups, bridges, trusted people and care signals. */
  parts?: 'all' | 'figures';
  pageSize?: number;
  /** Called after every page read: which kind, how many records of it so far. */
  onProgress?: (kind: RecordKind, read: number) => void;
}

/** The full analysis of a stored workspace, streamed page by page. */
export async function analyzeWorkspace(
  db: Db,
  workspaceId: number,
  options: StoreAnalysisOptions,
): Promise<AnalysisReport> {
  // the power map takes its own few records first, then its interactions from the model's pass over them
  const power =
    options.parts === 'figures'
      ? undefined
      : await loadPowerRecords(db, workspaceId, {
          asOf: options.asOf,
          settings: options.settings ?? resolveModelSettings(),
        });
  const acc = await accumulateWorkspace(db, workspaceId, { ...options, power });
  return analyze(acc, { lang: options.lang, parts: options.parts, power });
}

/**
 * Every record of a stored workspace the model needs, streamed into an accumulator (analyze() finishes it).
 * Given the power map's accumulator with its records (loadPowerRecords), the interactions it needs are given
 * to it on the way.
 */
export async function accumulateWorkspace(
  db: Db,
  workspaceId: number,
  options: Omit<StoreAnalysisOptions, 'lang' | 'parts'> & { power?: PowerAccumulator },
): Promise<ModelAccumulator> {
  const acc = new ModelAccumulator({ asOf: options.asOf, settings: options.settings });
  const pageSize = options.pageSize ?? 5000;
  const progress = (kind: RecordKind) => (read: number) => options.onProgress?.(kind, read);
  const feed = async <T>(kind: RecordKind, pages: AsyncIterable<T[]>, add: (record: T) => void) => {
    let read = 0;
    for await (const page of pages) {
      for (const record of page) add(record);
      options.onProgress?.(kind, (read += page.length));
    }
  };
  // On SQLite, a large workspace's interactions start to be read ahead now, while the rest is (model-feed.ts).
  const ahead = db.sqlite ? readInteractionsAhead(db.sqlite, workspaceId, acc, options.power) : null;
  try {
    // People first, in id order: every person index is then fixed by id, whatever the other records name.
    await feed('people', modelPeople(db, workspaceId, pageSize), (p) => acc.addPerson(p));
    await feed('committees', iterateRecords(db, workspaceId, 'committees', pageSize), (c) => acc.addCommittee(c));
    await feed('grievances', iterateRecords(db, workspaceId, 'grievances', pageSize), (g) => acc.addGrievance(g));
    if (db.sqlite) {
      const askDates = await feedAsks(db.sqlite, workspaceId, acc, progress('asks'));
      ahead?.tellAsks(askDates.lookup.ids);
      await feedTies(db.sqlite, workspaceId, acc, options.asOf, progress('ties'));
      await feedInteractions(db.sqlite, workspaceId, acc, {
        onPage: progress('interactions'),
        power: options.power,
        readAhead: ahead,
        askDates,
      });
      return acc;
    }
  } catch (error) {
    void ahead?.close();
    throw error;
  }
  await feed('asks', datedAsks(db, workspaceId, pageSize), ({ ask, date }) => acc.addAsk(ask, date));
  await feed('ties', iterateRecords(db, workspaceId, 'ties', pageSize), (t) => acc.addTie(t));
  const power = options.power;
  await feed('interactions', interactionsWithoutNotes(db, workspaceId, options.asOf, pageSize), (i) => {
    acc.addInteraction(i);
    power?.addInteraction(i);
  });
  return acc;
}

/** What the model reads of every person (nothing sealed), a page at a time in id order. */
async function* modelPeople(db: Db, ws: number, pageSize: number): AsyncGenerator<PersonFields[]> {
  let after: string | null = null;
  for (;;) {
    const cursor: string | null = after;
    const rows = await db.kysely
      .selectFrom('people')
      .select(['id', 'circle', 'unit_path', 'started_on', 'left_on', 'stance'])
      .where('workspace_id', '=', ws)
      .$if(cursor !== null, (q) => q.where('id', '>', cursor!))
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      id: r.id,
      circle: r.circle as Person['circle'],
      unit: r.unit_path,
      startedOn: r.started_on,
      leftOn: r.left_on,
      stance: r.stance as Person['stance'],
    }));
    after = rows[rows.length - 1]!.id;
  }
}

/** Key figures month by month, from `from`'s month to `to`. Each month reads the workspace again. */
export async function analyzeWorkspaceSeries(
  db: Db,
  workspaceId: number,
  options: { from: string; to: string; settings?: ModelSettings; pageSize?: number },
): Promise<SeriesPoint[]> {
  const points: SeriesPoint[] = [];
  for (const asOf of monthlyDates(options.from, options.to)) {
    const report = await analyzeWorkspace(db, workspaceId, {
      asOf,
      settings: options.settings,
      pageSize: options.pageSize,
      parts: 'figures',
    });
    points.push(seriesPoint(report));
  }
  return points;
}

/**
 * One person's ties and care signals, from that person's records only: a handful of indexed lookups, whatever
 * the size of the workspace (the web app asks after every new interaction). Records are given in the order
 * the full analysis reads them (ties by key, asks and interactions by id), so the figures are the same.
 *
 * Each query reads one table by one index. Joins are left out on purpose: without statistics (SQLite has none
 * unless ANALYZE ran), SQLite took `workspace_id = ?` for a rare value and read whole tables to join them.
 */
export async function personFiguresFromStore(
  db: Db,
  workspaceId: number,
  personId: string,
  options: { asOf: string; settings?: ModelSettings; lang?: Lang },
): Promise<PersonFigures> {
  const ws = workspaceId;
  const k = db.kysely;
  const ids = (
    await k
      .selectFrom('interaction_participants')
      .select('interaction_id')
      .where('workspace_id', '=', ws)
      .where('person_id', '=', personId)
      .orderBy('interaction_id')
      .execute()
  ).map((r) => r.interaction_id);
  const interactions: Interaction[] = [];
  for (let at = 0; at < ids.length; at += 1000) {
    const some = ids.slice(at, at + 1000);
    // what the model reads of an interaction, and no more: on SQLite all of it is in interactions_model
    const rows = (
      await k
        .selectFrom('interactions')
        .select(['workspace_id', 'id', 'occurred_on', 'kind', 'sides', 'initiated_by'])
        .where('workspace_id', '=', ws)
        .where('id', 'in', some)
        .orderBy('id')
        .execute()
    )
      .filter((r) => r.occurred_on <= options.asOf)
      .map((r) => ({ ...r, space_id: null }));
    interactions.push(...(await completeInteractions(db, ws, rows, { ids: some })));
  }

  // two indexed lookups rather than one `a = ? or b = ?`, which SQLite answered by reading every observation
  const ties = [
    ...(await k
      .selectFrom('tie_observations')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('a', '=', personId)
      .execute()),
    ...(await k
      .selectFrom('tie_observations')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('b', '=', personId)
      .where('a', '<>', personId)
      .execute()),
  ]
    .sort(byTieKey)
    .map(tieFromRow);
  const asks = await asksWithDates(db, ws, { person: personId });
  const named = new Set<string>([personId]);
  for (const i of interactions) for (const p of i.participants) named.add(p);
  for (const t of ties) named.add(t.a).add(t.b);
  for (const { ask } of asks) named.add(ask.by).add(ask.to);
  const people = [];
  const names = [...named];
  for (let at = 0; at < names.length; at += 1000) {
    for (const r of await k
      .selectFrom('people')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('id', 'in', names.slice(at, at + 1000))
      .execute()) {
      people.push(personFromRow(db.seal, r));
    }
  }
  const onCommittee = await k
    .selectFrom('committee_members')
    .select('committee_id')
    .where('workspace_id', '=', ws)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return personFigures(
    personId,
    {
      people,
      committees: onCommittee
        ? [{ id: onCommittee.committee_id, name: onCommittee.committee_id, members: [personId] }]
        : [],
      // asks carry their interaction's date already; give it as their own so no ask waits for it
      asks: asks.map(({ ask, date }) => ({ ...ask, occurredOn: date })),
      ties,
      interactions,
    },
    options,
  );
}

/** Tie observations in key order (a, b, observed_on, observed_by), the order the full analysis reads them in. */
function byTieKey(x: TieObservationsTable, y: TieObservationsTable): number {
  for (const c of ['a', 'b', 'observed_on', 'observed_by'] as const) {
    if (x[c] !== y[c]) return x[c] < y[c] ? -1 : 1;
  }
  return 0;
}

const INTERACTION_COLUMNS = ['workspace_id', 'id', 'occurred_on', 'kind', 'sides', 'initiated_by', 'space_id'] as const;
type InteractionRow = Omit<InteractionsTable, 'notes'>;

/** Interactions on or before `asOf`, a page at a time in id order, without their notes. */
async function* interactionsWithoutNotes(
  db: Db,
  ws: number,
  asOf: string,
  pageSize: number,
): AsyncGenerator<Interaction[]> {
  let after: string | null = null;
  for (;;) {
    const cursor: string | null = after;
    const rows: InteractionRow[] = await db.kysely
      .selectFrom('interactions')
      .select(INTERACTION_COLUMNS)
      .where('workspace_id', '=', ws)
      .where('occurred_on', '<=', asOf)
      .$if(cursor !== null, (q) => q.where('id', '>', cursor!))
      .orderBy('id')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    const last = rows[rows.length - 1]!.id;
    // participants and raisings of the page by a range of the primary key rather than a list of ids
    yield await completeInteractions(db, ws, rows, { after: cursor, last });
    after = last;
  }
}

/**
 * Interactions from their rows, with participants and raisings, through the store's own mapper. The link
 * tables are read by their primary key: by a range of it (ids after `after` up to `last`, in id order) or for
 * a list of ids (which may hold more than `rows`). For a list, participants come by person id, as the primary
 * key has them (their `ord` is not in it, and reading it costs a lookup in the table for each): the model's
 * figures do not depend on the order of one interaction's participants.
 */
async function completeInteractions(
  db: Db,
  ws: number,
  rows: InteractionRow[],
  range: { after: string | null; last: string } | { ids: string[] },
): Promise<Interaction[]> {
  if (rows.length === 0) return [];
  const ids = 'ids' in range ? range.ids : null;
  const last = 'last' in range ? range.last : null;
  const after = 'after' in range ? range.after : null;
  const participants = new Map<string, string[]>();
  for (const p of await db.kysely
    .selectFrom('interaction_participants')
    .select(['interaction_id', 'person_id'])
    .where('workspace_id', '=', ws)
    .$if(ids !== null, (q) => q.where('interaction_id', 'in', ids!))
    .$if(last !== null, (q) => q.where('interaction_id', '<=', last!))
    .$if(after !== null, (q) => q.where('interaction_id', '>', after!))
    .orderBy('interaction_id')
    .orderBy(ids === null ? 'ord' : 'person_id')
    .execute()) {
    const list = participants.get(p.interaction_id);
    if (list) list.push(p.person_id);
    else participants.set(p.interaction_id, [p.person_id]);
  }
  const raised = new Map<string, Interaction['raised']>();
  for (const g of await db.kysely
    .selectFrom('grievance_raisings')
    .select(['interaction_id', 'grievance_id', 'person_id'])
    .where('workspace_id', '=', ws)
    .$if(ids !== null, (q) => q.where('interaction_id', 'in', ids!))
    .$if(last !== null, (q) => q.where('interaction_id', '<=', last!))
    .$if(after !== null, (q) => q.where('interaction_id', '>', after!))
    .orderBy('interaction_id')
    .orderBy('ord')
    .execute()) {
    const list = raised.get(g.interaction_id);
    const raising = { grievance: g.grievance_id, by: g.person_id };
    if (list) list.push(raising);
    else raised.set(g.interaction_id, [raising]);
  }
  // interactions after the analysis date have links too: they are not in `rows`, and are dropped
  return rows.map((r) =>
    interactionFromRows(db.seal, { ...r, notes: null }, participants.get(r.id) ?? [], raised.get(r.id) ?? []),
  );
}

interface DatedAsk {
  ask: Ask;
  /** Its own date, else its interaction's. */
  date: string | null;
}

/**
 * Asks with the date they were made: their own, else their interaction's (one join, no lookup per ask), in id
 * order. Either those to or by one person (two indexed lookups), or a page of all of them.
 */
async function asksWithDates(
  db: Db,
  ws: number,
  only: { person: string } | { after: string | null; limit: number },
): Promise<DatedAsk[]> {
  const dated = () =>
    db.kysely
      .selectFrom('asks')
      .leftJoin('interactions', (join) =>
        join
          .onRef('interactions.workspace_id', '=', 'asks.workspace_id')
          .onRef('interactions.id', '=', 'asks.interaction_id'),
      )
      .selectAll('asks')
      .select('interactions.occurred_on as interaction_date')
      .where('asks.workspace_id', '=', ws);
  let rows;
  if ('person' in only) {
    const by = await dated().where('asks.by_person', '=', only.person).execute();
    const to = await dated()
      .where('asks.to_person', '=', only.person)
      .where('asks.by_person', '<>', only.person)
      .execute();
    rows = [...by, ...to].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  } else {
    const { after, limit } = only;
    rows = await dated()
      .$if(after !== null, (q) => q.where('asks.id', '>', after!))
      .orderBy('asks.id')
      .limit(limit)
      .execute();
  }
  return rows.map((r) => {
    const ask = askFromRow(db.seal, r);
    return { ask, date: ask.occurredOn ?? r.interaction_date ?? null };
  });
}

async function* datedAsks(db: Db, ws: number, pageSize: number): AsyncGenerator<DatedAsk[]> {
  let after: string | null = null;
  for (;;) {
    const page = await asksWithDates(db, ws, { after, limit: pageSize });
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.ask.id;
  }
}

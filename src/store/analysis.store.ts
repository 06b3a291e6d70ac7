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
import { ModelAccumulator } from '../core/model/accumulator.js';
import type { PersonFigures } from '../core/model/person-figures.js';
import { personFigures } from '../core/model/person-figures.js';
import type { AnalysisReport } from '../core/model/report.js';
import type { SeriesPoint } from '../core/model/series.js';
import { monthlyDates, seriesPoint } from '../core/model/series.js';
import type { ModelSettings } from '../core/model/settings.js';
import type { Ask, Interaction, RecordKind } from '../core/records.js';
import { askFromRow } from './asks.table.js';
import type { Db } from './database.js';
import { interactionFromRows } from './interactions.table.js';
import type { InteractionsTable } from './interactions.table.js';
import { personFromRow } from './people.table.js';
import { iterateRecords } from './records.store.js';
import { tieFromRow } from './ties.table.js';

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
  const acc = new ModelAccumulator({ asOf: options.asOf, settings: options.settings });
  const pageSize = options.pageSize ?? 5000;
  const feed = async <T>(kind: RecordKind, pages: AsyncIterable<T[]>, add: (record: T) => void) => {
    let read = 0;
    for await (const page of pages) {
      for (const record of page) add(record);
      options.onProgress?.(kind, (read += page.length));
    }
  };
  await feed('people', iterateRecords(db, workspaceId, 'people', pageSize), (p) => acc.addPerson(p));
  await feed('committees', iterateRecords(db, workspaceId, 'committees', pageSize), (c) => acc.addCommittee(c));
  await feed('grievances', iterateRecords(db, workspaceId, 'grievances', pageSize), (g) => acc.addGrievance(g));
  await feed('asks', datedAsks(db, workspaceId, pageSize), ({ ask, date }) => acc.addAsk(ask, date));
  await feed('ties', iterateRecords(db, workspaceId, 'ties', pageSize), (t) => acc.addTie(t));
  await feed('interactions', interactionsWithoutNotes(db, workspaceId, options.asOf, pageSize), (i) =>
    acc.addInteraction(i),
  );
  return analyze(acc, { lang: options.lang, parts: options.parts });
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

/** One person's ties and care signals, from that person's records only. */
export async function personFiguresFromStore(
  db: Db,
  workspaceId: number,
  personId: string,
  options: { asOf: string; settings?: ModelSettings; lang?: Lang },
): Promise<PersonFigures> {
  const ws = workspaceId;
  const interactionIds = (
    await db.kysely
      .selectFrom('interaction_participants')
      .select('interaction_id')
      .where('workspace_id', '=', ws)
      .where('person_id', '=', personId)
      .execute()
  ).map((r) => r.interaction_id);
  const interactions: Interaction[] = [];
  for (let k = 0; k < interactionIds.length; k += 1000) {
    const rows = await db.kysely
      .selectFrom('interactions')
      .select(INTERACTION_COLUMNS)
      .where('workspace_id', '=', ws)
      .where('id', 'in', interactionIds.slice(k, k + 1000))
      .where('occurred_on', '<=', options.asOf)
      .execute();
    interactions.push(...(await completeInteractions(db, ws, rows)));
  }
  const ties = (
    await db.kysely
      .selectFrom('tie_observations')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where((eb) => eb.or([eb('a', '=', personId), eb('b', '=', personId)]))
      .execute()
  ).map(tieFromRow);
  const asks = await asksWithDates(db, ws, { person: personId });
  const named = new Set<string>([personId]);
  for (const i of interactions) for (const p of i.participants) named.add(p);
  for (const t of ties) named.add(t.a).add(t.b);
  for (const { ask } of asks) named.add(ask.by).add(ask.to);
  const people = [];
  const names = [...named];
  for (let k = 0; k < names.length; k += 1000) {
    const rows = await db.kysely
      .selectFrom('people')
      .selectAll()
      .where('workspace_id', '=', ws)
      .where('id', 'in', names.slice(k, k + 1000))
      .execute();
    for (const r of rows) people.push(personFromRow(db.seal, r));
  }
  const onCommittee = await db.kysely
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
 * Interactions from their rows, with participants and raisings, through the store's own mapper. `range`
 * (ids after `after` up to `last`, in id order) reads the link tables by a range of their primary key;
 * without it, by the list of ids.
 */
async function completeInteractions(
  db: Db,
  ws: number,
  rows: InteractionRow[],
  range?: { after: string | null; last: string },
): Promise<Interaction[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const participants = new Map<string, string[]>();
  for (const p of await db.kysely
    .selectFrom('interaction_participants')
    .select(['interaction_id', 'person_id'])
    .where('workspace_id', '=', ws)
    .$if(range === undefined, (q) => q.where('interaction_id', 'in', ids))
    .$if(range !== undefined, (q) => q.where('interaction_id', '<=', range!.last))
    .$if(range !== undefined && range.after !== null, (q) => q.where('interaction_id', '>', range!.after!))
    .orderBy('interaction_id')
    .orderBy('ord')
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
    .$if(range === undefined, (q) => q.where('interaction_id', 'in', ids))
    .$if(range !== undefined, (q) => q.where('interaction_id', '<=', range!.last))
    .$if(range !== undefined && range.after !== null, (q) => q.where('interaction_id', '>', range!.after!))
    .orderBy('interaction_id')
    .orderBy('ord')
    .execute()) {
    const list = raised.get(g.interaction_id);
    const raising = { grievance: g.grievance_id, by: g.person_id };
    if (list) list.push(raising);
    else raised.set(g.interaction_id, [raising]);
  }
  // in a range, interactions after the analysis date have links too: they are not in `rows`, and are dropped
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
 * Asks with the date they were made: their own, else their interaction's (one join, no lookup per ask).
 * Either those to or by one person, or a page of all of them in id order.
 */
async function asksWithDates(
  db: Db,
  ws: number,
  only: { person: string } | { after: string | null; limit: number },
): Promise<DatedAsk[]> {
  const person = 'person' in only ? only.person : null;
  const after = 'after' in only ? only.after : null;
  const limit = 'limit' in only ? only.limit : null;
  const rows = await db.kysely
    .selectFrom('asks')
    .leftJoin('interactions', (join) =>
      join
        .onRef('interactions.workspace_id', '=', 'asks.workspace_id')
        .onRef('interactions.id', '=', 'asks.interaction_id'),
    )
    .selectAll('asks')
    .select('interactions.occurred_on as interaction_date')
    .where('asks.workspace_id', '=', ws)
    .$if(person !== null, (q) =>
      q.where((eb) => eb.or([eb('asks.by_person', '=', person!), eb('asks.to_person', '=', person!)])),
    )
    .$if(after !== null, (q) => q.where('asks.id', '>', after!))
    .$if(limit !== null, (q) => q.orderBy('asks.id').limit(limit!))
    .execute();
  return rows.map((r) => {
    const ask = askFromRow(r);
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

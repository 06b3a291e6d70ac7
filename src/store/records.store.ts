import type {
  Action,
  Ask,
  Committee,
  Grievance,
  Interaction,
  Person,
  PowerKind,
  RecordKind,
  Space,
  TieObservation,
  WorkspaceRecords,
} from '../core/records.js';
import { emptyRecords } from '../core/records.js';
import { actionFromRow, actionToRow } from './actions.table.js';
import { askFromRow, askToRow } from './asks.table.js';
import { deleteLinks, insertRows, upsertRows } from './bulk.js';
import { committeeFromRow, committeeToRow } from './committees.table.js';
import type { Db } from './database.js';
import { grievanceFromRow, grievanceToRow } from './grievances.table.js';
import {
  interactionFromRows,
  interactionToRow,
  participantIds,
  participantRows,
  raisingRows,
} from './interactions.table.js';
import { personFromRow, personToRow } from './people.table.js';
import { POWER_TABLE_OF, powerPages, writePowerChunk } from './power-records.store.js';
import { spaceFromRow, spaceToRow } from './spaces.table.js';
import { tieFromRow, tieToRow, type TieObservationsTable } from './ties.table.js';
import { ensureUnits } from './workspaces.store.js';

/** The kinds whose records carry an id of their own (tie observations are keyed by pair, date and observer). */
export type IdKind = Exclude<RecordKind, 'ties'>;

const TABLE_OF = {
  people: 'people',
  interactions: 'interactions',
  grievances: 'grievances',
  asks: 'asks',
  spaces: 'spaces',
  actions: 'actions',
  committees: 'committees',
  ...POWER_TABLE_OF,
} as const satisfies Record<IdKind, string>;

/** The write order respects references: people and spaces before what mentions them. */
const WRITE_ORDER = [
  'people',
  'spaces',
  'grievances',
  'interactions',
  'ties',
  'asks',
  'actions',
  'committees',
  // the power map's kinds (power-records.store.ts), after what they name
  'mandates',
  'moon_sessions',
  'votes',
  'satellite_effects',
  'picket_shifts',
  'mutual_aid',
] as const;

const CHUNK = 2000;

export interface WriteProgress {
  (kind: RecordKind, written: number, total: number): void;
}

/**
 * Write records into a workspace: new ids are inserted, known ids updated in place (their lists
 * replaced), nothing duplicated. Call inside {@link inTransaction} so a failure leaves nothing behind.
 * `known` names ids that may already be stored: only their old links are removed first.
 */
export async function writeRecords(
  db: Db,
  workspaceId: number,
  records: Partial<WorkspaceRecords>,
  options: { known?: Partial<Record<IdKind, ReadonlySet<string>>>; onProgress?: WriteProgress } = {},
): Promise<void> {
  const unitPaths = new Set<string>();
  for (const p of records.people ?? []) if (p.unit) unitPaths.add(p.unit);
  for (const g of records.grievances ?? []) if (g.unit) unitPaths.add(g.unit);
  for (const s of records.spaces ?? []) if (s.unit) unitPaths.add(s.unit);
  await ensureUnits(db, workspaceId, unitPaths);

  const relinked = (kind: IdKind, ids: string[]): string[] => {
    const known = options.known?.[kind];
    return known === undefined ? ids : ids.filter((id) => known.has(id));
  };

  for (const kind of WRITE_ORDER) {
    const list = records[kind];
    if (!list || list.length === 0) continue;
    for (let i = 0; i < list.length; i += CHUNK) {
      await writeChunk(db, workspaceId, kind, list.slice(i, i + CHUNK), relinked);
      options.onProgress?.(kind, Math.min(i + CHUNK, list.length), list.length);
    }
  }
}

async function writeChunk(
  db: Db,
  ws: number,
  kind: (typeof WRITE_ORDER)[number],
  chunk: readonly unknown[],
  relinked: (kind: IdKind, ids: string[]) => string[],
): Promise<void> {
  if (isPowerKind(kind)) {
    return writePowerChunk(db, ws, kind, chunk as never[], (ids) => relinked(kind, ids));
  }
  switch (kind) {
    case 'people':
      return upsertRows(
        db,
        'people',
        (chunk as Person[]).map((p) => personToRow(db.seal, ws, p)),
        ['workspace_id', 'id'],
      );
    case 'spaces':
      return upsertRows(
        db,
        'spaces',
        (chunk as Space[]).map((s) => spaceToRow(db.seal, ws, s)),
        ['workspace_id', 'id'],
      );
    case 'grievances':
      return upsertRows(
        db,
        'grievances',
        (chunk as Grievance[]).map((g) => grievanceToRow(db.seal, ws, g)),
        ['workspace_id', 'id'],
      );
    case 'ties':
      return upsertRows(
        db,
        'tie_observations',
        (chunk as TieObservation[]).map((t) => tieToRow(ws, t)),
        ['workspace_id', 'a', 'b', 'observed_on', 'observed_by'],
      );
    case 'asks':
      return upsertRows(
        db,
        'asks',
        (chunk as Ask[]).map((a) => askToRow(db.seal, ws, a)),
        ['workspace_id', 'id'],
      );
    case 'interactions': {
      const list = chunk as Interaction[];
      const old = relinked(
        'interactions',
        list.map((i) => i.id),
      );
      await deleteLinks(db, 'interaction_participants', ws, 'interaction_id', old);
      await deleteLinks(db, 'grievance_raisings', ws, 'interaction_id', old);
      await upsertRows(
        db,
        'interactions',
        list.map((i) => {
          const row = interactionToRow(db.seal, ws, i);
          // SQLite keeps who took part beside the row, for the model (migration 0008)
          return db.sqlite ? { ...row, participant_ids: participantIds(i) } : row;
        }),
        ['workspace_id', 'id'],
      );
      await insertRows(
        db,
        'interaction_participants',
        list.flatMap((i) => participantRows(ws, i)),
      );
      await insertRows(
        db,
        'grievance_raisings',
        list.flatMap((i) => raisingRows(ws, i)),
      );
      return;
    }
    case 'actions': {
      const list = chunk as Action[];
      const old = relinked(
        'actions',
        list.map((a) => a.id),
      );
      await deleteLinks(db, 'action_participants', ws, 'action_id', old);
      await deleteLinks(db, 'action_grievances', ws, 'action_id', old);
      await upsertRows(
        db,
        'actions',
        list.map((a) => actionToRow(db.seal, ws, a)),
        ['workspace_id', 'id'],
      );
      await insertRows(
        db,
        'action_participants',
        list.flatMap((a) =>
          a.participants.map((person_id, ord) => ({ workspace_id: ws, action_id: a.id, person_id, ord })),
        ),
      );
      await insertRows(
        db,
        'action_grievances',
        list.flatMap((a) =>
          a.grievances.map((grievance_id, ord) => ({ workspace_id: ws, action_id: a.id, grievance_id, ord })),
        ),
      );
      return;
    }
    case 'committees': {
      const list = chunk as Committee[];
      await deleteLinks(
        db,
        'committee_members',
        ws,
        'committee_id',
        relinked(
          'committees',
          list.map((c) => c.id),
        ),
      );
      await upsertRows(
        db,
        'committees',
        list.map((c) => committeeToRow(db.seal, ws, c)),
        ['workspace_id', 'id'],
      );
      await insertRows(
        db,
        'committee_members',
        list.flatMap((c) =>
          c.members.map((person_id, ord) => ({ workspace_id: ws, committee_id: c.id, person_id, ord })),
        ),
      );
      return;
    }
  }
}

const POWER_KINDS_SET: ReadonlySet<string> = new Set(Object.keys(POWER_TABLE_OF));
function isPowerKind(kind: RecordKind): kind is PowerKind {
  return POWER_KINDS_SET.has(kind);
}

/** The ids of one kind already stored in a workspace. */
export async function storedIds(db: Db, workspaceId: number, kind: IdKind): Promise<Set<string>> {
  const rows = await db.kysely
    .selectFrom(TABLE_OF[kind])
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** How many records of each kind a workspace holds. */
export async function countRecords(db: Db, workspaceId: number): Promise<Record<RecordKind, number>> {
  const count = async (table: keyof typeof COUNT_TABLES) => {
    const row = await db.kysely
      .selectFrom(COUNT_TABLES[table])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const out = {} as Record<RecordKind, number>;
  for (const kind of Object.keys(COUNT_TABLES) as RecordKind[]) out[kind] = await count(kind);
  return out;
}

const COUNT_TABLES = { ...TABLE_OF, ties: 'tie_observations' } as const satisfies Record<RecordKind, string>;

/**
 * Every record of one kind, a page at a time in id order, so that an export or an analysis of a large
 * workspace never holds more than a page of rows from the database at once.
 */
export async function* iterateRecords<K extends RecordKind>(
  db: Db,
  workspaceId: number,
  kind: K,
  pageSize = 5000,
): AsyncGenerator<WorkspaceRecords[K][number][]> {
  const pages = PAGERS[kind] as (db: Db, ws: number, n: number) => AsyncGenerator<WorkspaceRecords[K][number][]>;
  yield* pages(db, workspaceId, pageSize);
}

/** Every record of a workspace in memory: for small workspaces, tests and the round trip. */
export async function loadRecords(db: Db, workspaceId: number): Promise<WorkspaceRecords> {
  const out = emptyRecords();
  for (const kind of Object.keys(PAGERS) as RecordKind[]) {
    const target = out[kind] as unknown[];
    for await (const page of iterateRecords(db, workspaceId, kind)) for (const r of page) target.push(r);
  }
  return out;
}

async function* pagesById<Row extends { id: string }, Out>(
  fetchPage: (after: string | null) => Promise<Row[]>,
  complete: (rows: Row[]) => Promise<Out[]>,
): AsyncGenerator<Out[]> {
  let after: string | null = null;
  for (;;) {
    const rows = await fetchPage(after);
    if (rows.length === 0) return;
    yield await complete(rows);
    after = rows[rows.length - 1]!.id;
  }
}

export function groupBy<Row, K extends keyof Row>(rows: Row[], key: K): Map<Row[K], Row[]> {
  const out = new Map<Row[K], Row[]>();
  for (const r of rows) {
    const list = out.get(r[key]);
    if (list) list.push(r);
    else out.set(r[key], [r]);
  }
  return out;
}

const PAGERS: { [K in RecordKind]: (db: Db, ws: number, n: number) => AsyncGenerator<WorkspaceRecords[K][number][]> } =
  {
    mandates: (db, ws, n) => powerPages(db, ws, 'mandates', n),
    moon_sessions: (db, ws, n) => powerPages(db, ws, 'moon_sessions', n),
    votes: (db, ws, n) => powerPages(db, ws, 'votes', n),
    satellite_effects: (db, ws, n) => powerPages(db, ws, 'satellite_effects', n),
    picket_shifts: (db, ws, n) => powerPages(db, ws, 'picket_shifts', n),
    mutual_aid: (db, ws, n) => powerPages(db, ws, 'mutual_aid', n),
    people: (db, ws, n) =>
      pagesById(
        (after) =>
          db.kysely
            .selectFrom('people')
            .selectAll()
            .where('workspace_id', '=', ws)
            .$if(after !== null, (q) => q.where('id', '>', after!))
            .orderBy('id')
            .limit(n)
            .execute(),
        (rows) => Promise.resolve(rows.map((r) => personFromRow(db.seal, r))),
      ),
    spaces: (db, ws, n) =>
      pagesById(
        (after) =>
          db.kysely
            .selectFrom('spaces')
            .selectAll()
            .where('workspace_id', '=', ws)
            .$if(after !== null, (q) => q.where('id', '>', after!))
            .orderBy('id')
            .limit(n)
            .execute(),
        (rows) => Promise.resolve(rows.map((r) => spaceFromRow(db.seal, r))),
      ),
    grievances: (db, ws, n) =>
      pagesById(
        (after) =>
          db.kysely
            .selectFrom('grievances')
            .selectAll()
            .where('workspace_id', '=', ws)
            .$if(after !== null, (q) => q.where('id', '>', after!))
            .orderBy('id')
            .limit(n)
            .execute(),
        (rows) => Promise.resolve(rows.map((r) => grievanceFromRow(db.seal, r))),
      ),
    asks: (db, ws, n) =>
      pagesById(
        (after) =>
          db.kysely
            .selectFrom('asks')
            .selectAll()
            .where('workspace_id', '=', ws)
            .$if(after !== null, (q) => q.where('id', '>', after!))
            .orderBy('id')
            .limit(n)
            .execute(),
        (rows) => Promise.resolve(rows.map((r) => askFromRow(db.seal, r))),
      ),
    interactions: (db, ws, n) =>
      pagesById(
        (after) =>
          db.kysely
            .selectFrom('interactions')
            .selectAll()
            .where('workspace_id', '=', ws)
            .$if(after !== null, (q) => q.where('id', '>', after!))
            .orderBy('id')
            .limit(n)
            .execute(),
        async (rows) => {
          const ids = rows.map((r) => r.id);
          const participants = groupBy(
            await db.kysely
              .selectFrom('interaction_participants')
              .select(['interaction_id', 'person_id'])
              .where('workspace_id', '=', ws)
              .where('interaction_id', 'in', ids)
              .orderBy('interaction_id')
              .orderBy('ord')
              .execute(),
            'interaction_id',
          );
          const raised = groupBy(
            await db.kysely
              .selectFrom('grievance_raisings')
              .select(['interaction_id', 'grievance_id', 'person_id'])
              .where('workspace_id', '=', ws)
              .where('interaction_id', 'in', ids)
              .orderBy('interaction_id')
              .orderBy('ord')
              .execute(),
            'interaction_id',
          );
          return rows.map((r) =>
            interactionFromRows(
              db.seal,
              r,
              (participants.get(r.id) ?? []).map((p) => p.person_id),
              (raised.get(r.id) ?? []).map((g) => ({ grievance: g.grievance_id, by: g.person_id })),
            ),
          );
        },
      ),
    actions: (db, ws, n) =>
      pagesById(
        (after) =>
          db.kysely
            .selectFrom('actions')
            .selectAll()
            .where('workspace_id', '=', ws)
            .$if(after !== null, (q) => q.where('id', '>', after!))
            .orderBy('id')
            .limit(n)
            .execute(),
        async (rows) => {
          const ids = rows.map((r) => r.id);
          const participants = groupBy(
            await db.kysely
              .selectFrom('action_participants')
              .select(['action_id', 'person_id'])
              .where('workspace_id', '=', ws)
              .where('action_id', 'in', ids)
              .orderBy('action_id')
              .orderBy('ord')
              .execute(),
            'action_id',
          );
          const grievances = groupBy(
            await db.kysely
              .selectFrom('action_grievances')
              .select(['action_id', 'grievance_id'])
              .where('workspace_id', '=', ws)
              .where('action_id', 'in', ids)
              .orderBy('action_id')
              .orderBy('ord')
              .execute(),
            'action_id',
          );
          return rows.map((r) =>
            actionFromRow(
              db.seal,
              r,
              (participants.get(r.id) ?? []).map((p) => p.person_id),
              (grievances.get(r.id) ?? []).map((g) => g.grievance_id),
            ),
          );
        },
      ),
    committees: (db, ws, n) =>
      pagesById(
        (after) =>
          db.kysely
            .selectFrom('committees')
            .selectAll()
            .where('workspace_id', '=', ws)
            .$if(after !== null, (q) => q.where('id', '>', after!))
            .orderBy('id')
            .limit(n)
            .execute(),
        async (rows) => {
          const members = groupBy(
            await db.kysely
              .selectFrom('committee_members')
              .select(['committee_id', 'person_id'])
              .where('workspace_id', '=', ws)
              .where(
                'committee_id',
                'in',
                rows.map((r) => r.id),
              )
              .orderBy('committee_id')
              .orderBy('ord')
              .execute(),
            'committee_id',
          );
          return rows.map((r) =>
            committeeFromRow(
              db.seal,
              r,
              (members.get(r.id) ?? []).map((m) => m.person_id),
            ),
          );
        },
      ),
    ties: async function* (db, ws, n) {
      let after: TieObservationsTable | null = null;
      for (;;) {
        const cursor: TieObservationsTable | null = after;
        const rows: TieObservationsTable[] = await db.kysely
          .selectFrom('tie_observations')
          .selectAll()
          .where('workspace_id', '=', ws)
          .$if(cursor !== null, (q) =>
            q.where((eb) =>
              eb(
                eb.refTuple('a', 'b', 'observed_on', 'observed_by'),
                '>',
                eb.tuple(cursor!.a, cursor!.b, cursor!.observed_on, cursor!.observed_by),
              ),
            ),
          )
          .orderBy('a')
          .orderBy('b')
          .orderBy('observed_on')
          .orderBy('observed_by')
          .limit(n)
          .execute();
        if (rows.length === 0) return;
        yield rows.map(tieFromRow);
        after = rows[rows.length - 1]!;
      }
    },
  };

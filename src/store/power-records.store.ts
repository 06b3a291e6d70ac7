/**
 * The power map's records in the store (migration 0003): written and paged the way records.store.ts does the
 * relationship records (which hands these kinds to this file), and read as one viewer may see them, with the
 * need-to-know conditions of access-scope.ts (core: visibleRecords in src/core/access.ts).
 *
 * Each kind is described once: its table, its row mappers (which seal and open the sealed fields,
 * field-seal.ts), and its lists (link tables with `ord`), so that writing, paging and visible reads are the
 * same code for all six.
 */
import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { canEnterWorkspace, type Viewer } from '../core/access.js';
import type { PowerLookup, PowerRecords } from '../core/power-records.js';
import type { PowerKind } from '../core/records.js';
import type { Circle, SpaceKind } from '../core/vocabulary.js';
import {
  targetVisible,
  visibleActionIds,
  visibleInteractionIds,
  visibleMoonSessionIds,
  visiblePeopleIds,
  visibleSpaceIds,
} from './access-scope.js';
import { deleteLinks, insertRows, upsertRows } from './bulk.js';
import type { Database, Db } from './database.js';
import type { FieldSeal } from './field-seal.js';
import { mandateFromRow, mandateToRow, type MandatesTable } from './mandates.table.js';
import { moonSessionFromRow, moonSessionToRow, type MoonSessionsTable } from './moon-sessions.table.js';
import { mutualAidFromRow, mutualAidToRow, type MutualAidTable } from './mutual-aid.table.js';
import { picketShiftFromRow, picketShiftToRow, type PicketShiftsTable } from './picket-shifts.table.js';
import { satelliteEffectFromRow, satelliteEffectToRow, type SatelliteEffectsTable } from './satellite-effects.table.js';
import { voteFromRow, voteToRow, type VotesTable } from './votes.table.js';

type AnyRow = Record<string, unknown>;
type Lists = Record<string, string[]>;
type PowerRecord<K extends PowerKind> = PowerRecords[K][number];

/** A list of a record kept in a link table: `parent` names the record, `value` holds the item. */
interface ListSpec {
  field: string;
  table: keyof Database;
  parent: string;
  value: string;
  /** Whether the viewer may see an item: the condition on the link table's `value` column. */
  visible: (db: Db, ws: number, v: Viewer, column: string) => RawBuilder<SqlBool>;
}

interface KindSpec<K extends PowerKind> {
  table: keyof Database;
  toRow: (seal: FieldSeal, ws: number, record: PowerRecord<K>) => AnyRow;
  fromRow: (seal: FieldSeal, row: AnyRow, lists: Lists) => PowerRecord<K>;
  lists: ListSpec[];
}

const ALWAYS = sql<SqlBool>`1 = 1`;
const person = (db: Db, ws: number, v: Viewer, column: string) =>
  sql<SqlBool>`${sql.ref(column)} in (${visiblePeopleIds(db, ws, v)})`;
const target = (db: Db, ws: number, v: Viewer, column: string) => targetVisible(db, ws, v, column);
const list = (field: string, table: keyof Database, parent: string, value: string, visible = person): ListSpec => ({
  field,
  table,
  parent,
  value,
  visible,
});

const SPECS: { [K in PowerKind]: KindSpec<K> } = {
  mandates: {
    table: 'mandates',
    toRow: (seal, ws, m) => ({ ...mandateToRow(seal, ws, m) }),
    fromRow: (seal, r, l) => mandateFromRow(seal, r as unknown as MandatesTable, l.holders ?? []),
    lists: [list('holders', 'mandate_holders', 'mandate_id', 'person_id')],
  },
  moon_sessions: {
    table: 'moon_sessions',
    toRow: (seal, ws, s) => ({ ...moonSessionToRow(seal, ws, s) }),
    fromRow: (seal, r, l) =>
      moonSessionFromRow(seal, r as unknown as MoonSessionsTable, {
        attendees: l.attendees ?? [],
        mandates: l.mandates ?? [],
        reportedTo: l.reportedTo ?? [],
      }),
    lists: [
      list('attendees', 'moon_session_attendees', 'session_id', 'person_id'),
      // every mandate is the membership's, seen by anyone who may see the session
      list('mandates', 'moon_session_mandates', 'session_id', 'mandate_id', () => ALWAYS),
      list('reportedTo', 'moon_session_reported_to', 'session_id', 'target', target),
    ],
  },
  votes: {
    table: 'votes',
    toRow: (seal, ws, x) => ({ ...voteToRow(seal, ws, x) }),
    fromRow: (seal, r) => voteFromRow(seal, r as unknown as VotesTable),
    lists: [],
  },
  satellite_effects: {
    table: 'satellite_effects',
    toRow: (seal, ws, e) => ({ ...satelliteEffectToRow(seal, ws, e) }),
    fromRow: (seal, r, l) => satelliteEffectFromRow(seal, r as unknown as SatelliteEffectsTable, l.on ?? []),
    lists: [list('on', 'satellite_effect_targets', 'effect_id', 'target', target)],
  },
  picket_shifts: {
    table: 'picket_shifts',
    toRow: (_seal, ws, s) => ({ ...picketShiftToRow(ws, s) }),
    fromRow: (_seal, r, l) => picketShiftFromRow(r as unknown as PicketShiftsTable, l.people ?? []),
    lists: [list('people', 'picket_shift_people', 'shift_id', 'person_id')],
  },
  mutual_aid: {
    table: 'mutual_aid',
    toRow: (_seal, ws, a) => ({ ...mutualAidToRow(ws, a) }),
    fromRow: (_seal, r) => mutualAidFromRow(r as unknown as MutualAidTable),
    lists: [],
  },
};

/** The table of each kind, for ids and counts. */
export const POWER_TABLE_OF = {
  mandates: 'mandates',
  moon_sessions: 'moon_sessions',
  votes: 'votes',
  satellite_effects: 'satellite_effects',
  picket_shifts: 'picket_shifts',
  mutual_aid: 'mutual_aid',
} as const satisfies { [K in PowerKind]: keyof Database };

/**
 * Write a chunk of one power kind: rows upserted by (workspace, id), lists replaced. `relinked` gives the ids
 * that may already be stored, whose old list rows go first (records.store.ts's writeRecords).
 */
export async function writePowerChunk<K extends PowerKind>(
  db: Db,
  ws: number,
  kind: K,
  chunk: readonly PowerRecord<K>[],
  relinked: (ids: string[]) => string[],
): Promise<void> {
  const spec = SPECS[kind] as unknown as KindSpec<PowerKind>;
  const old = spec.lists.length > 0 ? relinked(chunk.map((r) => r.id)) : [];
  for (const l of spec.lists) await deleteLinks(db, l.table, ws, l.parent as never, old);
  await upsertRows(
    db,
    spec.table,
    chunk.map((r) => spec.toRow(db.seal, ws, r)) as never[],
    ['workspace_id', 'id'] as never[],
  );
  for (const l of spec.lists) {
    const rows = chunk.flatMap((r) =>
      ((r as unknown as Lists)[l.field] ?? []).map((item, ord) => ({
        workspace_id: ws,
        [l.parent]: r.id,
        [l.value]: item,
        ord,
      })),
    );
    await insertRows(db, l.table, rows as never[]);
  }
}

/**
 * Remove one record of a power kind with its lists (their link rows go first, as the foreign keys' cascade would).
 * Whether anything still names it is the caller's to check first (power.store.ts's powerReferences). True when
 * a row was removed.
 */
export async function deletePowerRow(db: Db, ws: number, kind: PowerKind, id: string): Promise<boolean> {
  const spec = SPECS[kind] as unknown as KindSpec<PowerKind>;
  for (const l of spec.lists) await deleteLinks(db, l.table, ws, l.parent as never, [id]);
  // Generic over the six tables, as readPower is.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const k = db.kysely as unknown as Kysely<any>;
  const result = await k
    .deleteFrom(spec.table as string)
    .where('workspace_id', '=', ws)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every record of one power kind, a page at a time in id order (records.store.ts's iterateRecords). */
export async function* powerPages<K extends PowerKind>(
  db: Db,
  ws: number,
  kind: K,
  pageSize: number,
): AsyncGenerator<PowerRecord<K>[]> {
  let after: string | null = null;
  for (;;) {
    const page: PowerRecord<K>[] = await readPower(db, ws, kind, null, { after, limit: pageSize });
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1]!.id;
  }
}

/** Every record of one power kind the viewer may see, in id order; `ids` narrows it. */
export async function visiblePower<K extends PowerKind>(
  db: Db,
  ws: number,
  v: Viewer,
  kind: K,
  ids?: readonly string[],
): Promise<PowerRecord<K>[]> {
  return readPower(db, ws, kind, v, ids === undefined ? {} : { ids });
}

/** One record the viewer may see, or null (hidden and missing look the same). */
export async function getVisiblePower<K extends PowerKind>(
  db: Db,
  ws: number,
  v: Viewer,
  kind: K,
  id: string,
): Promise<PowerRecord<K> | null> {
  const [found] = await visiblePower(db, ws, v, kind, [id]);
  return found ?? null;
}

/** Everything of the power map the viewer may see (visible-records.store.ts). */
export async function loadVisiblePowerRecords(db: Db, ws: number, v: Viewer): Promise<PowerRecords> {
  return {
    mandates: await visiblePower(db, ws, v, 'mandates'),
    moon_sessions: await visiblePower(db, ws, v, 'moon_sessions'),
    votes: await visiblePower(db, ws, v, 'votes'),
    satellite_effects: await visiblePower(db, ws, v, 'satellite_effects'),
    picket_shifts: await visiblePower(db, ws, v, 'picket_shifts'),
    mutual_aid: await visiblePower(db, ws, v, 'mutual_aid'),
  };
}

/**
 * Rows of a kind with their lists. With a viewer, only what they may see (core: visibleRecords), hidden
 * references blanked; without one, everything (the whole workspace: exports, analysis).
 */
async function readPower<K extends PowerKind>(
  db: Db,
  ws: number,
  kind: K,
  v: Viewer | null,
  q: { after?: string | null; limit?: number; ids?: readonly string[] },
): Promise<PowerRecord<K>[]> {
  if (v !== null && !canEnterWorkspace(v)) return [];
  const spec = SPECS[kind] as unknown as KindSpec<PowerKind>;
  const table = spec.table as string;
  // Generic over the six tables, which Kysely's types cannot follow; the specs' row types keep it honest.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const k = db.kysely as unknown as Kysely<any>;
  const seen = v === null ? { where: [], blank: {} } : visibility(db, ws, v, kind);
  const rows = (await k
    .selectFrom(table)
    .selectAll(table)
    .$if(Object.keys(seen.blank).length > 0, (b) =>
      b.select(Object.entries(seen.blank).map(([name, expr]) => expr.as(name))),
    )
    .where(`${table}.workspace_id`, '=', ws)
    .$if(seen.where.length > 0, (b) => b.where((eb) => eb.and(seen.where)))
    .$if(q.after !== undefined && q.after !== null, (b) => b.where(`${table}.id`, '>', q.after!))
    .$if(q.ids !== undefined, (b) => b.where(`${table}.id`, 'in', q.ids!.length > 0 ? [...q.ids!] : ['']))
    .orderBy(`${table}.id`)
    .$if(q.limit !== undefined, (b) => b.limit(q.limit!))
    .execute()) as AnyRow[];
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id as string);
  const lists = new Map<string, Lists>();
  for (const l of spec.lists) {
    const links = (await k
      .selectFrom(l.table)
      .select([l.parent, l.value])
      .where('workspace_id', '=', ws)
      .where(l.parent, 'in', ids)
      .$if(v !== null, (b) => b.where(l.visible(db, ws, v!, `${l.table}.${l.value}`)))
      .orderBy(l.parent)
      .orderBy('ord')
      .execute()) as AnyRow[];
    for (const link of links) {
      const parent = link[l.parent] as string;
      const own = lists.get(parent) ?? {};
      (own[l.field] ??= []).push(link[l.value] as string);
      lists.set(parent, own);
    }
  }
  return rows.map((r) => spec.fromRow(db.seal, r, lists.get(r.id as string) ?? {}) as PowerRecord<K>);
}

/** The need-to-know conditions of each kind's rows, and the references blanked when hidden (core: access.ts). */
function visibility(
  db: Db,
  ws: number,
  v: Viewer,
  kind: PowerKind,
): { where: RawBuilder<SqlBool>[]; blank: Record<string, RawBuilder<string | null>> } {
  const kept = (column: string, visible: RawBuilder<SqlBool>) =>
    sql<string | null>`case when ${visible} then ${sql.ref(column)} else null end`;
  const inside = (column: string, subquery: { compile(): unknown }) =>
    sql<SqlBool>`${sql.ref(column)} in (${subquery})`;
  const people = () => visiblePeopleIds(db, ws, v);
  switch (kind) {
    case 'mandates': {
      const decided = sql<SqlBool>`(${inside('mandates.decided_in', visibleInteractionIds(db, ws, v))} or ${inside(
        'mandates.decided_in',
        visibleActionIds(db, ws, v),
      )})`;
      return { where: [], blank: { decided_in: kept('mandates.decided_in', decided) } };
    }
    case 'moon_sessions':
      return { where: [inside('moon_sessions.space_id', visibleSpaceIds(db, ws, v))], blank: {} };
    case 'votes':
      return {
        where: [],
        blank: { session_id: kept('votes.session_id', inside('votes.session_id', visibleMoonSessionIds(db, ws, v))) },
      };
    case 'satellite_effects': {
      const targets = (visible: boolean) =>
        db.kysely
          .selectFrom('satellite_effect_targets as t')
          .select('t.effect_id')
          .where('t.workspace_id', '=', ws)
          .$if(visible, (b) => b.where(targetVisible(db, ws, v, 't.target')));
      // seen through its satellite, when it touched someone or some unit the viewer may see, or named nobody
      return {
        where: [
          inside('satellite_effects.satellite_id', people()),
          sql<SqlBool>`(satellite_effects.id not in (${targets(false)}) or satellite_effects.id in (${targets(true)}))`,
        ],
        blank: {},
      };
    }
    case 'picket_shifts':
      return { where: [inside('picket_shifts.space_id', visibleSpaceIds(db, ws, v))], blank: {} };
    case 'mutual_aid':
      return {
        where: [inside('mutual_aid.given_to', people())],
        blank: { given_by: kept('mutual_aid.given_by', inside('mutual_aid.given_by', people())) },
      };
  }
}

/**
 * What the power map's rules need of a stored workspace (core: PowerLookup): every person (and the circle of
 * those who are not workers), every space's kind, every unit. For an import's checks (src/bundle/check-power.ts).
 */
export async function loadPowerLookup(db: Db, ws: number): Promise<PowerLookup> {
  const people = new Map<string, Circle>();
  for (const r of await db.kysely
    .selectFrom('people')
    .select(['id', 'circle'])
    .where('workspace_id', '=', ws)
    .execute())
    people.set(r.id, r.circle as Circle);
  const spaces = new Map<string, SpaceKind>();
  for (const r of await db.kysely.selectFrom('spaces').select(['id', 'kind']).where('workspace_id', '=', ws).execute())
    spaces.set(r.id, r.kind as SpaceKind);
  const units = new Set(
    (await db.kysely.selectFrom('units').select('path').where('workspace_id', '=', ws).execute()).map((r) => r.path),
  );
  return { circleOf: (id) => people.get(id), spaceKindOf: (id) => spaces.get(id), isUnit: (path) => units.has(path) };
}

/** A workspace with nothing in it yet. */
export const NOTHING_STORED: PowerLookup = {
  circleOf: () => undefined,
  spaceKindOf: () => undefined,
  isUnit: () => false,
};

/**
 * The power map's records as the API and the web app use them: saving one record, the references a new
 * record may make (as the viewer sees the workspace), and the committee's relationship-first plans, with
 * need-to-know as everywhere (core: access.ts; SQL: access-scope.ts).
 */
import { sql, type Expression } from 'kysely';
import { canEnterWorkspace, type Viewer } from '../core/access.js';
import { newId } from '../core/ids.js';
import type { Plan, PowerRecords } from '../core/power-records.js';
import type { PowerKind } from '../core/records.js';
import type { Circle } from '../core/vocabulary.js';
import {
  concernsViewer,
  keptIf,
  targetVisible,
  visibleActionIds,
  visibleInteractionIds,
  visibleMoonSessionIds,
  visiblePeopleIds,
} from './access-scope.js';
import { deleteLinks, insertRows, upsertRows } from './bulk.js';
import { inTransaction, type Db } from './database.js';
import type { Random } from './people.store.js';
import { deletePowerRow } from './power-records.store.js';
import { planFromRow, planToRow } from './plans.table.js';
import { writeRecords } from './records.store.js';

/** Write one record of the power map (new, or replacing the one with its id, lists and all). */
export async function savePowerRecord<K extends PowerKind>(
  db: Db,
  ws: number,
  kind: K,
  record: PowerRecords[K][number],
): Promise<void> {
  await inTransaction(db, (tx) => writeRecords(tx, ws, { [kind]: [record] }));
}

/** The kinds of record that can name another record (a space, a mandate, a session) by its id. */
export type ReferringKind = 'interactions' | 'actions' | 'moon_sessions' | 'picket_shifts' | 'votes';

/**
 * What still names a record, as one viewer may know it: how many records of each kind they may see, and whether
 * any they may not see do too (only whether: how many, and of which kind, is not theirs to know).
 */
export interface References {
  visible: Partial<Record<ReferringKind, number>>;
  hidden: boolean;
}

const NO_REFERENCES: References = { visible: {}, hidden: false };

/** One kind of record naming the one asked about: a query of the ids that do, and of those the viewer may see. */
export interface ReferringIds {
  kind: ReferringKind;
  all: Expression<unknown>;
  visible: Expression<unknown>;
}

async function countIn(db: Db, ids: Expression<unknown>): Promise<number> {
  const { rows } = await sql<{ n: number | string }>`select count(*) as n from (${ids}) as referring`.execute(
    db.kysely,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Count what names a record, kind by kind, as the viewer may know it (References). */
export async function countReferences(db: Db, referring: readonly ReferringIds[]): Promise<References> {
  const out: References = { visible: {}, hidden: false };
  for (const r of referring) {
    const all = await countIn(db, r.all);
    if (all === 0) continue;
    const visible = await countIn(db, r.visible);
    if (visible > 0) out.visible[r.kind] = visible;
    if (visible < all) out.hidden = true;
  }
  return out;
}

/**
 * What still names a mandate (votes on it, sessions that took it up) or a session (votes held at it). Every
 * vote is seen by everyone in the workspace; a session by whoever may see its moon space. Nothing names the
 * other kinds. docs/adr/0006-correcting-and-removing-records.md says why such a record is not removed.
 */
export async function powerReferences(
  db: Db,
  ws: number,
  v: Viewer,
  kind: PowerKind | 'plans',
  id: string,
): Promise<References> {
  const votes = (column: 'mandate_id' | 'session_id') =>
    db.kysely.selectFrom('votes').select('votes.id').where('votes.workspace_id', '=', ws).where(column, '=', id);
  switch (kind) {
    case 'mandates': {
      const sessions = db.kysely
        .selectFrom('moon_session_mandates as sm')
        .select('sm.session_id as id')
        .where('sm.workspace_id', '=', ws)
        .where('sm.mandate_id', '=', id);
      return countReferences(db, [
        { kind: 'votes', all: votes('mandate_id'), visible: votes('mandate_id') },
        {
          kind: 'moon_sessions',
          all: sessions,
          visible: sessions.where('sm.session_id', 'in', visibleMoonSessionIds(db, ws, v)),
        },
      ]);
    }
    case 'moon_sessions':
      return countReferences(db, [{ kind: 'votes', all: votes('session_id'), visible: votes('session_id') }]);
    default:
      return NO_REFERENCES;
  }
}

/** Remove one record of the power map with its lists. True when there was one. */
export async function removePowerRecord(db: Db, ws: number, kind: PowerKind, id: string): Promise<boolean> {
  return inTransaction(db, (tx) => deletePowerRow(tx, ws, kind, id));
}

/** A new id for a record made in the app: a prefix naming its kind (ids.ts). */
export function newPowerId(kind: PowerKind | 'plans', random: Random): string {
  const prefix = {
    mandates: 'md',
    moon_sessions: 'ms',
    votes: 'v',
    satellite_effects: 'se',
    picket_shifts: 'ps',
    mutual_aid: 'ma',
    plans: 'pl',
  }[kind];
  return newId(prefix, random);
}

/** Which of these ids name an interaction or an action the viewer may see (what a mandate was decided in). */
export async function visibleDecisions(db: Db, ws: number, v: Viewer, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0 || !canEnterWorkspace(v)) return new Set();
  const list = [...new Set(ids)];
  const found = new Set<string>();
  const visible = { interactions: visibleInteractionIds(db, ws, v), actions: visibleActionIds(db, ws, v) };
  for (const table of ['interactions', 'actions'] as const) {
    const rows = await db.kysely
      .selectFrom(table)
      .select('id')
      .where('workspace_id', '=', ws)
      .where('id', 'in', list)
      .where('id', 'in', visible[table])
      .execute();
    for (const r of rows) found.add(r.id);
  }
  return found;
}

/**
 * What each target (a person's id or a unit path) is to the viewer: a person they may see, a unit of the
 * workplace that concerns them, or nothing they may see (hidden and missing look the same).
 */
export async function resolveTargets(
  db: Db,
  ws: number,
  v: Viewer,
  items: readonly string[],
): Promise<Map<string, 'person' | 'unit' | 'none'>> {
  const out = new Map<string, 'person' | 'unit' | 'none'>();
  const list = [...new Set(items)];
  if (list.length === 0) return out;
  const people = new Set(
    (
      await db.kysely.selectFrom('people').select('id').where('workspace_id', '=', ws).where('id', 'in', list).execute()
    ).map((r) => r.id),
  );
  const visible = new Set(
    (
      await db.kysely
        .selectFrom('people')
        .select('id')
        .where('workspace_id', '=', ws)
        .where('id', 'in', list)
        .where('id', 'in', visiblePeopleIds(db, ws, v))
        .execute()
    ).map((r) => r.id),
  );
  const units = new Set(
    (
      await db.kysely
        .selectFrom('units')
        .select('path')
        .where('workspace_id', '=', ws)
        .where('path', 'in', list)
        .where(concernsViewer(v, 'units.path'))
        .execute()
    ).map((r) => r.path),
  );
  for (const item of list) {
    out.set(item, people.has(item) ? (visible.has(item) ? 'person' : 'none') : units.has(item) ? 'unit' : 'none');
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Plans

/** Plans the viewer may see (every member of the workspace may), with the targets and action they may see. */
export async function visiblePlans(db: Db, ws: number, v: Viewer, ids?: readonly string[]): Promise<Plan[]> {
  if (!canEnterWorkspace(v)) return [];
  const rows = await db.kysely
    .selectFrom('plans')
    .selectAll()
    .select(keptIf('plans.action_id', visibleActionIds(db, ws, v)).as('action_id'))
    .where('workspace_id', '=', ws)
    .$if(ids !== undefined, (b) => b.where('id', 'in', ids!.length > 0 ? [...ids!] : ['']))
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const expected = new Map<string, string[]>();
  for (const r of await db.kysely
    .selectFrom('plan_expected')
    .select(['plan_id', 'target'])
    .where('workspace_id', '=', ws)
    .where(
      'plan_id',
      'in',
      rows.map((r) => r.id),
    )
    .where(targetVisible(db, ws, v, 'plan_expected.target'))
    .orderBy('plan_id')
    .orderBy('ord')
    .execute()) {
    expected.set(r.plan_id, [...(expected.get(r.plan_id) ?? []), r.target]);
  }
  return rows.map((r) => planFromRow(db.seal, r, expected.get(r.id) ?? []));
}

export async function getVisiblePlan(db: Db, ws: number, v: Viewer, id: string): Promise<Plan | null> {
  const [found] = await visiblePlans(db, ws, v, [id]);
  return found ?? null;
}

/** Write a plan (new, or replacing the one with its id). */
export async function savePlan(db: Db, ws: number, plan: Plan): Promise<void> {
  await inTransaction(db, async (tx) => {
    await deleteLinks(tx, 'plan_expected', ws, 'plan_id', [plan.id]);
    await upsertRows(tx, 'plans', [planToRow(tx.seal, ws, plan)], ['workspace_id', 'id']);
    await insertRows(
      tx,
      'plan_expected',
      plan.expected.map((target, ord) => ({ workspace_id: ws, plan_id: plan.id, target, ord })),
    );
  });
}

/** Remove a plan and whom it expected. True when there was one. */
export async function removePlan(db: Db, ws: number, id: string): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    await deleteLinks(tx, 'plan_expected', ws, 'plan_id', [id]);
    const result = await tx.kysely
      .deleteFrom('plans')
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  });
}

/** The circles and names of those of these people the viewer may see (the others are, to them, not there). */
export async function visiblePeopleCircles(
  db: Db,
  ws: number,
  v: Viewer,
  ids: readonly string[],
): Promise<Map<string, { circle: Circle; name: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.kysely
    .selectFrom('people')
    .select(['id', 'circle', 'name'])
    .where('workspace_id', '=', ws)
    .where('id', 'in', [...new Set(ids)])
    .where('id', 'in', visiblePeopleIds(db, ws, v))
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        circle: r.circle as Circle,
        name: db.seal.open({ table: 'people', column: 'name', workspaceId: ws, rowId: r.id }, r.name),
      },
    ]),
  );
}

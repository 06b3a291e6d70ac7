/**
 * The power map's records as the API and the web app use them: saving one record, the references a new
 * record may make (as the viewer sees the workspace), and the committee's relationship-first plans, with
 * need-to-know as everywhere (core: access.ts; SQL: access-scope.ts).
 */
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
  visiblePeopleIds,
} from './access-scope.js';
import { deleteLinks, insertRows, upsertRows } from './bulk.js';
import { inTransaction, type Db } from './database.js';
import type { Random } from './people.store.js';
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

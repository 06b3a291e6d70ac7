import type { Viewer } from '../core/access.js';
import { newId } from '../core/ids.js';
import type { Grievance } from '../core/records.js';
import { concernsViewer, visibleGrievanceIds, visibleInteractionIds, visiblePeopleIds } from './access-scope.js';
import { inTransaction, type Db } from './database.js';
import { grievanceFromRow } from './grievances.table.js';
import type { Random } from './people.store.js';
import { writeRecords } from './records.store.js';

/** One time a grievance was raised: by whom (null when the record does not say), in which conversation, when. */
export interface RaisingSeen {
  grievance: string;
  by: string | null;
  interaction: string;
  occurredOn: string;
}

export interface GrievanceWithRaisings extends Grievance {
  raisings: RaisingSeen[];
}

/** Grievances the viewer may see, each with the raisings they may see, newest raising first. */
export async function listGrievances(db: Db, ws: number, v: Viewer): Promise<GrievanceWithRaisings[]> {
  const rows = await db.kysely
    .selectFrom('grievances')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where(concernsViewer(v, 'grievances.unit_path'))
    .orderBy('id')
    .execute();
  const raisings = await fetchRaisings(db, ws, v, {});
  return rows.map((r) => ({
    ...grievanceFromRow(db.seal, r),
    raisings: raisings.filter((x) => x.grievance === r.id),
  }));
}

export async function getGrievance(db: Db, ws: number, v: Viewer, id: string): Promise<GrievanceWithRaisings | null> {
  const row = await db.kysely
    .selectFrom('grievances')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where('id', '=', id)
    .where(concernsViewer(v, 'grievances.unit_path'))
    .executeTakeFirst();
  if (!row) return null;
  return { ...grievanceFromRow(db.seal, row), raisings: await fetchRaisings(db, ws, v, { grievance: id }) };
}

/** The grievances among these ids that the viewer may see (the others are, to them, not there). */
export async function visibleGrievancesAmong(
  db: Db,
  ws: number,
  v: Viewer,
  ids: readonly string[],
): Promise<Map<string, Grievance>> {
  if (ids.length === 0) return new Map();
  const rows = await db.kysely
    .selectFrom('grievances')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where('id', 'in', [...new Set(ids)])
    .where(concernsViewer(v, 'grievances.unit_path'))
    .execute();
  return new Map(rows.map((r) => [r.id, grievanceFromRow(db.seal, r)]));
}

/**
 * Raisings the viewer may see: of visible grievances, in conversations they may see, by people they may see
 * (or by nobody named), as core's visibleInteraction keeps them.
 */
export async function fetchRaisings(
  db: Db,
  ws: number,
  v: Viewer,
  q: { grievance?: string; person?: string },
): Promise<RaisingSeen[]> {
  const rows = await db.kysely
    .selectFrom('grievance_raisings as gr')
    .innerJoin('interactions as i', (j) =>
      j.onRef('i.workspace_id', '=', 'gr.workspace_id').onRef('i.id', '=', 'gr.interaction_id'),
    )
    .select(['gr.grievance_id', 'gr.person_id', 'gr.interaction_id', 'i.occurred_on'])
    .where('gr.workspace_id', '=', ws)
    .where('gr.grievance_id', 'in', visibleGrievanceIds(db, ws, v))
    .where('gr.interaction_id', 'in', visibleInteractionIds(db, ws, v))
    .where((eb) => eb.or([eb('gr.person_id', 'is', null), eb('gr.person_id', 'in', visiblePeopleIds(db, ws, v))]))
    .$if(q.grievance !== undefined, (b) => b.where('gr.grievance_id', '=', q.grievance!))
    .$if(q.person !== undefined, (b) => b.where('gr.person_id', '=', q.person!))
    .orderBy('i.occurred_on', 'desc')
    .orderBy('gr.interaction_id')
    .orderBy('gr.ord')
    .execute();
  return rows.map((r) => ({
    grievance: r.grievance_id,
    by: r.person_id,
    interaction: r.interaction_id,
    occurredOn: r.occurred_on,
  }));
}

export async function createGrievance(
  db: Db,
  ws: number,
  grievance: Omit<Grievance, 'id'>,
  random: Random,
): Promise<Grievance> {
  const created: Grievance = { ...grievance, id: newId('g', random) };
  await inTransaction(db, (tx) => writeRecords(tx, ws, { grievances: [created] }));
  return created;
}

/** Replace a grievance's fields (the caller has merged the change and checked what the viewer may see). */
export async function updateGrievance(db: Db, ws: number, grievance: Grievance): Promise<void> {
  await inTransaction(db, (tx) => writeRecords(tx, ws, { grievances: [grievance] }));
}

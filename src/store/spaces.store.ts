import type { Viewer } from '../core/access.js';
import { newId } from '../core/ids.js';
import type { Space } from '../core/records.js';
import {
  concernsViewer,
  visibleActionIds,
  visibleInteractionIds,
  visibleMoonSessionIds,
  visibleSpaceIds,
} from './access-scope.js';
import { inTransaction, type Db } from './database.js';
import type { Random } from './people.store.js';
import { countReferences, type References } from './power.store.js';
import { writeRecords } from './records.store.js';
import { spaceFromRow } from './spaces.table.js';

/** The spaces (sun, moon, other) that concern the viewer, in id order. */
export async function listSpaces(db: Db, ws: number, v: Viewer, ids?: readonly string[]): Promise<Space[]> {
  const rows = await db.kysely
    .selectFrom('spaces')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where(concernsViewer(v, 'spaces.unit_path'))
    .$if(ids !== undefined, (b) => b.where('id', 'in', ids!.length > 0 ? [...ids!] : ['']))
    .orderBy('id')
    .execute();
  return rows.map((r) => spaceFromRow(db.seal, r));
}

/** One space that concerns the viewer, or null (hidden and missing look the same). */
export async function getVisibleSpace(db: Db, ws: number, v: Viewer, id: string): Promise<Space | null> {
  const [found] = await listSpaces(db, ws, v, [id]);
  return found ?? null;
}

export async function createSpace(db: Db, ws: number, space: Omit<Space, 'id'>, random: Random): Promise<Space> {
  const created: Space = { ...space, id: newId('s', random) };
  await inTransaction(db, (tx) => writeRecords(tx, ws, { spaces: [created] }));
  return created;
}

/** Write a space's new name, kind or unit over the one with its id (the name is sealed on the way: field-seal.ts). */
export async function saveSpace(db: Db, ws: number, space: Space): Promise<void> {
  await inTransaction(db, (tx) => writeRecords(tx, ws, { spaces: [space] }));
}

/**
 * What still names a space, as the viewer may know it: conversations, actions, moon sessions and picket shifts
 * held there. Sessions, shifts and actions at a space are seen by whoever sees the space; a conversation there
 * may be between people the viewer may not see.
 */
export async function spaceReferences(db: Db, ws: number, v: Viewer, id: string): Promise<References> {
  const heldThere = (table: 'interactions' | 'actions' | 'moon_sessions' | 'picket_shifts') =>
    db.kysely.selectFrom(table).select('id').where('workspace_id', '=', ws).where('space_id', '=', id);
  const interactions = heldThere('interactions');
  const actions = heldThere('actions');
  const sessions = heldThere('moon_sessions');
  const shifts = heldThere('picket_shifts');
  return countReferences(db, [
    {
      kind: 'interactions',
      all: interactions,
      visible: interactions.where('id', 'in', visibleInteractionIds(db, ws, v)),
    },
    { kind: 'actions', all: actions, visible: actions.where('id', 'in', visibleActionIds(db, ws, v)) },
    {
      kind: 'moon_sessions',
      all: sessions,
      visible: sessions.where('id', 'in', visibleMoonSessionIds(db, ws, v)),
    },
    {
      kind: 'picket_shifts',
      all: shifts,
      visible: shifts.where('space_id', 'in', visibleSpaceIds(db, ws, v)),
    },
  ]);
}

/** Remove a space. Whether anything still names it is the caller's to check first (spaceReferences). */
export async function removeSpace(db: Db, ws: number, id: string): Promise<boolean> {
  const result = await db.kysely
    .deleteFrom('spaces')
    .where('workspace_id', '=', ws)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

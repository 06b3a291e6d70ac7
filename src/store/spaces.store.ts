import type { Viewer } from '../core/access.js';
import { newId } from '../core/ids.js';
import type { Space } from '../core/records.js';
import { concernsViewer } from './access-scope.js';
import { inTransaction, type Db } from './database.js';
import type { Random } from './people.store.js';
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

export async function createSpace(db: Db, ws: number, space: Omit<Space, 'id'>, random: Random): Promise<Space> {
  const created: Space = { ...space, id: newId('s', random) };
  await inTransaction(db, (tx) => writeRecords(tx, ws, { spaces: [created] }));
  return created;
}

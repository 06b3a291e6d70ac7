/** The wrapped data keys of a PostgreSQL store (sodium-seal.ts). Only ever wrapped: never a key itself. */
import type { Db } from '../database.js';

export interface WrappedKey {
  workspaceId: number;
  version: number;
  wrapped: string;
}

export async function loadWrappedKeys(db: Db, workspaceId?: number): Promise<WrappedKey[]> {
  const rows = await db.kysely
    .selectFrom('data_keys')
    .select(['workspace_id', 'version', 'wrapped'])
    .$if(workspaceId !== undefined, (q) => q.where('workspace_id', '=', workspaceId!))
    .orderBy('workspace_id')
    .orderBy('version')
    .execute();
  return rows.map((r) => ({ workspaceId: r.workspace_id, version: r.version, wrapped: r.wrapped }));
}

export async function countWrappedKeys(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('data_keys')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Store a wrapped key; a key of that version made meanwhile by another process wins, and this one is dropped. */
export async function insertWrappedKey(
  db: Db,
  k: { workspaceId: number; version: number; wrapped: string; now: Date },
): Promise<void> {
  await db.kysely
    .insertInto('data_keys')
    .values({ workspace_id: k.workspaceId, version: k.version, wrapped: k.wrapped, created_at: k.now.toISOString() })
    .onConflict((oc) => oc.columns(['workspace_id', 'version']).doNothing())
    .execute();
}

/** Remove every version of a workspace's key below `keep`. */
export async function deleteKeysBelow(db: Db, workspaceId: number, keep: number): Promise<void> {
  await db.kysely.deleteFrom('data_keys').where('workspace_id', '=', workspaceId).where('version', '<', keep).execute();
}

import type { Selectable } from 'kysely';
import type { Workspace } from '../core/workspace.js';
import { unitAncestry, unitName, parentUnit } from '../core/units.js';
import type { Db } from './database.js';
import { StoreError } from './store-error.js';
import type { WorkspacesTable } from './workspaces.table.js';

export function workspaceFromRow(r: Selectable<WorkspacesTable>): Workspace {
  return {
    id: r.id,
    name: r.name,
    settings: JSON.parse(r.settings) as Record<string, unknown>,
    createdAt: r.created_at,
  };
}

export async function findWorkspace(db: Db, name: string): Promise<Workspace | null> {
  const row = await db.kysely.selectFrom('workspaces').selectAll().where('name', '=', name).executeTakeFirst();
  if (!row) return null;
  // Sealed fields (PostgreSQL): the workspace's data key, which another process may have made.
  await db.seal.ready?.(db, row.id);
  return workspaceFromRow(row);
}

/** The workspace of that name, or a clear error naming the ones there are. */
export async function getWorkspace(db: Db, name: string): Promise<Workspace> {
  const ws = await findWorkspace(db, name);
  if (ws) return ws;
  const names = (await listWorkspaces(db)).map((w) => w.name);
  throw new StoreError(
    'workspace_not_found',
    names.length
      ? `there is no workspace named "${name}"; there are: ${names.join(', ')}`
      : `there is no workspace named "${name}" (there are none yet)`,
  );
}

export async function createWorkspace(db: Db, name: string, now: Date = new Date()): Promise<Workspace> {
  if (await findWorkspace(db, name)) throw new StoreError('workspace_exists', `a workspace named "${name}" exists`);
  const row = await db.kysely
    .insertInto('workspaces')
    .values({ name, settings: '{}', created_at: now.toISOString() })
    .returningAll()
    .executeTakeFirstOrThrow();
  await db.seal.ready?.(db, row.id);
  return workspaceFromRow(row);
}

export async function getOrCreateWorkspace(db: Db, name: string): Promise<{ workspace: Workspace; created: boolean }> {
  const found = await findWorkspace(db, name);
  if (found) return { workspace: found, created: false };
  return { workspace: await createWorkspace(db, name), created: true };
}

export async function listWorkspaces(db: Db): Promise<Workspace[]> {
  const rows = await db.kysely.selectFrom('workspaces').selectAll().orderBy('name').execute();
  return rows.map(workspaceFromRow);
}

export async function updateWorkspaceSettings(db: Db, id: number, settings: Record<string, unknown>): Promise<void> {
  await db.kysely
    .updateTable('workspaces')
    .set({ settings: JSON.stringify(settings) })
    .where('id', '=', id)
    .execute();
}

export async function deleteWorkspace(db: Db, id: number): Promise<void> {
  await db.kysely.deleteFrom('workspaces').where('id', '=', id).execute();
}

/** Make sure every unit on these paths exists, with its ancestors: the workplace tree grows from paths. */
export async function ensureUnits(db: Db, workspaceId: number, paths: Iterable<string>): Promise<void> {
  const all = new Set<string>();
  for (const p of paths) for (const a of unitAncestry(p)) all.add(a);
  if (all.size === 0) return;
  const rows = [...all].map((path) => ({
    workspace_id: workspaceId,
    path,
    parent_path: parentUnit(path),
    name: unitName(path),
  }));
  for (let i = 0; i < rows.length; i += 1000) {
    await db.kysely
      .insertInto('units')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.columns(['workspace_id', 'path']).doNothing())
      .execute();
  }
}

export async function listUnits(db: Db, workspaceId: number): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom('units')
    .select('path')
    .where('workspace_id', '=', workspaceId)
    .orderBy('path')
    .execute();
  return rows.map((r) => r.path);
}

import { sql } from 'kysely';
import type { Viewer } from '../core/access.js';
import type { Grant, User } from '../core/accounts.js';
import type { Workspace } from '../core/workspace.js';
import type { Db } from './database.js';
import { workspaceFromRow } from './workspaces.store.js';

/**
 * Unit grants: which parts of which workspace a lead or member may see (src/core/access.ts). Admins need
 * none: they see everything.
 */

/** Grant a unit (with everything under it), or the whole workspace when `unit` is null. Granting twice is harmless. */
export async function grantUnit(db: Db, userId: number, workspaceId: number, unit: string | null): Promise<boolean> {
  if (await hasGrant(db, userId, workspaceId, unit)) return false;
  await db.kysely
    .insertInto('workspace_grants')
    .values({ user_id: userId, workspace_id: workspaceId, unit_path: unit })
    .execute();
  return true;
}

/** Take back exactly this grant; returns whether there was one. Grants of units under it stay. */
export async function revokeUnit(db: Db, userId: number, workspaceId: number, unit: string | null): Promise<boolean> {
  const result = await db.kysely
    .deleteFrom('workspace_grants')
    .where('user_id', '=', userId)
    .where('workspace_id', '=', workspaceId)
    .where((eb) => (unit === null ? eb('unit_path', 'is', null) : eb('unit_path', '=', unit)))
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

async function hasGrant(db: Db, userId: number, workspaceId: number, unit: string | null): Promise<boolean> {
  const row = await db.kysely
    .selectFrom('workspace_grants')
    .select('id')
    .where('user_id', '=', userId)
    .where('workspace_id', '=', workspaceId)
    .where((eb) => (unit === null ? eb('unit_path', 'is', null) : eb('unit_path', '=', unit)))
    .executeTakeFirst();
  return row !== undefined;
}

/** Every grant a user holds, by workspace name. */
export async function grantsOf(db: Db, userId: number): Promise<Grant[]> {
  const rows = await db.kysely
    .selectFrom('workspace_grants')
    .innerJoin('workspaces', 'workspaces.id', 'workspace_grants.workspace_id')
    .select(['workspaces.name as workspace', 'workspace_grants.unit_path as unit'])
    .where('workspace_grants.user_id', '=', userId)
    .orderBy('workspaces.name')
    // The whole-workspace grant (null) first, on both engines.
    .orderBy(sql`coalesce(workspace_grants.unit_path, '')`)
    .execute();
  return rows.map((r) => ({ workspace: r.workspace, unit: r.unit }));
}

/** Every grant of every user: for the account list. */
export async function allGrants(db: Db): Promise<Map<number, Grant[]>> {
  const rows = await db.kysely
    .selectFrom('workspace_grants')
    .innerJoin('workspaces', 'workspaces.id', 'workspace_grants.workspace_id')
    .select([
      'workspace_grants.user_id as userId',
      'workspaces.name as workspace',
      'workspace_grants.unit_path as unit',
    ])
    .orderBy('workspaces.name')
    // The whole-workspace grant (null) first, on both engines.
    .orderBy(sql`coalesce(workspace_grants.unit_path, '')`)
    .execute();
  const out = new Map<number, Grant[]>();
  for (const r of rows) {
    const list = out.get(r.userId) ?? [];
    list.push({ workspace: r.workspace, unit: r.unit });
    out.set(r.userId, list);
  }
  return out;
}

/** What this user may see of this workspace, as the need-to-know policy takes it. */
export async function viewerFor(db: Db, user: Pick<User, 'id' | 'role'>, workspaceId: number): Promise<Viewer> {
  if (user.role === 'admin') return { userId: user.id, role: 'admin', units: 'all' };
  const rows = await db.kysely
    .selectFrom('workspace_grants')
    .select('unit_path')
    .where('user_id', '=', user.id)
    .where('workspace_id', '=', workspaceId)
    .orderBy('unit_path')
    .execute();
  if (rows.some((r) => r.unit_path === null)) return { userId: user.id, role: user.role, units: 'all' };
  return { userId: user.id, role: user.role, units: rows.map((r) => r.unit_path!) };
}

/** The workspaces this user may enter: all of them for an admin, else those where they hold a grant. */
export async function workspacesFor(db: Db, user: Pick<User, 'id' | 'role'>): Promise<Workspace[]> {
  const rows = await db.kysely
    .selectFrom('workspaces')
    .selectAll()
    .$if(user.role !== 'admin', (q) =>
      q.where('id', 'in', (eb) =>
        eb.selectFrom('workspace_grants').select('workspace_id').where('user_id', '=', user.id),
      ),
    )
    .orderBy('name')
    .execute();
  return rows.map(workspaceFromRow);
}

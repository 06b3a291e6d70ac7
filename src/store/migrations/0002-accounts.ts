import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';
import { idColumn } from './columns.js';

/**
 * Accounts and sign-in (issue 4, and the roles of need-to-know in src/core/access.ts):
 * - users: one account each; `role` is admin | lead | member; `language` is the person's display language
 *   (null: follow the browser).
 * - sessions: keyed by the SHA-256 of the session token, never the token itself, so a copy of the table
 *   cannot be replayed as cookies. `last_seen_at` drives the idle timeout, `expires_at` the absolute one.
 * - workspace_grants: which units of which workspace a lead or member may see; a null unit is the whole
 *   workspace. At most one grant per (user, workspace, unit), enforced by an index over the unit with null
 *   folded to '' (both engines treat nulls as distinct in unique indexes).
 * - interactions.logged_by: who wrote the note. Members read only their own notes; imported records have none.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', (c) => idColumn(c, engine))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('workspace_grants')
    .addColumn('id', 'integer', (c) => idColumn(c, engine))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('workspace_id', 'integer', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('unit_path', 'text')
    .execute();
  await db.schema
    .createIndex('workspace_grants_unique')
    .on('workspace_grants')
    .unique()
    .expression(sql`user_id, workspace_id, coalesce(unit_path, '')`)
    .execute();

  await db.schema
    .alterTable('interactions')
    .addColumn('logged_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
}

import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';
import { idColumn } from './columns.js';

/**
 * Security (issue 5, docs/security.md):
 * - audit_log: append-only and hash-chained (audit.store.ts). `seq` is given by the writer, not generated,
 *   so that a gap is visible; no foreign keys, so that an entry outlives the account or workspace it names.
 *   A trigger refuses every UPDATE and DELETE on both engines (and TRUNCATE on PostgreSQL).
 * - sign_in_failures: failed guesses, so that a restart does not reset the limits. `address_hash` is a keyed
 *   hash of the address under a key held only in the server's memory and replaced daily: never the address.
 * - passkeys, totp_factors, recovery_codes: second ways in. The TOTP secret is sealed on PostgreSQL;
 *   recovery codes are stored only as hashes.
 * - data_keys: on PostgreSQL, each workspace's data keys (workspace 0: account secrets), wrapped by the master
 *   key, which never enters the database.
 * - sessions.reauthed_at: when this session last proved its password again (exports, wipe, new factors).
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'integer')
    .addColumn('subject', 'text')
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_workspace').on('audit_log').columns(['workspace_id', 'seq']).execute();

  if (engine === 'sqlite') {
    await sql`create trigger audit_log_no_update before update on audit_log
      begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log
      begin select raise(abort, 'the audit log is append-only'); end`.execute(db);
  } else {
    await sql`create or replace function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'the audit log is append-only'; end $$`.execute(db);
    await sql`create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
    await sql`revoke update, delete, truncate on audit_log from public`.execute(db);
  }

  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', 'integer', (c) => idColumn(c, engine))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('address_hash', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_failures_user').on('sign_in_failures').columns(['user_id', 'at']).execute();
  await db.schema
    .createIndex('sign_in_failures_address')
    .on('sign_in_failures')
    .columns(['address_hash', 'at'])
    .execute();

  await db.schema
    .createTable('passkeys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('public_key', 'text', (c) => c.notNull())
    .addColumn('counter', 'integer', (c) => c.notNull())
    .addColumn('transports', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute();
  await db.schema.createIndex('passkeys_user').on('passkeys').column('user_id').execute();

  await db.schema
    .createTable('totp_factors')
    .addColumn('user_id', 'integer', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('last_step', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('recovery_codes')
    .addColumn('id', 'integer', (c) => idColumn(c, engine))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();

  await db.schema
    .createTable('data_keys')
    .addColumn('workspace_id', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('wrapped', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('data_keys_pk', ['workspace_id', 'version'])
    .execute();

  await db.schema.alterTable('sessions').addColumn('reauthed_at', 'text').execute();
}

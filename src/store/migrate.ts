import { Migrator, type Kysely } from 'kysely';
import type { Database, Engine } from './database.js';
import { migrationsFor } from './migrations/index.js';
import { StoreError } from './store-error.js';

/** Bring the schema up to date. Each migration runs in its own transaction on both engines. */
export async function migrateToLatest(kysely: Kysely<Database>, engine: Engine): Promise<string[]> {
  const migrator = new Migrator({
    db: kysely,
    provider: { getMigrations: () => Promise.resolve(migrationsFor(engine)) },
    migrationTableName: 'sunspace_migrations',
    migrationLockTableName: 'sunspace_migration_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError('migration_failed', `the database schema could not be updated (migration ${failed})`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

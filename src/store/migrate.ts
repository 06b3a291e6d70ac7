import { Migrator, sql, type DatabaseIntrospector, type Kysely, type TableMetadata } from 'kysely';
import type { Database, Engine } from './database.js';
import { migrationsFor } from './migrations/index.js';
import { StoreError } from './store-error.js';

/**
 * Told, before they run, the migrations an existing database is about to be upgraded with (not those of a new
 * one): on a large database one can take a minute (docs/benchmarks.md), and a server that says nothing
 * meanwhile looks stuck.
 */
export type OnUpgrade = (pending: string[]) => void;

/** Bring the schema up to date. Each migration runs in its own transaction on both engines. */
export async function migrateToLatest(
  kysely: Kysely<Database>,
  engine: Engine,
  onUpgrade?: OnUpgrade,
): Promise<string[]> {
  // On PostgreSQL, Kysely looks for its migration table among the tables of every schema: another Sunspace
  // in another schema of the same database would make it think the table exists here, and a schema dropped
  // meanwhile (by a test beside this one) fails the lookup. Point it at the connection's own schema only.
  const schema =
    engine === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(kysely)).rows[0]?.schema
      : undefined;
  const migrator = new Migrator({
    db: schema ? withOwnSchemaIntrospection(kysely, schema) : kysely,
    provider: { getMigrations: () => Promise.resolve(migrationsFor(engine)) },
    migrationTableName: 'sunspace_migrations',
    migrationLockTableName: 'sunspace_migration_lock',
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  if (onUpgrade) {
    const all = await migrator.getMigrations();
    const pending = all.filter((m) => m.executedAt === undefined).map((m) => m.name);
    if (pending.length > 0 && pending.length < all.length) onUpgrade(pending);
  }
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new StoreError('migration_failed', `the database schema could not be updated (migration ${failed})`, {
      cause: error,
    });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** The same database handle, whose introspection sees one schema's tables: all the migrator asks it. */
function withOwnSchemaIntrospection(kysely: Kysely<Database>, schema: string): Kysely<Database> {
  const introspector: DatabaseIntrospector = {
    getSchemas: () => Promise.resolve([{ name: schema }]),
    getTables: async () => {
      const { rows } = await sql<{ name: string }>`
        select table_name as name from information_schema.tables where table_schema = ${schema}`.execute(kysely);
      return rows.map((r): TableMetadata => ({ name: r.name, schema, isView: false, columns: [] }));
    },
    getMetadata: async () => ({ tables: await introspector.getTables() }),
  };
  return new Proxy(kysely, {
    get(target, property) {
      if (property === 'introspection') return introspector;
      const value: unknown = Reflect.get(target, property, target);
      // Kysely keeps its state in private fields, which only the real object can reach.
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from '../database.js';
import type { FieldSeal } from '../field-seal.js';
import { plainFields } from '../field-seal.js';
import { migrateToLatest } from '../migrate.js';
import type { Store } from '../store.js';
import { StoreError } from '../store-error.js';

export interface PostgresOptions {
  url: string;
  /** The schema Sunspace's tables live in (default: the connection's own, usually `public`). */
  schema?: string;
  seal?: FieldSeal;
  poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// int8 (counts, sums) would otherwise come back as strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Open a PostgreSQL database and bring its schema up to date. */
export async function openPostgres(options: PostgresOptions): Promise<Store> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new StoreError(
      'bad_config',
      `"${options.schema}" is not a usable schema name (lowercase letters, digits, _)`,
    );
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  try {
    const client = await pool.connect();
    client.release();
  } catch (cause) {
    await pool.end();
    throw new StoreError('unreachable', `cannot reach PostgreSQL at ${redactUrl(options.url)}: ${messageOf(cause)}`, {
      cause,
    });
  }
  const kysely = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  await migrateToLatest(kysely, 'postgres');
  return {
    kysely,
    engine: 'postgres',
    seal: options.seal ?? plainFields,
    location: redactUrl(options.url) + (options.schema ? ` (schema ${options.schema})` : ''),
    close: () => kysely.destroy(),
  };
}

/** A connection URL with its password hidden, safe to print. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return messageOf(error.errors[0]);
  return error instanceof Error ? error.message || error.name : String(error);
}

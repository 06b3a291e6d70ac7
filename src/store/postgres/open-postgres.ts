import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database as Schema } from '../database.js';
import { migrateToLatest, type OnUpgrade } from '../migrate.js';
import { ACCOUNT_SECRETS_WORKSPACE } from '../second-factors.store.js';
import { countWrappedKeys } from '../sealing/data-keys.store.js';
import { sealNewColumns } from '../sealing/rekey.js';
import { SodiumSeal } from '../sealing/sodium-seal.js';
import type { Store } from '../store.js';
import { StoreError } from '../store-error.js';

export interface PostgresOptions {
  url: string;
  /** The schema Sunspace's tables live in (default: the connection's own, usually `public`). */
  schema?: string;
  /**
   * The master key that wraps the data keys of sealed fields (sealing/sodium-seal.ts): 32 bytes, or a function
   * given whether the database already holds sealed data (to refuse, or make, a missing key file).
   */
  masterKey: Uint8Array | ((hasSealedData: boolean) => Uint8Array);
  poolSize?: number;
  /** Told the migrations an existing database is about to be upgraded with (migrate.ts). */
  onUpgrade?: OnUpgrade;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// int8 (counts, sums) would otherwise come back as strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/**
 * Open a PostgreSQL database and bring its schema up to date. Sealed fields are always sealed: the data keys
 * are unwrapped here, so a wrong master key fails now, before anything is read; and values written in plain
 * text before a release sealed their column are sealed here, once (sealing/rekey.ts, sealNewColumns).
 */
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
  let seal: SodiumSeal;
  try {
    await migrateToLatest(kysely, 'postgres', options.onUpgrade);
    const bare = { kysely, engine: 'postgres' as const };
    const master =
      typeof options.masterKey === 'function'
        ? options.masterKey((await countWrappedKeys({ ...bare, seal: unsealed })) > 0)
        : options.masterKey;
    seal = await SodiumSeal.load({ ...bare, seal: unsealed }, master);
    await seal.ready({ ...bare, seal }, ACCOUNT_SECRETS_WORKSPACE);
    // Columns sealed by a newer release than the one that wrote the rows: their plain values, sealed once.
    await sealNewColumns({ ...bare, seal }, new Date());
  } catch (error) {
    await kysely.destroy();
    throw error;
  }
  return {
    kysely,
    engine: 'postgres',
    seal,
    location: redactUrl(options.url) + (options.schema ? ` (schema ${options.schema})` : ''),
    close: () => kysely.destroy(),
  };
}

/** For the few reads before the seal exists (the wrapped keys): opening anything personal then is a bug. */
const unsealed = {
  seal: () => {
    throw new Error('sealed fields are used before the data keys were loaded');
  },
  open: () => {
    throw new Error('sealed fields are used before the data keys were loaded');
  },
  sealOptional: () => {
    throw new Error('sealed fields are used before the data keys were loaded');
  },
  openOptional: () => {
    throw new Error('sealed fields are used before the data keys were loaded');
  },
};

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

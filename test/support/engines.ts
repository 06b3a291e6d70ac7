/**
 * The list of engines every store test runs on (STYLE.md: one suite, every engine).
 *
 * SQLite runs in a temporary encrypted file. PostgreSQL runs on SUNSPACE_TEST_PG (default
 * postgres://postgres@127.0.0.1:5432/test), each store in a schema of its own that is dropped afterwards. When
 * PostgreSQL cannot be reached, CI=true fails the suite with the reason; elsewhere that half is skipped
 * and the reason printed. SUNSPACE_TEST_ENGINES=sqlite (or postgres) narrows the list.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Engine } from '../../src/store/database.js';
import { openPostgres } from '../../src/store/postgres/open-postgres.js';
import { openSqlite } from '../../src/store/sqlite/open-sqlite.js';
import type { Store } from '../../src/store/store.js';

export const PG_URL = process.env.SUNSPACE_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const onlyEngines = process.env.SUNSPACE_TEST_ENGINES?.split(',').map((s) => s.trim());
const inCi = process.env.CI === 'true';

async function probePostgres(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const wanted = (e: Engine) => !onlyEngines || onlyEngines.includes(e);
const pgProblem = wanted('postgres') ? await probePostgres() : null;
if (pgProblem) {
  const reason = `PostgreSQL at ${PG_URL} is unreachable (${pgProblem})`;
  if (inCi) throw new Error(`${reason}: CI=true requires both engines; start PostgreSQL or set SUNSPACE_TEST_PG`);
  console.warn(`[engines] skipping the PostgreSQL half of the store tests: ${reason}`);
}

export interface EngineUnderTest {
  engine: Engine;
  /** Open a fresh, empty store of this engine; everything it made is removed by the returned store's close(). */
  open: () => Promise<Store>;
}

export const ENGINES: EngineUnderTest[] = [
  ...(wanted('sqlite') ? [{ engine: 'sqlite' as const, open: openTempSqlite }] : []),
  ...(wanted('postgres') && !pgProblem ? [{ engine: 'postgres' as const, open: openTempPostgres }] : []),
];

/** A fresh encrypted SQLite store in a temporary folder, removed on close. */
export async function openTempSqlite(): Promise<Store> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-test-'));
  const store = await openSqlite({
    file: path.join(dir, 'test.db'),
    key: { kind: 'raw', hex: randomBytes(32).toString('hex') },
  });
  return {
    ...store,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh PostgreSQL store in a schema of its own, dropped on close. */
export async function openTempPostgres(): Promise<Store> {
  const schema = `sunspace_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  try {
    await admin.query(`create schema ${schema}`);
  } finally {
    await admin.end();
  }
  // Sealed, as every PostgreSQL store is, under a master key of its own.
  const store = await openPostgres({ url: PG_URL, schema, poolSize: 4, masterKey: randomBytes(32) });
  return {
    ...store,
    close: async () => {
      await store.close();
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await c.end();
      }
    },
  };
}

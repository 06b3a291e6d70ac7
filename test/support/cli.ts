/**
 * The `sunspace` command run in-process against a fresh database of either engine, found through its
 * environment as a person's shell would give it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import pg from 'pg';
import type { CliContext } from '../../src/cli/context.js';
import { run } from '../../src/cli/program.js';
import type { Engine } from '../../src/store/database.js';
import { openStore, resolveStoreConfig, type Env } from '../../src/store/store-config.js';
import type { Store } from '../../src/store/store.js';
import { PG_URL } from './engines.js';

export interface Place {
  env: Env;
  /** The folder holding the SQLite file and its key file, or a scratch folder for PostgreSQL. */
  dir: string;
  cleanup(): Promise<void>;
}

/**
 * A fresh database: SQLite in a temporary folder with a key file beside the config (outside the data
 * folder), or PostgreSQL in a schema of its own with a master key in the environment.
 */
export async function place(engine: Engine, masterKey = randomBytes(32).toString('hex')): Promise<Place> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-sec-'));
  if (engine === 'sqlite') {
    return {
      dir,
      env: {
        SUNSPACE_DB: path.join(dir, 'data', 'sunspace.db'),
        SUNSPACE_KEY_FILE: path.join(dir, 'config', 'sunspace.key'),
      },
      cleanup: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const schema = `sunspace_sec_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    dir,
    env: { SUNSPACE_DB: PG_URL, SUNSPACE_PG_SCHEMA: schema, SUNSPACE_MASTER_KEY: masterKey },
    cleanup: async () => {
      fs.rmSync(dir, { recursive: true, force: true });
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function sunspace(
  env: Env,
  argv: string[],
  options: { stdin?: string; home?: string } = {},
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (d: Buffer) => (chunks.out += d.toString()));
  stderr.on('data', (d: Buffer) => (chunks.err += d.toString()));
  const ctx: CliContext = {
    env,
    home: options.home ?? os.tmpdir(),
    cwd: process.cwd(),
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? '']),
    lang: 'en',
    now: () => new Date(),
  };
  const code = await run(argv, ctx);
  return { code, ...chunks };
}

/** Open the database an environment names, run `fn`, close it. */
export async function inStore<T>(env: Env, fn: (store: Store) => Promise<T>): Promise<T> {
  const { store } = await openStore(resolveStoreConfig(env, os.tmpdir()), env);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

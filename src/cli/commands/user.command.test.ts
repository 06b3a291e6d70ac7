import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES, PG_URL } from '../../../test/support/engines.js';
import { grantsOf } from '../../store/grants.store.js';
import { openStore, resolveStoreConfig, type Env } from '../../store/store-config.js';
import { findUserByUsername } from '../../store/users.store.js';
import { createWorkspace, ensureUnits } from '../../store/workspaces.store.js';
import type { CliContext } from '../context.js';
import { run } from '../program.js';

interface Place {
  env: Env;
  cleanup(): Promise<void>;
}

/** A fresh database for the command to find through its environment, on either engine. */
async function place(engine: 'sqlite' | 'postgres'): Promise<Place> {
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-cli-'));
    return {
      env: { SUNSPACE_DB: path.join(dir, 'cli.db'), SUNSPACE_KEY: 'a long test passphrase' },
      cleanup: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  const schema = `sunspace_cli_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  return {
    env: { SUNSPACE_DB: PG_URL, SUNSPACE_PG_SCHEMA: schema, SUNSPACE_MASTER_KEY: randomBytes(32).toString('hex') },
    cleanup: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop schema if exists ${schema} cascade`);
      await c.end();
    },
  };
}

async function sunspace(env: Env, argv: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (d: Buffer) => (chunks.out += d.toString()));
  stderr.on('data', (d: Buffer) => (chunks.err += d.toString()));
  const ctx: CliContext = {
    env,
    home: os.tmpdir(),
    cwd: process.cwd(),
    stdout,
    stderr,
    stdin: Readable.from([stdin]),
    lang: 'en',
    now: () => new Date('2025-03-01T09:00:00Z'),
  };
  const code = await run(argv, ctx);
  return { code, ...chunks };
}

async function inStore<T>(
  env: Env,
  fn: (store: Awaited<ReturnType<typeof openStore>>['store']) => Promise<T>,
): Promise<T> {
  const { store } = await openStore(resolveStoreConfig(env, os.tmpdir()), env);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

describe.each(ENGINES)('sunspace user on $engine', ({ engine }) => {
  let where: Place | undefined;
  afterEach(async () => {
    await where?.cleanup();
    where = undefined;
  });

  it('user add reads the password from standard input and stores only its argon2id hash', async () => {
    where = await place(engine);
    const res = await sunspace(
      where.env,
      ['user', 'add', 'Ana', '--role', 'lead', '--password-stdin'],
      'a long enough secret\n',
    );
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    expect(res.out).toContain('Added lead "ana".');
    const ana = await inStore(where.env, (s) => findUserByUsername(s, 'ana'));
    expect(ana?.role).toBe('lead');
    expect(ana?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(ana?.passwordHash).not.toContain('a long enough secret');
  });

  it('user add refuses a password on the command line, a short one, and a taken name', async () => {
    where = await place(engine);
    const noStdin = await sunspace(where.env, ['user', 'add', 'ana', '--role', 'member']);
    expect(noStdin.code).toBe(1);
    expect(noStdin.err).toMatch(/--password-stdin/);
    const short = await sunspace(where.env, ['user', 'add', 'ana', '--role', 'member', '--password-stdin'], 'short\n');
    expect(short.err).toMatch(/at least 10 characters/);
    await sunspace(where.env, ['user', 'add', 'ana', '--role', 'member', '--password-stdin'], 'a long enough secret\n');
    const again = await sunspace(
      where.env,
      ['user', 'add', 'ANA', '--role', 'admin', '--password-stdin'],
      'another long secret\n',
    );
    expect(again.code).not.toBe(0);
    expect(again.err).toMatch(/taken/);
  });

  it('user grant gives a unit or the whole workspace, user revoke takes it back, and user list shows them', async () => {
    where = await place(engine);
    await inStore(where.env, async (s) => {
      const ws = await createWorkspace(s, 'Clinic');
      await ensureUnits(s, ws.id, ['Clinic/Nursing/Nights']);
    });
    await sunspace(where.env, ['user', 'add', 'mia', '--role', 'member', '--password-stdin'], 'a long enough secret\n');
    const unit = await sunspace(where.env, [
      'user',
      'grant',
      'mia',
      '--workspace',
      'Clinic',
      '--unit',
      'Clinic/Nursing',
    ]);
    expect(unit.out).toContain('Granted "mia" Clinic/Nursing in Clinic.');
    const whole = await sunspace(where.env, ['user', 'grant', 'mia', '--workspace', 'Clinic']);
    expect(whole.out).toContain('Granted "mia" the whole workspace in Clinic.');
    const twice = await sunspace(where.env, ['user', 'grant', 'mia', '--workspace', 'Clinic']);
    expect(twice.out).toContain('already had');
    const typo = await sunspace(where.env, [
      'user',
      'grant',
      'mia',
      '--workspace',
      'Clinic',
      '--unit',
      'Clinic/Nursery',
    ]);
    expect(typo.code).toBe(1);
    expect(typo.err).toContain('there is no unit "Clinic/Nursery" in Clinic');
    const list = await sunspace(where.env, ['user', 'list']);
    expect(list.out).toMatch(/mia\s+member\s+Clinic:the whole workspace, Clinic:Clinic\/Nursing/);
    const revoke = await sunspace(where.env, ['user', 'revoke', 'mia', '--workspace', 'Clinic']);
    expect(revoke.out).toContain('Took back the whole workspace in Clinic from "mia".');
    const grants = await inStore(where.env, async (s) => grantsOf(s, (await findUserByUsername(s, 'mia'))!.id));
    expect(grants).toEqual([{ workspace: 'Clinic', unit: 'Clinic/Nursing' }]);
  });

  it('user grant names the account when there is none', async () => {
    where = await place(engine);
    await inStore(where.env, (s) => createWorkspace(s, 'Clinic'));
    const res = await sunspace(where.env, ['user', 'grant', 'nobody', '--workspace', 'Clinic']);
    expect(res.code).toBe(1);
    expect(res.err).toContain('there is no account "nobody"');
  });
});

/**
 * The panic wipe (issue 5, item 6): `sunspace wipe --yes` and POST /api/admin/wipe destroy the keys first,
 * then the data, in seconds; afterwards nothing can be read back, by any means the test can think of.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/store/sqlite/open-sqlite.js';
import { openStore, resolveStoreConfig, type Env } from '../../src/store/store-config.js';
import { wipeStore } from '../../src/store/wipe.js';
import { loadRecords } from '../../src/store/records.store.js';
import { listWorkspaces } from '../../src/store/workspaces.store.js';
import type { Engine } from '../../src/store/database.js';
import { place, sunspace, inStore, type Place } from '../support/cli.js';
import { ENGINES } from '../support/engines.js';
import { clinic, errorOf, harness } from '../server/harness.js';

/** Every record anyone could still read from what a wipe left, by opening the database it names. */
async function recordsReadable(engine: Engine, env: Env, oldSqliteKey: string | null): Promise<number> {
  if (engine === 'sqlite') {
    const file = env.SUNSPACE_DB!;
    const left = [file, `${file}-wal`, `${file}-shm`].filter((f) => fs.existsSync(f));
    if (left.length === 0) return 0;
    // Whatever is left, tried with the key that was destroyed (as if someone had copied it before).
    try {
      const store = await openSqlite({ file, key: { kind: 'raw', hex: oldSqliteKey! }, mustExist: true });
      let n = 0;
      for (const ws of await listWorkspaces(store)) n += (await loadRecords(store, ws.id)).people.length;
      await store.close();
      return n;
    } catch {
      return 0;
    }
  }
  return inStore(env, async (store) => {
    let n = 0;
    for (const ws of await listWorkspaces(store)) n += (await loadRecords(store, ws.id)).people.length;
    return n;
  });
}

describe.each(ENGINES)('the panic wipe on $engine', ({ engine }) => {
  const places: Place[] = [];
  afterEach(async () => {
    for (const p of places.splice(0)) await p.cleanup();
  });

  it('`sunspace wipe --yes` destroys the keys, then the data, and nothing is readable afterwards', async () => {
    const where = await place(engine);
    places.push(where);
    // A master key in a file, so that there is a key file to destroy on PostgreSQL too.
    const env: Env =
      engine === 'sqlite'
        ? where.env
        : {
            ...where.env,
            SUNSPACE_MASTER_KEY: undefined,
            SUNSPACE_MASTER_KEY_FILE: path.join(where.dir, 'keys', 'master.key'),
          };
    const before = await inStore(env, async (store) => {
      await clinic(harness(store));
      return (await loadRecords(store, (await listWorkspaces(store))[0]!.id)).people.length;
    });
    expect(before).toBeGreaterThan(0);
    const keyFile = engine === 'sqlite' ? env.SUNSPACE_KEY_FILE! : env.SUNSPACE_MASTER_KEY_FILE!;
    const oldKey = fs.readFileSync(keyFile, 'utf8').trim();

    const refused = await sunspace(env, ['wipe']);
    expect(refused.code).toBe(1);
    expect(fs.existsSync(keyFile)).toBe(true);

    const wiped = await sunspace(env, ['wipe', '--yes']);
    expect(wiped.code, wiped.err).toBe(0);
    const ms = Number(/in (\d+) ms/.exec(wiped.out)?.[1]);
    expect(fs.existsSync(keyFile)).toBe(false);
    if (engine === 'sqlite') {
      const dataDir = path.dirname(env.SUNSPACE_DB!);
      expect(fs.readdirSync(dataDir)).toEqual([]);
    } else {
      await inStore({ ...where.env }, async (store) => {
        // Only the tables a fresh open makes again; no data key of the old database survives.
        expect((await store.kysely.selectFrom('data_keys').selectAll().execute()).length).toBe(1);
      });
    }
    const readable = await recordsReadable(engine, engine === 'sqlite' ? env : where.env, oldKey);
    console.log(
      `[security] wipe on ${engine} (sunspace wipe --yes): records readable afterwards: ${readable} of ${before} people; key file destroyed; took ${ms} ms`,
    );
    expect(readable).toBe(0);
  });

  it('the panic button API wipes for an admin who confirmed, and for nobody else', async () => {
    const where = await place(engine);
    places.push(where);
    const config = resolveStoreConfig(where.env, os.tmpdir());
    const { store } = await openStore(config, where.env);
    let report: Awaited<ReturnType<typeof wipeStore>> | undefined;
    const h = harness(store, {
      wipe: async () => {
        report = await wipeStore(store, config);
      },
    });
    const { cookies } = await clinic(h);
    const lead = await h.call('POST', '/api/admin/wipe', { cookie: cookies.leo, body: { confirm: 'WIPE' } });
    expect(lead.status).toBe(403);
    const noWord = await h.call('POST', '/api/admin/wipe', { cookie: cookies.ada, body: {} });
    expect(noWord.status).toBe(400);
    h.advance(10 * 60 * 1000);
    const stale = await h.call('POST', '/api/admin/wipe', { cookie: cookies.ada, body: { confirm: 'WIPE' } });
    expect(errorOf(stale.body).code).toBe('reauth_required');
    expect(report).toBeUndefined();
    const wiped = await h.call('POST', '/api/admin/wipe', {
      cookie: cookies.ada,
      body: { confirm: 'WIPE', password: 'correct horse battery' },
    });
    expect(wiped.status, JSON.stringify(wiped.body)).toBe(200);
    expect(report!.keyFiles.length + report!.tables).toBeGreaterThan(0);
    if (engine === 'postgres') {
      await inStore(where.env, async (s) => {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from workspaces`.execute(s.kysely);
        expect(rows[0]!.n).toBe(0);
      });
    }
    const readable = await recordsReadable(engine, where.env, null);
    console.log(
      `[security] wipe on ${engine} (panic button API): records readable afterwards: ${readable}; took ${report!.ms} ms`,
    );
    expect(readable).toBe(0);
  });
});

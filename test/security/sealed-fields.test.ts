/**
 * Sealed fields on PostgreSQL (issue 5, item 5): names, contact details, notes and grievance titles never
 * reach the database server in plain text; a sealed value moved to another row, column or workspace does not
 * open; `sunspace rekey` moves every value to new keys and destroys the old ones; a wrong or missing master
 * key is refused before anything is read.
 */
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/store/database.js';
import { getPerson } from '../../src/store/people.store.js';
import { openPostgres } from '../../src/store/postgres/open-postgres.js';
import { loadRecords, writeRecords } from '../../src/store/records.store.js';
import { rekey } from '../../src/store/sealing/rekey.js';
import type { Store } from '../../src/store/store.js';
import { createWorkspace } from '../../src/store/workspaces.store.js';
import { openStore, resolveStoreConfig } from '../../src/store/store-config.js';
import { ENGINES, PG_URL } from '../support/engines.js';
import { everyRow } from '../support/raw-rows.js';
import { inStore, place, sunspace, type Place } from '../support/cli.js';
import { smallWorkplace } from '../support/small-workplace.js';
import type { WorkspaceRecords } from '../../src/core/records.js';

const postgres = ENGINES.find((e) => e.engine === 'postgres');
const admin = { userId: 1, role: 'admin' as const, units: 'all' as const };

/** The small clinic with a canary in every personal field. */
function canaried(tag: string): { records: WorkspaceRecords; canaries: string[] } {
  const records = smallWorkplace();
  const canaries: string[] = [];
  const mark = (what: string) => {
    const c = `CANARY-${tag}-${what}-${randomBytes(4).toString('hex')}`;
    canaries.push(c);
    return c;
  };
  records.people = records.people.map((p) => ({ ...p, name: mark(`name-${p.id}`), contact: mark(`contact-${p.id}`) }));
  records.interactions = records.interactions.map((i) => ({ ...i, notes: mark(`notes-${i.id}`) }));
  records.grievances = records.grievances.map((g) => ({ ...g, title: mark(`title-${g.id}`) }));
  return { records, canaries };
}

/** The sealed kinds of records, in id order, to compare what went in with what comes out. */
function sealedKinds(r: WorkspaceRecords) {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { people: byId(r.people), interactions: byId(r.interactions), grievances: byId(r.grievances) };
}

describe.skipIf(!postgres)('sealed fields on PostgreSQL', () => {
  let store: Store | undefined;
  let where: Place | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await where?.cleanup();
    where = undefined;
  });

  it('names, contacts, notes and grievance titles are never in the tables in plain text', async () => {
    store = await postgres!.open();
    const { records, canaries } = canaried('pg');
    const ws = await createWorkspace(store, 'Clinic');
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, records));
    expect(sealedKinds(await loadRecords(store, ws.id))).toEqual(sealedKinds(records));
    const raw = await everyRow(store);
    const found = canaries.filter((c) => raw.includes(c));
    console.log(
      `[security] plaintext personal fields in the PostgreSQL tables: ${found.length} of ${canaries.length} canaries`,
    );
    expect(found).toEqual([]);
    const sealed = await store.kysely.selectFrom('people').select('name').execute();
    for (const r of sealed) expect(r.name).toMatch(/^s1\.1\.[A-Za-z0-9_-]+$/);
  });

  it('a sealed value copied to another row, column or workspace fails to open, with a clear error', async () => {
    store = await postgres!.open();
    const one = await createWorkspace(store, 'One');
    const two = await createWorkspace(store, 'Two');
    await inTransaction(store, (tx) => writeRecords(tx, one.id, smallWorkplace()));
    await inTransaction(store, (tx) => writeRecords(tx, two.id, smallWorkplace()));
    const k = store.kysely;
    const p1 = await k
      .selectFrom('people')
      .select(['name', 'contact'])
      .where('workspace_id', '=', one.id)
      .where('id', '=', 'p1')
      .executeTakeFirstOrThrow();
    let failures = 0;
    const expectRefused = async (what: string, read: () => Promise<unknown>, message: RegExp) => {
      await expect(read(), what).rejects.toThrow(message);
      failures++;
    };
    await k
      .updateTable('people')
      .set({ name: p1.name })
      .where('workspace_id', '=', one.id)
      .where('id', '=', 'p2')
      .execute();
    await expectRefused(
      'another row',
      () => getPerson(store!, one.id, admin, 'p2'),
      /people\.name of row p2 \(workspace \d+\) does not open: the sealed value was made for another row, column or workspace/,
    );
    await k
      .updateTable('people')
      .set({ contact: p1.name })
      .where('workspace_id', '=', one.id)
      .where('id', '=', 'p1')
      .execute();
    await expectRefused('another column', () => getPerson(store!, one.id, admin, 'p1'), /people\.contact of row p1/);
    await k
      .updateTable('people')
      .set({ name: p1.name })
      .where('workspace_id', '=', two.id)
      .where('id', '=', 'p1')
      .execute();
    await expectRefused('another workspace', () => getPerson(store!, two.id, admin, 'p1'), /does not open/);
    const relabelled = p1.name.replace(/^s1\.1\./, 's1.2.');
    await k
      .updateTable('people')
      .set({ name: relabelled })
      .where('workspace_id', '=', one.id)
      .where('id', '=', 'p3')
      .execute();
    await expectRefused('another key version', () => getPerson(store!, one.id, admin, 'p3'), /key version 2/);
    console.log(
      `[security] sealed values moved to another row, column, workspace or key version that opened: 0 of ${failures}`,
    );
    await k
      .updateTable('people')
      .set({ name: 'Written by hand' })
      .where('workspace_id', '=', one.id)
      .where('id', '=', 'p4')
      .execute();
    await expectRefused('plain text', () => getPerson(store!, one.id, admin, 'p4'), /is not sealed.*sunspace rekey/);
    // Untouched rows read as before.
    expect((await getPerson(store, two.id, admin, 'p2'))?.name).toBe('Ben Okafor');
  });

  it('rekey seals every value under new keys, destroys the old ones, and seals what was written by hand', async () => {
    store = await postgres!.open();
    const ws = await createWorkspace(store, 'Clinic');
    const records = smallWorkplace();
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, records));
    const before = await store.kysely
      .selectFrom('interactions')
      .select(['id', 'notes'])
      .where('notes', 'is not', null)
      .execute();
    await store.kysely.updateTable('people').set({ name: 'Ana Ruiz' }).where('id', '=', 'p1').execute();

    const result = await rekey(store, new Date());
    expect(result.sealedFirstTime).toBe(1);
    expect(result.keys).toBe(2); // the workspace and the account secrets
    const keys = await store.kysely.selectFrom('data_keys').select(['workspace_id', 'version']).execute();
    expect(keys.map((k) => k.version)).toEqual([2, 2]);
    expect(sealedKinds(await loadRecords(store, ws.id))).toEqual(sealedKinds(records));
    for (const r of await store.kysely.selectFrom('people').select('name').execute())
      expect(r.name).toMatch(/^s1\.2\./);
    // A value sealed under the destroyed key no longer opens, even put back where it was.
    await store.kysely
      .updateTable('interactions')
      .set({ notes: before[0]!.notes })
      .where('id', '=', before[0]!.id)
      .execute();
    await expect(loadRecords(store, ws.id)).rejects.toThrow(/key version 1, which this process does not hold/);
    console.log(`[security] rekey: ${result.values} values sealed again; old key versions left in the database: 0`);
  });

  it('`sunspace rekey` rotates the keys from the command line; SQLite says it has nothing to rotate', async () => {
    where = await place('postgres');
    await inStore(where.env, async (s) => {
      const ws = await createWorkspace(s, 'Clinic');
      await inTransaction(s, (tx) => writeRecords(tx, ws.id, smallWorkplace()));
    });
    const run = await sunspace(where.env, ['rekey']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/New data keys for 2 workspaces .* 11 values sealed again/);
    expect(run.err).toMatch(/Stop the Sunspace server/);
    await inStore(where.env, async (s) => {
      const [ws] = await s.kysely.selectFrom('workspaces').select('id').execute();
      expect((await loadRecords(s, ws!.id)).people).toHaveLength(6);
    });
    const sqliteHome = await place('sqlite');
    try {
      const refused = await sunspace(sqliteHome.env, ['rekey']);
      expect(refused.err).toMatch(/only PostgreSQL stores have/);
    } finally {
      await sqliteHome.cleanup();
    }
  });

  it('the wrong master key, or a missing master key file, is refused before anything is read', async () => {
    where = await place('postgres');
    const schema = where.env.SUNSPACE_PG_SCHEMA!;
    const right = randomBytes(32);
    const first = await openPostgres({ url: PG_URL, schema, masterKey: right });
    await createWorkspace(first, 'Clinic');
    await first.close();
    await expect(openPostgres({ url: PG_URL, schema, masterKey: randomBytes(32) })).rejects.toThrow(
      /master key does not open the data keys/,
    );
    const env = {
      SUNSPACE_DB: PG_URL,
      SUNSPACE_PG_SCHEMA: schema,
      SUNSPACE_MASTER_KEY_FILE: `${where.dir}/absent/master.key`,
    };
    await expect(openStore(resolveStoreConfig(env, where.dir), env)).rejects.toThrow(
      /holds sealed data but its master key is missing/,
    );
    const reopened = await openPostgres({ url: PG_URL, schema, masterKey: right });
    await reopened.close();
  });
});

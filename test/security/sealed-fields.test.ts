/**
 * Sealed fields on PostgreSQL (issue 5, item 5): names, contact details, notes, grievance titles and the other
 * free text that names or exposes people (asks, action titles, mandates, session outcomes, vote questions,
 * satellite effects, plans, spaces, committees, roles: field-seal.ts, SEALED_FIELDS) never reach the database
 * server in plain text; a sealed value moved to another row, column or workspace does not open; `sunspace
 * rekey` moves every value to new keys and destroys the old ones; values written in plain text before their
 * column was sealed are sealed when the store next opens; a wrong or missing master key is refused before
 * anything is read.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../../src/store/database.js';
import { listVisibleActions } from '../../src/store/actions.store.js';
import { getAsk } from '../../src/store/asks.store.js';
import { SEALED_FIELDS } from '../../src/store/field-seal.js';
import { getPerson } from '../../src/store/people.store.js';
import { savePlan, visiblePlans } from '../../src/store/power.store.js';
import { openPostgres } from '../../src/store/postgres/open-postgres.js';
import { loadRecords, writeRecords } from '../../src/store/records.store.js';
import { rekey, SEALED_COLUMNS } from '../../src/store/sealing/rekey.js';
import type { Store } from '../../src/store/store.js';
import { createWorkspace } from '../../src/store/workspaces.store.js';
import { openStore, resolveStoreConfig } from '../../src/store/store-config.js';
import { ENGINES, PG_URL } from '../support/engines.js';
import { everyRow } from '../support/raw-rows.js';
import { inStore, place, sunspace, type Place } from '../support/cli.js';
import { smallWorkplace } from '../support/small-workplace.js';
import type { Plan } from '../../src/core/power-records.js';
import type { WorkspaceRecords } from '../../src/core/records.js';

const postgres = ENGINES.find((e) => e.engine === 'postgres');
const admin = { userId: 1, role: 'admin' as const, units: 'all' as const };

const SEALED = /^s1\.\d+\.[A-Za-z0-9_-]+$/;

/** The word each sealed column's canaries carry (a column sealed later and not given one here fails the test). */
const MARKS: Record<string, string> = {
  'people.name': 'name',
  'people.contact': 'contact',
  'people.role': 'role',
  'people.language': 'lang',
  'interactions.notes': 'notes',
  'grievances.title': 'title',
  'asks.what': 'ask',
  'spaces.name': 'space',
  'actions.title': 'action',
  'committees.name': 'committee',
  'mandates.text': 'mandate',
  'moon_sessions.outcome': 'outcome',
  'votes.question': 'question',
  'satellite_effects.what': 'effect',
  'plans.title': 'plan',
  'plans.message': 'message',
};
const markOf = (col: { table: string; column: string }) => MARKS[`${col.table}.${col.column}`] ?? '(none)';

/** The small clinic with a canary in every sealed field, and two plans (stored beside the records). */
function canaried(tag: string): { records: WorkspaceRecords; plans: Plan[]; canaries: string[] } {
  const records = smallWorkplace();
  const canaries: string[] = [];
  const mark = (what: string) => {
    const c = `CANARY-${tag}-${what}-${randomBytes(4).toString('hex')}`;
    canaries.push(c);
    return c;
  };
  records.people = records.people.map((p) => ({
    ...p,
    name: mark(`name-${p.id}`),
    contact: mark(`contact-${p.id}`),
    role: mark(`role-${p.id}`),
    language: mark(`lang-${p.id}`),
  }));
  records.interactions = records.interactions.map((i) => ({ ...i, notes: mark(`notes-${i.id}`) }));
  records.grievances = records.grievances.map((g) => ({ ...g, title: mark(`title-${g.id}`) }));
  records.asks = records.asks.map((a) => ({ ...a, what: mark(`ask-${a.id}`) }));
  records.spaces = records.spaces.map((x) => ({ ...x, name: mark(`space-${x.id}`) }));
  records.actions = records.actions.map((a) => ({ ...a, title: mark(`action-${a.id}`) }));
  records.committees = records.committees.map((c) => ({ ...c, name: mark(`committee-${c.id}`) }));
  records.mandates = records.mandates.map((m) => ({ ...m, text: mark(`mandate-${m.id}`) }));
  records.moon_sessions = records.moon_sessions.map((m) => ({ ...m, outcome: mark(`outcome-${m.id}`) }));
  records.votes = records.votes.map((v) => ({ ...v, question: mark(`question-${v.id}`) }));
  records.satellite_effects = records.satellite_effects.map((e) => ({ ...e, what: mark(`effect-${e.id}`) }));
  const plans: Plan[] = ['pl1', 'pl2'].map((id, n) => ({
    id,
    title: mark(`plan-${id}`),
    createdOn: '2025-06-01',
    action: null,
    message: n === 0 ? mark(`message-${id}`) : null,
    expected: [],
  }));
  return { records, plans, canaries };
}

/** The kinds of records with sealed fields, in id order, to compare what went in with what comes out. */
function sealedKinds(r: WorkspaceRecords) {
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  const kinds = Object.keys(SEALED_FIELDS).filter((t) => t !== 'plans') as (keyof WorkspaceRecords)[];
  return Object.fromEntries(kinds.map((k) => [k, byId(r[k] as { id: string }[])]));
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

  it('names, notes, asks, plans, mandates and every other sealed field are never in the tables in plain text', async () => {
    store = await postgres!.open();
    const { records, plans, canaries } = canaried('pg');
    const ws = await createWorkspace(store, 'Clinic');
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, records));
    for (const plan of plans) await savePlan(store, ws.id, plan);
    // Every sealed column was given a canary somewhere.
    for (const col of SEALED_COLUMNS.filter((c) => c.table !== 'totp_factors'))
      expect(
        canaries.some((c) => c.includes(`-${markOf(col)}-`)),
        `${col.table}.${col.column}`,
      ).toBe(true);
    // Back equal through the store: the whole workspace, and the plans.
    expect(sealedKinds(await loadRecords(store, ws.id))).toEqual(sealedKinds(records));
    expect(await visiblePlans(store, ws.id, admin)).toEqual(plans);
    const raw = await everyRow(store);
    const found = canaries.filter((c) => raw.includes(c));
    console.log(
      `[security] plaintext personal fields in the PostgreSQL tables: ${found.length} of ${canaries.length} canaries ` +
        `(${SEALED_COLUMNS.length - 1} sealed columns of ${Object.keys(SEALED_FIELDS).length} tables)`,
    );
    expect(found).toEqual([]);
    // Every value of every sealed column is sealed, whatever it holds.
    let values = 0;
    for (const col of SEALED_COLUMNS) {
      const rows = (
        await sql<{ v: string | null }>`select ${sql.ref(col.column)} as v from ${sql.table(col.table)}`.execute(
          store.kysely,
        )
      ).rows;
      for (const r of rows) if (r.v !== null) expect(r.v, `${col.table}.${col.column}`).toMatch(SEALED);
      values += rows.length;
    }
    expect(values).toBeGreaterThan(canaries.length);
  });

  it('every sealed table is keyed by (workspace_id, id), which the seal and rekey rely on', async () => {
    store = await postgres!.open();
    for (const col of SEALED_COLUMNS) {
      const key = (
        await sql<{ column_name: string }>`select k.column_name from information_schema.table_constraints c
          join information_schema.key_column_usage k on k.constraint_name = c.constraint_name
            and k.table_schema = c.table_schema and k.table_name = c.table_name
          where c.table_schema = current_schema() and c.table_name = ${col.table} and c.constraint_type = 'PRIMARY KEY'
          order by k.ordinal_position`.execute(store.kysely)
      ).rows.map((r) => r.column_name);
      expect(key, col.table).toEqual(col.workspaceColumn ? [col.workspaceColumn, col.idColumn] : [col.idColumn]);
    }
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
    // The newer sealed columns bind their place just the same: an ask moved to another ask, or into an action.
    const a1 = await k
      .selectFrom('asks')
      .select('what')
      .where('workspace_id', '=', one.id)
      .where('id', '=', 'a1')
      .executeTakeFirstOrThrow();
    expect(a1.what).toMatch(SEALED);
    await k
      .updateTable('asks')
      .set({ what: a1.what })
      .where('workspace_id', '=', one.id)
      .where('id', '=', 'a2')
      .execute();
    await expectRefused(
      'an ask on another row',
      () => getAsk(store!, one.id, admin, 'a2'),
      /asks\.what of row a2 .*does not open/,
    );
    await k
      .updateTable('actions')
      .set({ title: a1.what })
      .where('workspace_id', '=', two.id)
      .where('id', '=', 'x1')
      .execute();
    await expectRefused(
      'an ask as an action title in another workspace',
      () => listVisibleActions(store!, two.id, admin),
      /actions\.title of row x1 .*does not open/,
    );
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
    const vote = records.votes[0]!;
    await store.kysely.updateTable('votes').set({ question: vote.question }).where('id', '=', vote.id).execute();
    await expect(loadRecords(store, ws.id)).rejects.toThrow(/is not sealed.*sunspace rekey/);

    const result = await rekey(store, new Date());
    expect(result.sealedFirstTime).toBe(2);
    expect(result.keys).toBe(2); // the workspace and the account secrets
    const keys = await store.kysely.selectFrom('data_keys').select(['workspace_id', 'version']).execute();
    expect(keys.map((k) => k.version)).toEqual([2, 2]);
    expect(sealedKinds(await loadRecords(store, ws.id))).toEqual(sealedKinds(records));
    let values = 0;
    for (const col of SEALED_COLUMNS) {
      const rows = (
        await sql<{ v: string | null }>`select ${sql.ref(col.column)} as v from ${sql.table(col.table)}
        where ${sql.ref(col.column)} is not null`.execute(store.kysely)
      ).rows;
      for (const r of rows) expect(r.v, `${col.table}.${col.column}`).toMatch(/^s1\.2\./);
      values += rows.length;
    }
    expect(result.values).toBe(values);
    expect(values).toBeGreaterThan(11); // the 11 of names, contacts, notes and grievance titles, and the rest
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
    const sealedValues = await inStore(where.env, async (s) => {
      const ws = await createWorkspace(s, 'Clinic');
      await inTransaction(s, (tx) => writeRecords(tx, ws.id, smallWorkplace()));
      let n = 0;
      for (const col of SEALED_COLUMNS) {
        const row = (
          await sql<{ n: number }>`select count(${sql.ref(col.column)})::int as n from ${sql.table(col.table)}`.execute(
            s.kysely,
          )
        ).rows[0]!;
        n += row.n;
      }
      return n;
    });
    const run = await sunspace(where.env, ['rekey']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(new RegExp(`New data keys for 2 workspaces .* ${sealedValues} values sealed again`));
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

  it('values written in plain text before their column was sealed are sealed when the store next opens', async () => {
    where = await place('postgres');
    const schema = where.env.SUNSPACE_PG_SCHEMA!;
    const masterKey = randomBytes(32);
    const records = smallWorkplace();
    const first = await openPostgres({ url: PG_URL, schema, masterKey });
    const ws = await createWorkspace(first, 'Clinic');
    await inTransaction(first, (tx) => writeRecords(tx, ws.id, records));
    // As a database written by the release before: the newer columns in plain text and not recorded as sealed.
    const newer = SEALED_COLUMNS.filter(
      (c) =>
        !['people.name', 'people.contact', 'interactions.notes', 'grievances.title', 'totp_factors.secret'].includes(
          `${c.table}.${c.column}`,
        ),
    );
    const plain = new Map<string, string>();
    for (const col of newer) {
      const rows = (
        await sql<{
          id: string;
        }>`select id from ${sql.table(col.table)} where ${sql.ref(col.column)} is not null`.execute(first.kysely)
      ).rows;
      for (const r of rows) {
        const text = `Plain ${col.table}.${col.column} of ${r.id}`;
        plain.set(`${col.table}.${col.column}.${r.id}`, text);
        await sql`update ${sql.table(col.table)} set ${sql.ref(col.column)} = ${text} where id = ${r.id}`.execute(
          first.kysely,
        );
      }
    }
    await first.kysely
      .deleteFrom('sealed_columns')
      .where(
        'name',
        'in',
        newer.map((c) => `${c.table}.${c.column}`),
      )
      .execute();
    // A hand-written value in a column sealed all along is not laundered by the upgrade.
    await first.kysely.updateTable('people').set({ name: 'Written by hand' }).where('id', '=', 'p4').execute();
    await first.close();
    expect(plain.size).toBeGreaterThan(newer.length);

    store = await openPostgres({ url: PG_URL, schema, masterKey });
    let left = 0;
    for (const col of newer) {
      const rows = (
        await sql<{ v: string }>`select ${sql.ref(col.column)} as v from ${sql.table(col.table)}
        where ${sql.ref(col.column)} is not null`.execute(store.kysely)
      ).rows;
      left += rows.filter((r) => !SEALED.test(r.v)).length;
    }
    const recorded = await store.kysely.selectFrom('sealed_columns').select('name').execute();
    console.log(
      `[security] upgrade: ${plain.size} plain values in ${newer.length} newly sealed columns; left in plain text after the next open: ${left}`,
    );
    expect(left).toBe(0);
    expect(recorded.map((r) => r.name).sort()).toEqual(SEALED_COLUMNS.map((c) => `${c.table}.${c.column}`).sort());
    await expect(loadRecords(store, ws.id)).rejects.toThrow(/people\.name of row p4 .*is not sealed/);
    await store.kysely.updateTable('people').set({ name: 'Dee' }).where('id', '=', 'p4').execute();
    await rekey(store, new Date());
    const back = await loadRecords(store, ws.id);
    expect(back.asks.find((x) => x.id === 'a1')?.what).toBe(plain.get('asks.what.a1'));
    expect(back.mandates[0]?.text).toBe(plain.get(`mandates.text.${back.mandates[0]?.id}`));
    expect(back.people.find((p) => p.id === 'p1')?.role).toBe(plain.get('people.role.p1'));
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

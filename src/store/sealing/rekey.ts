/**
 * `sunspace rekey` on PostgreSQL: a new version of every data key, every sealed value sealed again under it,
 * and the old versions destroyed, all in one transaction: either every value moves to the new keys and the
 * old ones are gone, or nothing changed. Values written before sealing was on are sealed on the way.
 *
 * sealNewColumns: when a release seals a column that was kept clear before, the first open after the upgrade
 * seals the plain values already in it, once (migration 0006 records which columns are done).
 */
import { sql } from 'kysely';
// the default import: under Node's own ESM loader (tsx, as Sunspace runs) a namespace import sees only the
// functions, not the constants (docs/adr/0001)
import sodium from 'sodium-native';
import { inTransaction, type Db } from '../database.js';
import { SEALED_FIELDS, type FieldRef } from '../field-seal.js';
import { ACCOUNT_SECRETS_WORKSPACE } from '../second-factors.store.js';
import { StoreError } from '../store-error.js';
import { deleteKeysBelow, insertWrappedKey, loadWrappedKeys } from './data-keys.store.js';
import { isSealed, SodiumSeal } from './sodium-seal.js';

/**
 * Every sealed column: where its row id and workspace are. Every table of SEALED_FIELDS is keyed by
 * (workspace_id, id) (migrations 0001 and 0003; test/security/sealed-fields.test.ts checks it).
 */
export interface SealedColumn {
  table: string;
  column: string;
  idColumn: string;
  /** null: account secrets, sealed under workspace 0. */
  workspaceColumn: string | null;
}

export const SEALED_COLUMNS: readonly SealedColumn[] = [
  ...Object.entries(SEALED_FIELDS).flatMap(([table, columns]) =>
    (columns as readonly string[]).map((column) => ({
      table,
      column,
      idColumn: 'id',
      workspaceColumn: 'workspace_id',
    })),
  ),
  { table: 'totp_factors', column: 'secret', idColumn: 'user_id', workspaceColumn: null },
];

export interface RekeyResult {
  /** Workspaces (and the account secrets) given a new key version. */
  keys: number;
  /** Values sealed again. */
  values: number;
  /** Of those, values that were not sealed before. */
  sealedFirstTime: number;
}

const PAGE = 2000;

interface Row {
  id: string | number;
  ws: number;
  value: string;
}

export async function rekey(db: Db, now: Date): Promise<RekeyResult> {
  const seal = db.seal;
  if (!(seal instanceof SodiumSeal)) {
    throw new StoreError(
      'bad_config',
      'rekey rotates the data keys of sealed fields, which only PostgreSQL stores have; an SQLite file is encrypted whole by its own key',
    );
  }
  const result: RekeyResult = { keys: 0, values: 0, sealedFirstTime: 0 };
  const newVersions = new Map<number, number>();
  try {
    await inTransaction(db, async (tx) => {
      await sql`lock table data_keys in exclusive mode`.execute(tx.kysely);
      const workspaces = new Set<number>([ACCOUNT_SECRETS_WORKSPACE]);
      for (const r of await tx.kysely.selectFrom('workspaces').select('id').execute()) workspaces.add(r.id);
      const latest = new Map<number, number>();
      for (const k of await loadWrappedKeys(tx))
        latest.set(k.workspaceId, Math.max(latest.get(k.workspaceId) ?? 0, k.version));
      for (const ws of workspaces) {
        await seal.ready(tx, ws);
        const version = (latest.get(ws) ?? 1) + 1;
        const key = Buffer.alloc(32);
        sodium.randombytes_buf(key);
        const wrapped = seal.addVersion(ws, version, key);
        sodium.sodium_memzero(key);
        await insertWrappedKey(tx, { workspaceId: ws, version, wrapped, now });
        newVersions.set(ws, version);
        result.keys++;
      }
      for (const col of SEALED_COLUMNS) await resealColumn(tx, seal, col, result, false);
      for (const [ws, version] of newVersions) await deleteKeysBelow(tx, ws, version);
      await recordSealed(tx, SEALED_COLUMNS, now);
    });
  } catch (error) {
    // Nothing was written: the new versions must not be used for anything sealed from now on.
    for (const [ws, version] of newVersions) seal.forgetVersion(ws, version);
    throw error;
  }
  for (const ws of newVersions.keys()) seal.dropOldVersions(ws);
  return result;
}

const nameOf = (col: SealedColumn) => `${col.table}.${col.column}`;

/** The pattern of a sealed value (sodium-seal.ts), for finding the plain ones in SQL. */
const SEALED_PATTERN = '^s1\\.[0-9]+\\.[A-Za-z0-9_-]+$';

async function recordSealed(tx: Db, columns: readonly SealedColumn[], now: Date): Promise<void> {
  if (columns.length === 0) return;
  await tx.kysely
    .insertInto('sealed_columns')
    .values(columns.map((c) => ({ name: nameOf(c), sealed_at: now.toISOString() })))
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

/**
 * Seal, once, the plain values of the columns sealed since the database was last opened (written before the
 * release that sealed them), and record those columns as sealed: from then on a plain value there is refused.
 * Runs when a PostgreSQL store opens, in one transaction; another process opening at the same time waits for
 * it and finds nothing left to do. The names of the columns sealed now (usually none).
 */
export async function sealNewColumns(db: Db, now: Date): Promise<{ columns: string[]; values: number }> {
  const seal = db.seal;
  const done = { columns: [] as string[], values: 0 };
  if (!(seal instanceof SodiumSeal)) return done;
  const recorded = async (k: Db['kysely']) =>
    new Set((await k.selectFrom('sealed_columns').select('name').execute()).map((r) => r.name));
  // Nearly always: nothing new, and no lock taken.
  const before = await recorded(db.kysely);
  if (SEALED_COLUMNS.every((c) => before.has(nameOf(c)))) return done;
  await inTransaction(db, async (tx) => {
    await sql`lock table sealed_columns in exclusive mode`.execute(tx.kysely);
    const have = await recorded(tx.kysely);
    const todo = SEALED_COLUMNS.filter((c) => !have.has(nameOf(c)));
    const result: RekeyResult = { keys: 0, values: 0, sealedFirstTime: 0 };
    for (const col of todo) await resealColumn(tx, seal, col, result, true);
    await recordSealed(tx, todo, now);
    done.columns = todo.map(nameOf);
    done.values = result.sealedFirstTime;
  });
  return done;
}

/**
 * Seal every value of a column again under the current key versions; with `onlyPlain`, only the values that
 * are not sealed yet (sealNewColumns).
 */
async function resealColumn(
  tx: Db,
  seal: SodiumSeal,
  col: SealedColumn,
  result: RekeyResult,
  onlyPlain: boolean,
): Promise<void> {
  const k = tx.kysely;
  const id = sql.ref(col.idColumn);
  const ws = col.workspaceColumn ? sql.ref(col.workspaceColumn) : sql.lit(ACCOUNT_SECRETS_WORKSPACE);
  const value = sql.ref(col.column);
  const table = sql.table(col.table);
  const plainOnly = onlyPlain ? sql`and ${value} !~ ${SEALED_PATTERN}` : sql``;
  let after: { ws: number; id: string | number } | null = null;
  for (;;) {
    const cursor = after
      ? col.workspaceColumn
        ? sql`and (${ws}, ${id}) > (${after.ws}, ${after.id})`
        : sql`and ${id} > ${after.id}`
      : sql``;
    const order = col.workspaceColumn ? sql`${ws}, ${id}` : sql`${id}`;
    const page: Row[] = (
      await sql<Row>`select ${id} as id, ${ws} as ws, ${value} as value from ${table}
        where ${value} is not null ${plainOnly} ${cursor} order by ${order} limit ${PAGE}`.execute(k)
    ).rows;
    if (page.length === 0) return;
    const updates: { id: string | number; ws: number; value: string }[] = [];
    // A workspace whose key this process has not loaded yet (sealNewColumns runs before any is used).
    for (const ws of new Set(page.map((r) => Number(r.ws)))) await seal.ready(tx, ws);
    for (const r of page) {
      const ref: FieldRef = { table: col.table, column: col.column, workspaceId: Number(r.ws), rowId: String(r.id) };
      const plain = isSealed(r.value) ? seal.open(ref, r.value) : r.value;
      if (!isSealed(r.value)) result.sealedFirstTime++;
      updates.push({ id: r.id, ws: Number(r.ws), value: seal.seal(ref, plain) });
    }
    if (col.workspaceColumn) {
      const values = sql.join(updates.map((u) => sql`(${u.ws}::integer, ${String(u.id)}::text, ${u.value}::text)`));
      await sql`update ${table} as t set ${value} = v.value from (values ${values}) as v(ws, id, value)
        where t.${id} = v.id and t.${ws} = v.ws`.execute(k);
    } else {
      for (const u of updates) await sql`update ${table} set ${value} = ${u.value} where ${id} = ${u.id}`.execute(k);
    }
    result.values += updates.length;
    const last = page[page.length - 1]!;
    after = { ws: Number(last.ws), id: last.id };
  }
}

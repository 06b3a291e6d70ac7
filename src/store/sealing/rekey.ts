/**
 * `sunspace rekey` on PostgreSQL: a new version of every data key, every sealed value sealed again under it,
 * and the old versions destroyed, all in one transaction: either every value moves to the new keys and the
 * old ones are gone, or nothing changed. Values written before sealing was on are sealed on the way.
 */
import { sql } from 'kysely';
import * as sodium from 'sodium-native';
import { inTransaction, type Db } from '../database.js';
import { PERSONAL_FIELDS, type FieldRef } from '../field-seal.js';
import { ACCOUNT_SECRETS_WORKSPACE } from '../second-factors.store.js';
import { StoreError } from '../store-error.js';
import { deleteKeysBelow, insertWrappedKey, loadWrappedKeys } from './data-keys.store.js';
import { isSealed, SodiumSeal } from './sodium-seal.js';

/** Every sealed column: where its row id and workspace are. */
export interface SealedColumn {
  table: string;
  column: string;
  idColumn: string;
  /** null: account secrets, sealed under workspace 0. */
  workspaceColumn: string | null;
}

export const SEALED_COLUMNS: readonly SealedColumn[] = [
  ...Object.entries(PERSONAL_FIELDS).flatMap(([table, columns]) =>
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
      for (const col of SEALED_COLUMNS) await resealColumn(tx, seal, col, result);
      for (const [ws, version] of newVersions) await deleteKeysBelow(tx, ws, version);
    });
  } catch (error) {
    // Nothing was written: the new versions must not be used for anything sealed from now on.
    for (const [ws, version] of newVersions) seal.forgetVersion(ws, version);
    throw error;
  }
  for (const ws of newVersions.keys()) seal.dropOldVersions(ws);
  return result;
}

async function resealColumn(tx: Db, seal: SodiumSeal, col: SealedColumn, result: RekeyResult): Promise<void> {
  const k = tx.kysely;
  const id = sql.ref(col.idColumn);
  const ws = col.workspaceColumn ? sql.ref(col.workspaceColumn) : sql.lit(ACCOUNT_SECRETS_WORKSPACE);
  const value = sql.ref(col.column);
  const table = sql.table(col.table);
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
        where ${value} is not null ${cursor} order by ${order} limit ${PAGE}`.execute(k)
    ).rows;
    if (page.length === 0) return;
    const updates: { id: string | number; ws: number; value: string }[] = [];
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

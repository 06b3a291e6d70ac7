import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Kysely } from 'kysely';
import type { Database, Db } from './database.js';

type AnyRow = Record<string, unknown>;
// Generic over tables, which Kysely's types cannot follow; the callers' row types keep it honest.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Kysely<any>;

/** Both engines take tens of thousands of bound values a statement; stay well below either limit. */
const MAX_VALUES_PER_STATEMENT = 8000;

/**
 * Insert rows; where a row's key already exists, update its other columns. This is how imports stay
 * idempotent: the same id updates, never duplicates.
 *
 * On SQLite one prepared statement per table is built once (by Kysely) and run row by row on the
 * connection's own handle, inside the caller's transaction: SQLite's per-statement cost is tiny, while
 * compiling and preparing a new multi-row statement per batch took most of an import's time. On
 * PostgreSQL, where each statement is a round trip, rows go in multi-row statements.
 */
export async function upsertRows<T extends keyof Database>(
  db: Db,
  table: T,
  rows: readonly Database[T][],
  key: readonly (keyof Database[T] & string)[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as unknown as AnyRow);
  const update = columns.filter((c) => !(key as readonly string[]).includes(c));
  const k = db.kysely as unknown as Loose;
  const build = (values: AnyRow | AnyRow[]) =>
    k
      .insertInto(String(table))
      .values(values)
      .onConflict((oc) => {
        const target = oc.columns([...key]);
        if (update.length === 0) return target.doNothing();
        return target.doUpdateSet((eb) => Object.fromEntries(update.map((c) => [c, eb.ref(`excluded.${c}`)])));
      });
  if (db.sqlite) {
    runEach(
      db.sqlite,
      `upsert:${String(table)}:${columns.join(',')}`,
      () => build(placeholders(columns)).compile().sql,
      columns,
      rows,
    );
    return;
  }
  const batch = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length));
  for (let i = 0; i < rows.length; i += batch) {
    await build(rows.slice(i, i + batch) as unknown as AnyRow[]).execute();
  }
}

/** Plain insert, for link rows whose parent's old links were just removed. */
export async function insertRows<T extends keyof Database>(
  db: Db,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as unknown as AnyRow);
  const k = db.kysely as unknown as Loose;
  if (db.sqlite) {
    const sql = () => k.insertInto(String(table)).values(placeholders(columns)).compile().sql;
    runEach(db.sqlite, `insert:${String(table)}:${columns.join(',')}`, sql, columns, rows);
    return;
  }
  const batch = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length));
  for (let i = 0; i < rows.length; i += batch) {
    await k
      .insertInto(String(table))
      .values(rows.slice(i, i + batch))
      .execute();
  }
}

/** Remove the link rows of the given parents (for example every participant of some interactions). */
export async function deleteLinks<T extends keyof Database>(
  db: Db,
  table: T,
  workspaceId: number,
  parentColumn: keyof Database[T] & string,
  parentIds: readonly string[],
): Promise<void> {
  const k = db.kysely as unknown as Loose;
  for (let i = 0; i < parentIds.length; i += MAX_VALUES_PER_STATEMENT) {
    await k
      .deleteFrom(String(table))
      .where('workspace_id', '=', workspaceId)
      .where(String(parentColumn), 'in', parentIds.slice(i, i + MAX_VALUES_PER_STATEMENT))
      .execute();
  }
}

/** A row of nulls: Kysely compiles each to one `?` placeholder, in column order. */
function placeholders(columns: readonly string[]): AnyRow {
  return Object.fromEntries(columns.map((c) => [c, null]));
}

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement<unknown[]>>>();

function runEach(
  handle: BetterSqlite3.Database,
  cacheKey: string,
  sql: () => string,
  columns: readonly string[],
  rows: readonly unknown[],
): void {
  let cache = statements.get(handle);
  if (!cache) statements.set(handle, (cache = new Map<string, BetterSqlite3.Statement<unknown[]>>()));
  let stmt = cache.get(cacheKey);
  if (!stmt) cache.set(cacheKey, (stmt = handle.prepare<unknown[]>(sql())));
  const values: unknown[] = new Array(columns.length);
  for (const row of rows as AnyRow[]) {
    for (let c = 0; c < columns.length; c++) values[c] = row[columns[c]!];
    stmt.run(values);
  }
}

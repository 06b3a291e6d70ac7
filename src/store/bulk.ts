import type { Kysely } from 'kysely';
import type { Database, Db } from './database.js';

type AnyRow = Record<string, unknown>;
// Generic over tables, which Kysely's types cannot follow; the callers' row types keep it honest.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Kysely<any>;

/** Both engines take tens of thousands of bound values a statement; stay well below either limit. */
const MAX_VALUES_PER_STATEMENT = 8000;

/**
 * Insert rows in multi-row statements; where a row's key already exists, update its other columns.
 * This is how imports stay idempotent: the same id updates, never duplicates.
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
  const batch = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns.length));
  for (let i = 0; i < rows.length; i += batch) {
    const slice = rows.slice(i, i + batch) as unknown as AnyRow[];
    await k
      .insertInto(table as string)
      .values(slice)
      .onConflict((oc) => {
        const target = oc.columns([...key]);
        if (update.length === 0) return target.doNothing();
        return target.doUpdateSet((eb) => Object.fromEntries(update.map((c) => [c, eb.ref(`excluded.${c}`)])));
      })
      .execute();
  }
}

/** Plain multi-row insert, for link rows whose parent's old links were just removed. */
export async function insertRows<T extends keyof Database>(
  db: Db,
  table: T,
  rows: readonly Database[T][],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] as unknown as AnyRow).length;
  const k = db.kysely as unknown as Loose;
  const batch = Math.max(1, Math.floor(MAX_VALUES_PER_STATEMENT / columns));
  for (let i = 0; i < rows.length; i += batch) {
    await k
      .insertInto(table as string)
      .values(rows.slice(i, i + batch) as unknown as AnyRow[])
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
      .deleteFrom(table as string)
      .where('workspace_id', '=', workspaceId)
      .where(parentColumn as string, 'in', parentIds.slice(i, i + MAX_VALUES_PER_STATEMENT))
      .execute();
  }
}

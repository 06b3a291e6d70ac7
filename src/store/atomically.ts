import { sql } from 'kysely';
import { inTransaction, type Db } from './database.js';

let savepoints = 0;

/**
 * Run `fn` so that, if it throws, nothing it wrote stays: in a transaction of its own, or, when `db` is in a
 * transaction already, in a savepoint of it, undone alone while the caller's transaction goes on. (The import
 * writes a bundle as it reads it, and must take it all back when a later row turns out to be wrong.)
 */
export async function atomically<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  if (!db.kysely.isTransaction) return inTransaction(db, fn);
  const name = sql.raw(`sunspace_savepoint_${++savepoints}`);
  await sql`savepoint ${name}`.execute(db.kysely);
  let result: T;
  try {
    result = await fn(db);
  } catch (error) {
    await sql`rollback to savepoint ${name}`.execute(db.kysely);
    await sql`release savepoint ${name}`.execute(db.kysely);
    throw error;
  }
  await sql`release savepoint ${name}`.execute(db.kysely);
  return result;
}

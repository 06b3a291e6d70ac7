import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Db } from './database.js';

/** An open database: a {@link Db} to pass to data access functions, and what it takes to close it. */
export interface Store extends Db {
  /** Where the data lives, safe to print (passwords redacted). */
  readonly location: string;
  /** The SQLite handle, for the few things Kysely does not do (bulk writes, backups). */
  readonly sqlite?: BetterSqlite3.Database;
  close(): Promise<void>;
}

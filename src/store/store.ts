import type { Db } from './database.js';

/** An open database: a {@link Db} to pass to data access functions, and what it takes to close it. */
export interface Store extends Db {
  /** Where the data lives, safe to print (passwords redacted). */
  readonly location: string;
  close(): Promise<void>;
}

/**
 * Reading ahead for the model's biggest read (model-feed.ts, feedInteractions): a second connection to the
 * same encrypted file, in a worker thread, reads and decrypts the next page of interactions and their raisings
 * while this thread gives the last page to the model. SQLite's statements are synchronous, so on one thread
 * the two take turns; on two cores they overlap, and a large workspace's analysis takes the longer of the two
 * rather than their sum (docs/benchmarks.md).
 *
 * The worker opens the file read-only with the key this process opened it with (remembered here, in memory,
 * for that alone), and reads every page it gives in one read transaction, so that they all come from one
 * snapshot of the file. It only sees what is committed: a connection inside a transaction must read its own
 * pages (feedInteractions does). Anything that goes wrong in the worker (it cannot start, the key changed,
 * the file is gone) ends it, and feedInteractions reads the rest on its own connection, as it would without.
 *
 * The worker's code is plain JavaScript run with `eval`, so that it runs the same from the TypeScript sources
 * (tsx, vitest) and from a build; its SQL is given to it by the caller, so there is one copy of each statement.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { keyPragma, type SqliteKey } from './sqlite-key.js';

/** How each connection was opened: its file and key, to open a second connection to it. */
const openings = new WeakMap<BetterSqlite3.Database, { file: string; key: SqliteKey }>();

/** Remember how `raw` was opened (open-sqlite.ts), so that a reader can open the same file. */
export function rememberOpening(raw: BetterSqlite3.Database, file: string, key: SqliteKey): void {
  openings.set(raw, { file, key });
}

/** How many readers this process started, and how many of them failed (their pages were read here instead). */
export const readAheadCounts = { started: 0, failed: 0 };

/** A page of interactions in the packed form (model-feed.ts), with the raisings of the same ids. */
export interface PackedPage {
  /** The interactions after `after` up to and including `last`, in id order, with who took part in each. */
  page: string;
  /** The grievances raised in them. */
  raised: string;
  after: string;
  last: string;
}

/** The statements the worker runs, each with @ws and @after; the first with @limit, the second with @last. */
export interface ReadAheadStatements {
  interactions: string;
  raisings: string;
}

const WORKER = `
const { parentPort, workerData: w } = require('node:worker_threads');
const Database = require(w.module);
const db = new Database(w.file, { readonly: true, fileMustExist: true });
db.pragma("cipher = 'sqlcipher'");
db.pragma('legacy = 4');
db.pragma('key = ' + w.key);
// pages are read front to back once: a small cache is enough
db.pragma('cache_size = -16384');
const statement = (sql) => db.prepare(sql).pluck(true);
const interactions = statement(w.sql.interactions);
const raisings = statement(w.sql.raisings);
db.exec('BEGIN');
let after = w.after;
parentPort.on('message', () => {
  const page = interactions.get({ ws: w.ws, after, limit: w.limit });
  if (!page) {
    db.exec('COMMIT');
    parentPort.postMessage(null);
    return;
  }
  const row = page.slice(page.lastIndexOf('\\n') + 1);
  const last = row.slice(0, row.indexOf('\\t'));
  const range = { ws: w.ws, after, last };
  const raised = raisings.get(range) ?? '';
  parentPort.postMessage({ page, raised, after, last });
  after = last;
});
`;

/** Pages read by a worker thread, one ahead of the one being given to the model. */
export class ReadAhead {
  private pending: Promise<PackedPage | null>;

  private constructor(private readonly worker: Worker) {
    this.pending = this.request();
  }

  /**
   * A reader of the pages after `after`, or null when `raw` cannot have one: opened elsewhere than
   * open-sqlite.ts, or inside a transaction (the worker would not see what it wrote).
   */
  static start(
    raw: BetterSqlite3.Database,
    options: { ws: number; after: string; limit: number; sql: ReadAheadStatements },
  ): ReadAhead | null {
    const opening = openings.get(raw);
    if (!opening || raw.inTransaction || raw.memory) return null;
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        module: createRequire(import.meta.url).resolve('better-sqlite3-multiple-ciphers'),
        file: opening.file,
        key: keyPragma(opening.key),
        ...options,
      },
    });
    // the reader is not a reason to keep the process alive
    worker.unref();
    readAheadCounts.started++;
    return new ReadAhead(worker);
  }

  private request(): Promise<PackedPage | null> {
    const worker = this.worker;
    return new Promise<PackedPage | null>((resolve, reject) => {
      const onMessage = (page: PackedPage | null) => {
        worker.off('error', onError);
        worker.off('exit', onExit);
        resolve(page);
      };
      const onError = (error: Error) => {
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        reject(error);
      };
      const onExit = (code: number) => onError(new Error(`the reading worker stopped (exit code ${code})`));
      worker.once('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage('next');
    });
  }

  /** The next page (null after the last), and the one after it asked for at once. */
  async next(): Promise<PackedPage | null> {
    const page = await this.pending;
    if (page !== null) this.pending = this.request();
    else void this.close();
    return page;
  }

  async close(): Promise<void> {
    this.pending.catch(() => undefined);
    await this.worker.terminate();
  }
}

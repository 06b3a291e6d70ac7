/**
 * Reading ahead for the model's biggest read (model-feed.ts, feedInteractions): a second connection to the
 * same encrypted file, in a worker thread, reads and decrypts the pages of interactions and their raisings
 * while this thread gives earlier pages to the model. SQLite's statements are synchronous, so on one thread
 * the two take turns; on two cores they overlap (docs/benchmarks.md).
 *
 * The worker starts at once and reads up to PAGES_AHEAD pages before the model takes the first: while this
 * thread reads people, asks and ties, it would otherwise be idle. When the model is behind (pages waiting),
 * the worker also reads each page into numbers (interaction-pages.ts), so that the model's thread only gives
 * them to the accumulator; when the model is waiting for it, it hands the page on as text, for the model's
 * thread to read, and goes on to the next. So the parsing goes to whichever thread has time for it.
 *
 * The worker opens the file read-only with the key this process opened it with (remembered here, in memory,
 * for that alone), and reads every page it gives in one read transaction, so that they all come from one
 * snapshot of the file. It only sees what is committed: a connection inside a transaction must read its own
 * pages (feedInteractions does). Anything that goes wrong in the worker (it cannot start, the key changed,
 * the file is gone) ends it, and feedInteractions reads the rest on its own connection, as it would without.
 *
 * The worker's code is plain JavaScript run with `eval`, so that it runs the same from the TypeScript sources
 * (tsx, vitest) and from a build; its SQL is given to it by the caller, so there is one copy of each statement,
 * and it loads the page reader's module itself, through tsx as Sunspace runs (docs/adr/0001).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { ParsedPage, ParseOptions } from './interaction-pages.js';
import { keyPragma, stretchedKey, type SqliteKey } from './sqlite-key.js';

const require = createRequire(import.meta.url);

/**
 * How each connection was opened: its file and key, to open a second connection to it; for a passphrase, once
 * known, the raw key SQLCipher stretched it into, so that the worker need not stretch it again.
 */
const openings = new WeakMap<BetterSqlite3.Database, { file: string; key: SqliteKey; stretched?: SqliteKey }>();

/**
 * Remember how `raw` was opened (open-sqlite.ts, once the file holds its schema), so that a reader can open the
 * same file. A passphrase is stretched meanwhile, off this thread (sqlite-key.ts, stretchedKey).
 */
export function rememberOpening(raw: BetterSqlite3.Database, file: string, key: SqliteKey): void {
  const opening: { file: string; key: SqliteKey; stretched?: SqliteKey } = { file, key };
  openings.set(raw, opening);
  if (key.kind === 'passphrase') {
    stretchedKey(key.passphrase, file).then(
      (stretched) => {
        if (stretched) opening.stretched = stretched;
      },
      // the worker stretches the passphrase itself
      () => undefined,
    );
  }
}

/** Whether a reader would open `raw`'s file with a raw key (tests). */
export function readerKeyIsRaw(raw: BetterSqlite3.Database): boolean {
  const opening = openings.get(raw);
  return (opening?.stretched ?? opening?.key)?.kind === 'raw';
}

/**
 * How many readers this process started, how many of them failed (their pages were read here instead), and how
 * many pages they gave as text and read into numbers themselves.
 */
export const readAheadCounts = { started: 0, failed: 0, pagesAsText: 0, pagesParsed: 0 };

/** A page of interactions in the packed form (model-feed.ts), with the raisings of the same ids. */
export interface PackedPage {
  /** The interactions after `after` up to and including `last`, in id order, with who took part in each. */
  page: string;
  /** The grievances raised in them. */
  raised: string;
  after: string;
  last: string;
}

/**
 * The statements the worker runs, each with @ws and @after; the first with @limit, the others with @last: a page
 * of interactions, their raisings, and the same page with each interaction's raisings beside it.
 */
export interface ReadAheadStatements {
  interactions: string;
  raisings: string;
  withRaisings: string;
}

/**
 * How many pages the worker may have read that the model has not taken yet. While the model reads people, asks
 * and ties, the worker, otherwise idle, reads this far ahead (docs/benchmarks.md): at 20,000 interactions a
 * page, about 2 MB of text each.
 */
export const PAGES_AHEAD = 16;

/**
 * The worker reads a page into numbers itself (interaction-pages.ts) when the model has at least this many of
 * its pages waiting: the model is then the slower of the two, and this thread the one with time to spare.
 * Otherwise it gives the page as text, for the model's thread to read, so that it can go on to the next.
 */
export const readAheadTuning = { parseWhenWaiting: 2 };

/** The shared counters' slots: pages taken by the model, whether the reader was closed, whether asks were told. */
const TAKEN = 0;
const CLOSED = 1;
const ASKS = 2;

const WORKER = `
const { parentPort, workerData: w, receiveMessageOnPort } = require('node:worker_threads');
const Database = require(w.module);
const shared = new Int32Array(w.shared);
const db = new Database(w.file, { readonly: true, fileMustExist: true });
db.pragma("cipher = 'sqlcipher'");
db.pragma('legacy = 4');
db.pragma('key = ' + w.key);
// pages are read front to back once: a small cache is enough
db.pragma('cache_size = -16384');
const statement = (sql) => db.prepare(sql).pluck(true);
const interactions = statement(w.sql.interactions);
const raisings = statement(w.sql.raisings);
const withRaisings = statement(w.sql.withRaisings);
let parser = null;
if (w.parser) {
  require(w.parser.tsx).register();
  const pages = require(w.parser.module);
  parser = { pages, reader: new pages.PageParser(w.parser.options), asksKnown: false };
}
// The waiting asks' interactions, told once the model has read them (false if the reader was closed first).
function knowAsks() {
  while (!parser.asksKnown) {
    const told = receiveMessageOnPort(w.port);
    if (told) {
      parser.reader.asks = new parser.pages.AskLookup(told.message);
      parser.asksKnown = true;
    } else if (Atomics.load(shared, ${CLOSED})) return false;
    else Atomics.wait(shared, ${ASKS}, 0, 1000);
  }
  return true;
}
db.exec('BEGIN');
let after = w.after;
reading: for (let sent = 0; ; sent++) {
  // no more than w.ahead pages the model has not taken (the wait ends when it takes one or closes the reader)
  let taken = Atomics.load(shared, ${TAKEN});
  for (; sent - taken >= w.ahead; taken = Atomics.load(shared, ${TAKEN})) {
    if (Atomics.load(shared, ${CLOSED})) break reading;
    Atomics.wait(shared, ${TAKEN}, taken, 1000);
  }
  if (Atomics.load(shared, ${CLOSED})) break;
  const page = interactions.get({ ws: w.ws, after, limit: w.limit });
  if (!page) {
    parentPort.postMessage(null);
    break;
  }
  const row = page.slice(page.lastIndexOf('\\n') + 1);
  const last = row.slice(0, row.indexOf('\\t'));
  const range = { ws: w.ws, after, last };
  const raised = raisings.get(range) ?? '';
  if (parser && sent - Atomics.load(shared, ${TAKEN}) >= w.parseWhen) {
    if (!knowAsks()) break;
    const parsed =
      parser.reader.parse(page, raised, after, last) ??
      parser.reader.parse(withRaisings.get(range) ?? '', null, after, last);
    parentPort.postMessage(parsed, parser.pages.pageBuffers(parsed));
  } else parentPort.postMessage({ page, raised, after, last });
  after = last;
}
db.exec('COMMIT');
db.close();
`;

/** Pages read by a worker thread, up to PAGES_AHEAD ahead of the one being given to the model. */
export class ReadAhead {
  /** Pages received and not yet taken; the worker's failure, once it failed. */
  private readonly received: (PackedPage | ParsedPage | null)[] = [];
  private failure: Error | null = null;
  private told = false;
  private waiting: { resolve: (page: PackedPage | ParsedPage | null) => void; reject: (error: Error) => void } | null =
    null;

  private constructor(
    private readonly worker: Worker,
    private readonly shared: Int32Array,
    private readonly port: MessagePort,
  ) {
    worker.on('message', (page: PackedPage | ParsedPage | null) => {
      if (page) readAheadCounts[isParsed(page) ? 'pagesParsed' : 'pagesAsText']++;
      const waiting = this.waiting;
      this.waiting = null;
      if (waiting) waiting.resolve(page);
      else this.received.push(page);
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.reject(this.failure);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the reading worker stopped (exit code ${code})`)));
  }

  /**
   * A reader of the pages after `after`, or null when `raw` cannot have one: opened elsewhere than
   * open-sqlite.ts, or inside a transaction (the worker would not see what it wrote).
   */
  static start(
    raw: BetterSqlite3.Database,
    options: { ws: number; after: string; limit: number; sql: ReadAheadStatements; parse: ParseOptions },
  ): ReadAhead | null {
    const opening = openings.get(raw);
    if (!opening || raw.inTransaction || raw.memory) return null;
    const shared = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
    const { port1, port2 } = new MessageChannel();
    const { parse, ...reading } = options;
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: {
        module: require.resolve('better-sqlite3-multiple-ciphers'),
        file: opening.file,
        key: keyPragma(opening.stretched ?? opening.key),
        shared: shared.buffer,
        ahead: PAGES_AHEAD,
        parseWhen: readAheadTuning.parseWhenWaiting,
        port: port2,
        parser: parserModule(parse),
        ...reading,
      },
      transferList: [port2],
    });
    // the reader is not a reason to keep the process alive
    worker.unref();
    readAheadCounts.started++;
    return new ReadAhead(worker, shared, port1);
  }

  /**
   * The interactions asks wait for (AskLookup's ids), once the model has read the asks: the worker reads no
   * page into numbers before it knows them. Told once; later calls change nothing.
   */
  tellAsks(ids: readonly string[]): void {
    if (this.told) return;
    this.told = true;
    this.port.postMessage(ids);
    Atomics.store(this.shared, ASKS, 1);
    Atomics.notify(this.shared, ASKS);
  }

  /** The next page (null after the last); taking it lets the worker read one more. */
  async next(): Promise<PackedPage | ParsedPage | null> {
    const page =
      this.received.length > 0
        ? this.received.shift()!
        : this.failure
          ? Promise.reject(this.failure)
          : new Promise<PackedPage | ParsedPage | null>((resolve, reject) => (this.waiting = { resolve, reject }));
    const taken = await page;
    if (taken === null) void this.close();
    else {
      Atomics.add(this.shared, TAKEN, 1);
      Atomics.notify(this.shared, TAKEN);
    }
    return taken;
  }

  async close(): Promise<void> {
    Atomics.store(this.shared, CLOSED, 1);
    Atomics.notify(this.shared, TAKEN);
    Atomics.notify(this.shared, ASKS);
    this.port.close();
    await this.worker.terminate();
  }
}

/** Whether a page was read into numbers (or is still text). */
export function isParsed(page: PackedPage | ParsedPage): page is ParsedPage {
  return 'who' in page;
}

/**
 * The page reader's module for the worker (interaction-pages.ts, beside this one), with tsx to load it when it
 * is TypeScript, as Sunspace runs (docs/adr/0001); null when tsx cannot be found, and the worker then gives
 * every page as text.
 */
function parserModule(options: ParseOptions): { module: string; tsx: string; options: ParseOptions } | null {
  const here = fileURLToPath(import.meta.url);
  const module = path.join(path.dirname(here), `interaction-pages${path.extname(here)}`);
  try {
    return { module, tsx: require.resolve('tsx/cjs/api'), options };
  } catch {
    return null;
  }
}

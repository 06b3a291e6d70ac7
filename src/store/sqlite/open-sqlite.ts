import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from '../database.js';
import { plainFields } from '../field-seal.js';
import { migrateToLatest, type OnUpgrade } from '../migrate.js';
import type { Store } from '../store.js';
import { StoreError } from '../store-error.js';
import { rememberOpening } from './read-ahead.js';
import { keyPragma, type SqliteKey } from './sqlite-key.js';

const PLAINTEXT_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface SqliteOptions {
  file: string;
  key: SqliteKey;
  /** Open an existing database only: never create one (restore, wipe, audit verify). */
  mustExist?: boolean;
  /** Told the migrations an existing database is about to be upgraded with (migrate.ts). */
  onUpgrade?: OnUpgrade;
}

/**
 * Open (or create) an encrypted SQLite database. Always encrypted: a wrong or missing key fails with a
 * clear message, and a plaintext SQLite file is refused, never opened or converted silently.
 */
export async function openSqlite(options: SqliteOptions): Promise<Store> {
  const file = path.resolve(options.file);
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (!exists && options.mustExist) {
    throw new StoreError('unreachable', `there is no Sunspace database at ${file}`);
  }
  if (exists && isPlaintextSqlite(file)) {
    throw new StoreError(
      'not_encrypted',
      `${file} is an unencrypted SQLite file; Sunspace only keeps data in encrypted databases`,
    );
  }
  if (!exists) fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });

  const raw = new Database(file);
  // Owner-only, like the key file; SQLite gives the -wal and -shm files the same mode.
  if (!exists) fs.chmodSync(file, 0o600);
  try {
    raw.pragma("cipher = 'sqlcipher'");
    raw.pragma('legacy = 4');
    raw.pragma(`key = ${keyPragma(options.key)}`);
    try {
      raw.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch (cause) {
      throw new StoreError(
        'wrong_key',
        `the key does not open ${file}: check SUNSPACE_KEY or the key file (a wrong key never opens or replaces the data)`,
        { cause },
      );
    }
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('temp_store = MEMORY');
    raw.pragma('secure_delete = ON');
    raw.pragma('foreign_keys = ON');
    raw.pragma('busy_timeout = 5000');
    // Up to 128 MiB of decrypted pages in memory (SQLite's default is 2 MiB): every page read again from
    // disk must be decrypted again, which made large imports and analyses several times slower.
    raw.pragma('cache_size = -131072');
  } catch (error) {
    raw.close();
    throw error;
  }

  const kysely = new Kysely<Schema>({ dialect: new SqliteDialect({ database: raw }) });
  await migrateToLatest(kysely, 'sqlite', options.onUpgrade);
  rememberOpening(raw, file, options.key);
  return {
    kysely,
    engine: 'sqlite',
    seal: plainFields,
    location: file,
    sqlite: raw,
    close: () => kysely.destroy(),
  };
}

function isPlaintextSqlite(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(16);
    fs.readSync(fd, head, 0, 16, 0);
    return head.equals(PLAINTEXT_HEADER);
  } finally {
    fs.closeSync(fd);
  }
}

import { pbkdf2, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { StoreError } from '../store-error.js';

/**
 * The key of an encrypted SQLite file: a passphrase (SUNSPACE_KEY; SQLCipher stretches it with PBKDF2)
 * or 32 random bytes from a key file (used as a raw key, no stretching needed).
 */
export type SqliteKey = { kind: 'passphrase'; passphrase: string } | { kind: 'raw'; hex: string };

const KEY_FILE_CONTENT = /^([0-9a-f]{64})\s*$/;

/** Read a key file written by {@link createKeyFile}. */
export function readKeyFile(file: string): SqliteKey {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (cause) {
    throw new StoreError('missing_key', `cannot read the key file ${file}`, { cause });
  }
  const m = KEY_FILE_CONTENT.exec(text);
  if (!m?.[1]) throw new StoreError('missing_key', `the key file ${file} is not a Sunspace key (64 hex digits)`);
  return { kind: 'raw', hex: m[1] };
}

/**
 * Make a new random key file, readable by its owner alone (0600, in a 0700 folder). Refuses to overwrite:
 * replacing a key file would make the database it opens unreadable for good.
 */
export function createKeyFile(file: string): SqliteKey {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const hex = randomBytes(32).toString('hex');
  try {
    fs.writeFileSync(file, `${hex}\n`, { mode: 0o600, flag: 'wx' });
  } catch (cause) {
    throw new StoreError('bad_config', `a key file already exists at ${file}; Sunspace will not replace it`, {
      cause,
    });
  }
  return { kind: 'raw', hex };
}

/** The `PRAGMA key` argument for a key. Passphrases are quoted for SQL; raw keys use SQLCipher's x'..' form. */
export function keyPragma(key: SqliteKey): string {
  if (key.kind === 'raw') return `"x'${key.hex}'"`;
  return `'${key.passphrase.replaceAll("'", "''")}'`;
}

/**
 * The raw key SQLCipher 4 (`legacy = 4`, as open-sqlite.ts opens every file) stretches a passphrase into for
 * `file`: PBKDF2-HMAC-SHA512, 256,000 rounds, over the salt in the file's first 16 bytes. A second connection
 * opened with it (the read-ahead worker, read-ahead.ts) skips the stretching, a tenth of a second of work.
 * Computed on libuv's threads, not this one; null when the file has no salt yet.
 */
export async function stretchedKey(passphrase: string, file: string): Promise<SqliteKey | null> {
  const salt = Buffer.alloc(16);
  const handle = await fs.promises.open(file, 'r');
  try {
    const { bytesRead } = await handle.read(salt, 0, 16, 0);
    if (bytesRead < 16) return null;
  } finally {
    await handle.close();
  }
  const key = await new Promise<Buffer>((resolve, reject) =>
    pbkdf2(passphrase, salt, 256_000, 32, 'sha512', (error, derived) => (error ? reject(error) : resolve(derived))),
  );
  return { kind: 'raw', hex: key.toString('hex') };
}

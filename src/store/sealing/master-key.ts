/**
 * The master key of a PostgreSQL store: it wraps every data key (sodium-seal.ts) and never enters the
 * database. It comes from SUNSPACE_MASTER_KEY (64 hex digits) or a master key file, made on the first run like
 * the SQLite key file (mode 0600, in a 0700 folder, outside any data folder: by default
 * ~/.config/sunspace/master.key), and refused when it is missing while the database holds sealed data.
 */
import { StoreError } from '../store-error.js';
import { createKeyFile, readKeyFile } from '../sqlite/sqlite-key.js';
import fs from 'node:fs';

export type MasterKeySource = { from: 'env'; hex: string } | { from: 'file'; file: string };

const HEX_KEY = /^[0-9a-f]{64}$/i;

export function parseMasterKeyHex(hex: string): Buffer {
  const trimmed = hex.trim();
  if (!HEX_KEY.test(trimmed)) {
    throw new StoreError(
      'bad_config',
      'SUNSPACE_MASTER_KEY must be 64 hex digits (32 random bytes: `openssl rand -hex 32`)',
    );
  }
  return Buffer.from(trimmed, 'hex');
}

export interface ResolvedMasterKey {
  key: Buffer;
  /** Set when this run made the master key file: the person must be told where it is. */
  createdFile?: string;
}

/**
 * The master key for a database that does (`hasSealedData`) or does not yet hold sealed data. A missing file
 * is made only for a database without sealed data: otherwise a new key would open nothing.
 */
export function resolveMasterKey(source: MasterKeySource, hasSealedData: boolean): ResolvedMasterKey {
  if (source.from === 'env') return { key: parseMasterKeyHex(source.hex) };
  if (fs.existsSync(source.file)) {
    const k = readKeyFile(source.file);
    return { key: Buffer.from(k.kind === 'raw' ? k.hex : '', 'hex') };
  }
  if (hasSealedData) {
    throw new StoreError(
      'missing_key',
      `this PostgreSQL database holds sealed data but its master key is missing: set SUNSPACE_MASTER_KEY, or put the master key file back at ${source.file} (or point SUNSPACE_MASTER_KEY_FILE at it)`,
    );
  }
  try {
    const made = createKeyFile(source.file);
    return { key: Buffer.from(made.kind === 'raw' ? made.hex : '', 'hex'), createdFile: source.file };
  } catch (error) {
    // Another process made it a moment ago: use theirs.
    if (!fs.existsSync(source.file)) throw error;
    const k = readKeyFile(source.file);
    return { key: Buffer.from(k.kind === 'raw' ? k.hex : '', 'hex') };
  }
}

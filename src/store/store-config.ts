import fs from 'node:fs';
import path from 'node:path';
import type { OnUpgrade } from './migrate.js';
import { openPostgres } from './postgres/open-postgres.js';
import { resolveMasterKey, type MasterKeySource } from './sealing/master-key.js';
import { openSqlite } from './sqlite/open-sqlite.js';
import { createKeyFile, readKeyFile, type SqliteKey } from './sqlite/sqlite-key.js';
import type { Store } from './store.js';
import { StoreError } from './store-error.js';

/**
 * Where the data lives and how it is opened, worked out from the environment the entry point passes in
 * (this module never reads process.env itself).
 *
 * - SUNSPACE_DB: a file path, or a postgres:// URL. Default: <data folder>/sunspace.db.
 * - SUNSPACE_DATA_DIR: the data folder. Default: $XDG_DATA_HOME/sunspace or ~/.local/share/sunspace.
 * - SUNSPACE_KEY: a passphrase for the SQLite file.
 * - SUNSPACE_KEY_FILE: a key file. Default: $XDG_CONFIG_HOME/sunspace/sunspace.key or
 *   ~/.config/sunspace/sunspace.key, outside the data folder so that a copy of the data folder alone
 *   (a backup tool, a stolen disk image of one folder) does not carry its key.
 * - SUNSPACE_MASTER_KEY (64 hex digits) or SUNSPACE_MASTER_KEY_FILE (default
 *   $XDG_CONFIG_HOME/sunspace/master.key or ~/.config/sunspace/master.key): on PostgreSQL, the key that wraps
 *   the data keys of sealed fields (sealing/sodium-seal.ts). The file is made on the first run.
 */
export type StoreConfig =
  | { engine: 'sqlite'; file: string; key: { from: 'env' } | { from: 'file'; file: string } }
  | { engine: 'postgres'; url: string; schema?: string; masterKey: MasterKeySource };

export type Env = Readonly<Record<string, string | undefined>>;

export function resolveStoreConfig(env: Env, home: string): StoreConfig {
  const db = env.SUNSPACE_DB?.trim();
  if (db && /^postgres(ql)?:\/\//.test(db)) {
    const masterKey: MasterKeySource =
      env.SUNSPACE_MASTER_KEY !== undefined
        ? { from: 'env', hex: env.SUNSPACE_MASTER_KEY }
        : {
            from: 'file',
            file: path.resolve(
              env.SUNSPACE_MASTER_KEY_FILE ||
                path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'sunspace', 'master.key'),
            ),
          };
    return {
      engine: 'postgres',
      url: db,
      ...(env.SUNSPACE_PG_SCHEMA ? { schema: env.SUNSPACE_PG_SCHEMA } : {}),
      masterKey,
    };
  }
  const dataDir =
    env.SUNSPACE_DATA_DIR || path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'sunspace');
  const file = path.resolve(db || path.join(dataDir, 'sunspace.db'));
  if (env.SUNSPACE_KEY !== undefined) {
    if (env.SUNSPACE_KEY.length < 12) {
      throw new StoreError('bad_config', 'SUNSPACE_KEY is too short: use a passphrase of at least 12 characters');
    }
    return { engine: 'sqlite', file, key: { from: 'env' } };
  }
  const keyFile = path.resolve(
    env.SUNSPACE_KEY_FILE || path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'sunspace', 'sunspace.key'),
  );
  return { engine: 'sqlite', file, key: { from: 'file', file: keyFile } };
}

export interface OpenedStore {
  store: Store;
  /** Set when this run made a new key file: the caller must tell the person where it is and why it matters. */
  createdKeyFile?: string;
  /** Things the person should hear loudly, such as a key file lying beside the data it opens. */
  warnings: string[];
}

export interface OpenOptions {
  /** Open an existing database only. */
  mustExist?: boolean;
  /** Told the migrations an existing database is about to be upgraded with (migrate.ts). */
  onUpgrade?: OnUpgrade;
}

/** What to say while an existing database is upgraded (OpenOptions.onUpgrade). */
export function upgradeNotice(pending: readonly string[]): string {
  return (
    `Upgrading the database (${pending.join(', ')}): on a large workspace this can take a minute or more. ` +
    'Leave it running; nothing is lost if it is stopped, and it starts again on the next open.'
  );
}

/** Open the store a config describes, creating a key file on the very first run. */
export async function openStore(config: StoreConfig, env: Env, options: OpenOptions = {}): Promise<OpenedStore> {
  if (config.engine === 'postgres') {
    let createdKeyFile: string | undefined;
    const store = await openPostgres({
      url: config.url,
      ...(config.schema ? { schema: config.schema } : {}),
      ...(options.onUpgrade ? { onUpgrade: options.onUpgrade } : {}),
      masterKey: (hasSealedData) => {
        const resolved = resolveMasterKey(config.masterKey, hasSealedData || options.mustExist === true);
        createdKeyFile = resolved.createdFile;
        return resolved.key;
      },
    });
    return createdKeyFile ? { store, createdKeyFile, warnings: [] } : { store, warnings: [] };
  }
  const dbExists = fs.existsSync(config.file) && fs.statSync(config.file).size > 0;
  let key: SqliteKey;
  let createdKeyFile: string | undefined;
  if (config.key.from === 'env') {
    key = { kind: 'passphrase', passphrase: env.SUNSPACE_KEY ?? '' };
  } else if (fs.existsSync(config.key.file)) {
    key = readKeyFile(config.key.file);
  } else if (dbExists) {
    throw new StoreError(
      'missing_key',
      `${config.file} is encrypted but its key is missing: set SUNSPACE_KEY, or put the key file back at ${config.key.file} (or point SUNSPACE_KEY_FILE at it)`,
    );
  } else if (options.mustExist) {
    throw new StoreError('unreachable', `there is no Sunspace database at ${config.file}`);
  } else {
    key = createKeyFile(config.key.file);
    createdKeyFile = config.key.file;
  }
  const store = await openSqlite({
    file: config.file,
    key,
    ...(options.mustExist ? { mustExist: true } : {}),
    ...(options.onUpgrade ? { onUpgrade: options.onUpgrade } : {}),
  });
  const warnings: string[] = [];
  if (config.key.from === 'file' && path.dirname(config.key.file) === path.dirname(config.file)) {
    warnings.push(
      `the key file ${config.key.file} sits in the same folder as the database: anyone who copies that folder can read everything; move the key elsewhere and set SUNSPACE_KEY_FILE`,
    );
  }
  return createdKeyFile ? { store, createdKeyFile, warnings } : { store, warnings };
}

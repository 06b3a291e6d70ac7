import { resolveMasterKey } from '../sealing/master-key.js';
import { readKeyFile } from '../sqlite/sqlite-key.js';
import type { Env, StoreConfig } from '../store-config.js';
import type { BackupKeySource, KeyMaterial } from './backup-key.js';

/** The database's own key, as backup keys are derived from it: the key file, SUNSPACE_KEY, or the master key. */
export function databaseKeyMaterial(config: StoreConfig, env: Env): KeyMaterial {
  if (config.engine === 'postgres') return { kind: 'raw', bytes: resolveMasterKey(config.masterKey, true).key };
  if (config.key.from === 'env') return { kind: 'passphrase', passphrase: env.SUNSPACE_KEY ?? '' };
  const key = readKeyFile(config.key.file);
  return { kind: 'raw', bytes: Buffer.from(key.kind === 'raw' ? key.hex : '', 'hex') };
}

/** Which key a new backup is made under: SUNSPACE_BACKUP_KEY when set, else one derived from the database key. */
export function backupKeyFor(config: StoreConfig, env: Env): { source: BackupKeySource; material: KeyMaterial } {
  const passphrase = env.SUNSPACE_BACKUP_KEY;
  if (passphrase !== undefined && passphrase !== '') {
    return { source: 'backup-key', material: { kind: 'passphrase', passphrase } };
  }
  return { source: 'database-key', material: databaseKeyMaterial(config, env) };
}

/** The key material a restore needs for the source a backup's header names. */
export function restoreKeyFor(config: StoreConfig, env: Env, source: BackupKeySource): KeyMaterial {
  if (source === 'backup-key') return { kind: 'passphrase', passphrase: env.SUNSPACE_BACKUP_KEY ?? '' };
  return databaseKeyMaterial(config, env);
}

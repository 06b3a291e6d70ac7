/**
 * The key of a backup (docs/security.md, "Backups"). Its own key, never the database's: either derived from
 * SUNSPACE_BACKUP_KEY (a passphrase, stretched with argon2id), or by default derived from the database's key
 * with a KDF under a label of its own ("sunspace-backup-key-v1") and the backup's random salt, so that
 * `sunspace restore` into a new database needs nothing the original database did not. Destroying the
 * database key (`sunspace wipe`) makes such backups unreadable too; a backup made under SUNSPACE_BACKUP_KEY
 * survives the wipe, by design.
 */
// the default import: under Node's own ESM loader (tsx, as Sunspace runs) a namespace import sees only the
// functions, not the constants (docs/adr/0001)
import sodium from 'sodium-native';
import { StoreError } from '../store-error.js';

/** What a key is derived from: a passphrase, or 32 raw key bytes (an SQLite key file, a master key). */
export type KeyMaterial = { kind: 'passphrase'; passphrase: string } | { kind: 'raw'; bytes: Uint8Array };

export type BackupKeySource = 'backup-key' | 'database-key';

/** How the key was derived, as the backup's header records it (without anything secret). */
export interface KdfParams {
  source: BackupKeySource;
  material: KeyMaterial['kind'];
  /** base64 */
  salt: string;
  /** argon2id cost, for passphrases. */
  opslimit?: number;
  memlimit?: number;
}

const LABEL = Buffer.from('sunspace-backup-key-v1');
const OPSLIMIT = 3;
const MEMLIMIT = 64 * 1024 * 1024;

export function newKdfParams(source: BackupKeySource, material: KeyMaterial): KdfParams {
  const salt = Buffer.alloc(sodium.crypto_pwhash_SALTBYTES);
  sodium.randombytes_buf(salt);
  return {
    source,
    material: material.kind,
    salt: salt.toString('base64'),
    ...(material.kind === 'passphrase' ? { opslimit: OPSLIMIT, memlimit: MEMLIMIT } : {}),
  };
}

/** The 32-byte key of the backup's secretstream. */
export function deriveBackupKey(params: KdfParams, material: KeyMaterial): Buffer {
  if (material.kind !== params.material) {
    throw new StoreError(
      'backup_unreadable',
      params.source === 'backup-key'
        ? 'this backup was made with SUNSPACE_BACKUP_KEY: set it to the same passphrase'
        : `this backup was made from a database opened by ${params.material === 'raw' ? 'a key file or master key' : 'a passphrase (SUNSPACE_KEY)'}: open the new database with the same key`,
    );
  }
  const salt = Buffer.from(params.salt, 'base64');
  let ikm: Buffer;
  if (material.kind === 'passphrase') {
    ikm = Buffer.alloc(32);
    sodium.crypto_pwhash(
      ikm,
      Buffer.from(material.passphrase, 'utf8'),
      salt,
      params.opslimit ?? OPSLIMIT,
      params.memlimit ?? MEMLIMIT,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
  } else {
    ikm = Buffer.from(material.bytes);
  }
  const key = Buffer.alloc(32);
  sodium.crypto_generichash(key, Buffer.concat([LABEL, salt]), ikm);
  sodium.sodium_memzero(ikm);
  return key;
}

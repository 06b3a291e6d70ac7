/**
 * Sealed fields on PostgreSQL (docs/security.md, "Sealed fields"). The free text that names or exposes people
 * (field-seal.ts, SEALED_FIELDS) and account secrets are encrypted in the application with XChaCha20-Poly1305
 * (libsodium) before they reach the database server, so that the server, its disks and its backups hold no
 * names, notes, contact details, grievance text, asks, plans or mandates.
 *
 * - Each workspace has its own random 32-byte data key, in versions; account secrets use "workspace" 0.
 *   Data keys are stored only wrapped (encrypted) by the master key, which never enters the database.
 * - A sealed value is `s1.<key version>.<base64url(nonce | ciphertext)>`. Its associated data binds the
 *   table, column, workspace id, row id and key version, so a value copied to another row, column or
 *   workspace, or relabelled with another version, fails to open with a clear error.
 * - `sunspace rekey` (rekey.ts) makes a new version of every data key, re-seals every value, and destroys the
 *   old versions.
 */
// the default import: under Node's own ESM loader (tsx, as Sunspace runs) a namespace import sees only the
// functions, not the constants (docs/adr/0001)
import sodium from 'sodium-native';
import type { Db } from '../database.js';
import type { FieldRef, FieldSeal } from '../field-seal.js';
import { StoreError } from '../store-error.js';
import { insertWrappedKey, loadWrappedKeys } from './data-keys.store.js';

const KEY_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
const NONCE_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
const TAG_BYTES = sodium.crypto_aead_xchacha20poly1305_ietf_ABYTES;
const SEALED = /^s1\.(\d+)\.([A-Za-z0-9_-]+)$/;

export function isSealed(stored: string): boolean {
  return SEALED.test(stored);
}

function randomKey(): Buffer {
  const key = Buffer.alloc(KEY_BYTES);
  sodium.randombytes_buf(key);
  return key;
}

function encrypt(key: Uint8Array, plain: Uint8Array, ad: Uint8Array): Buffer {
  const out = Buffer.alloc(NONCE_BYTES + plain.length + TAG_BYTES);
  const nonce = out.subarray(0, NONCE_BYTES);
  sodium.randombytes_buf(nonce);
  sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(out.subarray(NONCE_BYTES), plain, ad, null, nonce, key);
  return out;
}

/** The plaintext, or null when the key, the associated data or the bytes do not match. */
function decrypt(key: Uint8Array, box: Uint8Array, ad: Uint8Array): Buffer | null {
  if (box.length < NONCE_BYTES + TAG_BYTES) return null;
  const plain = Buffer.alloc(box.length - NONCE_BYTES - TAG_BYTES);
  try {
    sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      plain,
      null,
      box.subarray(NONCE_BYTES),
      ad,
      box.subarray(0, NONCE_BYTES),
      key,
    );
    return plain;
  } catch {
    return null;
  }
}

const wrapAd = (workspaceId: number, version: number) =>
  Buffer.from(JSON.stringify(['sunspace-data-key-v1', workspaceId, version]));

const fieldAd = (ref: FieldRef, version: number) =>
  Buffer.from(JSON.stringify(['sunspace-field-v1', ref.table, ref.column, ref.workspaceId, ref.rowId, version]));

/** A data key wrapped by the master key, as stored in data_keys. */
export function wrapDataKey(master: Uint8Array, workspaceId: number, version: number, key: Uint8Array): string {
  return encrypt(master, key, wrapAd(workspaceId, version)).toString('base64url');
}

export function unwrapDataKey(master: Uint8Array, workspaceId: number, version: number, wrapped: string): Buffer {
  const key = decrypt(master, Buffer.from(wrapped, 'base64url'), wrapAd(workspaceId, version));
  if (!key || key.length !== KEY_BYTES) {
    throw new StoreError(
      'wrong_key',
      'the master key does not open the data keys of this database: check SUNSPACE_MASTER_KEY or the master key file (SUNSPACE_MASTER_KEY_FILE)',
    );
  }
  return key;
}

interface WorkspaceKeys {
  current: number;
  keys: Map<number, Buffer>;
}

/** The FieldSeal of a PostgreSQL store: the unwrapped data keys, in memory only. */
export class SodiumSeal implements FieldSeal {
  private readonly ring = new Map<number, WorkspaceKeys>();

  private constructor(private readonly master: Buffer) {}

  /** Unwrap every data key of the database (a wrong master key fails here, before anything is read). */
  static async load(db: Db, master: Uint8Array): Promise<SodiumSeal> {
    if (master.length !== KEY_BYTES) throw new StoreError('bad_config', 'a master key is 32 bytes (64 hex digits)');
    const seal = new SodiumSeal(Buffer.from(master));
    for (const row of await loadWrappedKeys(db)) seal.remember(row.workspaceId, row.version, row.wrapped);
    return seal;
  }

  private remember(workspaceId: number, version: number, wrapped: string): void {
    const key = unwrapDataKey(this.master, workspaceId, version, wrapped);
    const entry = this.ring.get(workspaceId) ?? { current: version, keys: new Map<number, Buffer>() };
    entry.keys.set(version, key);
    entry.current = Math.max(entry.current, version);
    this.ring.set(workspaceId, entry);
  }

  /**
   * Make sure a workspace has a data key: the one in the database (another process may have made it), or a
   * new one, stored wrapped in the same transaction as whatever is being written.
   */
  async ready(db: Db, workspaceId: number): Promise<void> {
    if (this.ring.has(workspaceId)) return;
    let rows = await loadWrappedKeys(db, workspaceId);
    if (rows.length === 0) {
      const key = randomKey();
      await insertWrappedKey(db, {
        workspaceId,
        version: 1,
        wrapped: wrapDataKey(this.master, workspaceId, 1, key),
        now: new Date(),
      });
      sodium.sodium_memzero(key);
      rows = await loadWrappedKeys(db, workspaceId);
    }
    for (const r of rows) this.remember(r.workspaceId, r.version, r.wrapped);
  }

  /** The key versions held in memory, by workspace (for rekey and its tests). */
  versions(): Map<number, number[]> {
    return new Map([...this.ring].map(([ws, e]) => [ws, [...e.keys.keys()].sort((a, b) => a - b)]));
  }

  /** Add a new key version for a workspace; it becomes the one new values are sealed with. */
  addVersion(workspaceId: number, version: number, key: Uint8Array): string {
    const entry = this.ring.get(workspaceId) ?? { current: version, keys: new Map<number, Buffer>() };
    entry.keys.set(version, Buffer.from(key));
    entry.current = version;
    this.ring.set(workspaceId, entry);
    return wrapDataKey(this.master, workspaceId, version, key);
  }

  /** Undo addVersion (a rekey that rolled back): the previous version is current again. */
  forgetVersion(workspaceId: number, version: number): void {
    const entry = this.ring.get(workspaceId);
    const key = entry?.keys.get(version);
    if (!entry || !key) return;
    sodium.sodium_memzero(key);
    entry.keys.delete(version);
    entry.current = Math.max(0, ...entry.keys.keys());
    if (entry.keys.size === 0) this.ring.delete(workspaceId);
  }

  /** Forget (and zero) every version of a workspace's key but the current one. */
  dropOldVersions(workspaceId: number): void {
    const entry = this.ring.get(workspaceId);
    if (!entry) return;
    for (const [version, key] of entry.keys) {
      if (version === entry.current) continue;
      sodium.sodium_memzero(key);
      entry.keys.delete(version);
    }
  }

  /** Forget every key (wipe). */
  destroy(): void {
    for (const entry of this.ring.values()) for (const key of entry.keys.values()) sodium.sodium_memzero(key);
    this.ring.clear();
    sodium.sodium_memzero(this.master);
  }

  private entryFor(ref: FieldRef): WorkspaceKeys {
    const entry = this.ring.get(ref.workspaceId);
    if (!entry) {
      throw new StoreError(
        'sealed_value',
        `no data key is loaded for workspace ${ref.workspaceId}: it was made by another process after this one started; restart Sunspace`,
      );
    }
    return entry;
  }

  sealWith(ref: FieldRef, value: string, version: number, key: Uint8Array): string {
    return `s1.${version}.${encrypt(key, Buffer.from(value, 'utf8'), fieldAd(ref, version)).toString('base64url')}`;
  }

  seal(ref: FieldRef, value: string): string {
    const entry = this.entryFor(ref);
    return this.sealWith(ref, value, entry.current, entry.keys.get(entry.current)!);
  }

  open(ref: FieldRef, stored: string): string {
    const where = `${ref.table}.${ref.column} of row ${ref.rowId} (workspace ${ref.workspaceId})`;
    const m = SEALED.exec(stored);
    if (!m) {
      throw new StoreError(
        'sealed_value',
        `${where} is not sealed: it was written before sealing was on, or by hand; run \`sunspace rekey\` to seal it`,
      );
    }
    const version = Number(m[1]);
    const key = this.entryFor(ref).keys.get(version);
    if (!key) {
      throw new StoreError(
        'sealed_value',
        `${where} is sealed with key version ${version}, which this process does not hold (destroyed by a rekey, or made after it started)`,
      );
    }
    const plain = decrypt(key, Buffer.from(m[2]!, 'base64url'), fieldAd(ref, version));
    if (!plain) {
      throw new StoreError(
        'sealed_value',
        `${where} does not open: the sealed value was made for another row, column or workspace, or it was altered`,
      );
    }
    return plain.toString('utf8');
  }

  sealOptional(ref: FieldRef, value: string | null): string | null {
    return value === null ? null : this.seal(ref, value);
  }

  openOptional(ref: FieldRef, stored: string | null): string | null {
    return stored === null ? null : this.open(ref, stored);
  }
}

/**
 * The backup file: a readable header, then the content in chunks encrypted with libsodium's secretstream
 * (XChaCha20-Poly1305), which refuses a chunk altered, reordered, repeated or cut, and a stream that stops
 * before its final chunk.
 *
 *   "SUNSPACE-BACKUP\n" | u32 header length | header JSON | secretstream header (24 bytes) |
 *   (u32 chunk length | chunk)...
 *
 * The header (format, version, KDF and salt, never a key) is the first chunk's associated data, so it cannot be
 * changed either. Written to FILE.partial (mode 0600) and renamed when complete.
 */
import fs from 'node:fs';
// the default import: under Node's own ESM loader (tsx, as Sunspace runs) a namespace import sees only the
// functions, not the constants (docs/adr/0001)
import sodium from 'sodium-native';
import { StoreError } from '../store-error.js';
import type { KdfParams } from './backup-key.js';

export const BACKUP_MAGIC = Buffer.from('SUNSPACE-BACKUP\n', 'latin1');
export const BACKUP_FORMAT = 'sunspace-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  kdf: KdfParams;
}

const HEADERBYTES = sodium.crypto_secretstream_xchacha20poly1305_HEADERBYTES;
const ABYTES = sodium.crypto_secretstream_xchacha20poly1305_ABYTES;
const MAX_CHUNK = 64 * 1024 * 1024;

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

export class BackupWriter {
  private readonly state = Buffer.alloc(sodium.crypto_secretstream_xchacha20poly1305_STATEBYTES);
  private readonly fd: number;
  private first = true;
  private readonly headerBytes: Buffer;

  constructor(
    private readonly file: string,
    header: BackupHeader,
    key: Uint8Array,
  ) {
    this.fd = fs.openSync(`${file}.partial`, 'w', 0o600);
    this.headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const streamHeader = Buffer.alloc(HEADERBYTES);
    sodium.crypto_secretstream_xchacha20poly1305_init_push(this.state, streamHeader, key);
    fs.writeSync(this.fd, Buffer.concat([BACKUP_MAGIC, u32(this.headerBytes.length), this.headerBytes, streamHeader]));
  }

  /** Encrypt and write one chunk; `final` marks the end of the content. */
  push(plain: Uint8Array, final = false): void {
    const box = Buffer.alloc(plain.length + ABYTES);
    sodium.crypto_secretstream_xchacha20poly1305_push(
      this.state,
      box,
      plain,
      this.first ? this.headerBytes : null,
      final
        ? sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL
        : sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE,
    );
    this.first = false;
    fs.writeSync(this.fd, Buffer.concat([u32(box.length), box]));
  }

  /** Flush to disk and give the file its name. */
  close(): void {
    fs.fsyncSync(this.fd);
    fs.closeSync(this.fd);
    fs.renameSync(`${this.file}.partial`, this.file);
    this.state.fill(0);
  }

  abort(): void {
    fs.closeSync(this.fd);
    fs.rmSync(`${this.file}.partial`, { force: true });
  }
}

/** Read a backup's header without any key (to know how to derive it). */
export function readBackupHeader(file: string): { header: BackupHeader; headerBytes: Buffer; offset: number } {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(BACKUP_MAGIC.length + 4);
    if (
      fs.readSync(fd, head, 0, head.length, 0) !== head.length ||
      !head.subarray(0, BACKUP_MAGIC.length).equals(BACKUP_MAGIC)
    ) {
      throw new StoreError('backup_unreadable', `${file} is not a Sunspace backup`);
    }
    const length = head.readUInt32BE(BACKUP_MAGIC.length);
    if (length > 64 * 1024) throw new StoreError('backup_unreadable', `${file} has a damaged header`);
    const headerBytes = Buffer.alloc(length);
    fs.readSync(fd, headerBytes, 0, length, head.length);
    let header: BackupHeader;
    try {
      header = JSON.parse(headerBytes.toString('utf8')) as BackupHeader;
    } catch {
      throw new StoreError('backup_unreadable', `${file} has a damaged header`);
    }
    if (header.format !== BACKUP_FORMAT) throw new StoreError('backup_unreadable', `${file} is not a Sunspace backup`);
    if (header.version > BACKUP_VERSION) {
      throw new StoreError(
        'backup_unreadable',
        `${file} is a backup of format version ${header.version}; this Sunspace reads up to ${BACKUP_VERSION}: update Sunspace`,
      );
    }
    return { header, headerBytes, offset: head.length + length };
  } finally {
    fs.closeSync(fd);
  }
}

/** The decrypted chunks of a backup, in order; throws on a wrong key, any change, or a missing end. */
export function* readBackupChunks(file: string, key: Uint8Array): Generator<Buffer> {
  const { headerBytes, offset } = readBackupHeader(file);
  const fd = fs.openSync(file, 'r');
  const state = Buffer.alloc(sodium.crypto_secretstream_xchacha20poly1305_STATEBYTES);
  try {
    let at = offset;
    const streamHeader = Buffer.alloc(HEADERBYTES);
    if (fs.readSync(fd, streamHeader, 0, HEADERBYTES, at) !== HEADERBYTES) throw cut(file);
    at += HEADERBYTES;
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(state, streamHeader, key);
    let first = true;
    for (;;) {
      const len = Buffer.alloc(4);
      if (fs.readSync(fd, len, 0, 4, at) !== 4) throw cut(file);
      const n = len.readUInt32BE();
      if (n < ABYTES || n > MAX_CHUNK + ABYTES) throw damaged(file, first);
      const box = Buffer.alloc(n);
      if (fs.readSync(fd, box, 0, n, at + 4) !== n) throw cut(file);
      at += 4 + n;
      const plain = Buffer.alloc(n - ABYTES);
      const tag = Buffer.alloc(1);
      try {
        sodium.crypto_secretstream_xchacha20poly1305_pull(state, plain, tag, box, first ? headerBytes : null);
      } catch {
        throw damaged(file, first);
      }
      first = false;
      yield plain;
      if (tag[0] === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) return;
    }
  } finally {
    fs.closeSync(fd);
    state.fill(0);
  }
}

function cut(file: string): StoreError {
  return new StoreError('backup_unreadable', `${file} ends before its last part: the backup is incomplete`);
}

function damaged(file: string, first: boolean): StoreError {
  return new StoreError(
    'backup_unreadable',
    first
      ? `${file} does not open with this key (or it was altered): restore with the key the original database had, or the same SUNSPACE_BACKUP_KEY`
      : `${file} was altered or damaged after it was written`,
  );
}

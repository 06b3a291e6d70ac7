/**
 * The panic wipe (`sunspace wipe --yes`, POST /api/admin/wipe): keys first, then the data, so that whatever
 * is interrupted, nothing stays readable. It takes seconds: destroying a key is instant, and without it the
 * rest is noise.
 *
 * SQLite: the key file is overwritten with random bytes, flushed and deleted (a passphrase in SUNSPACE_KEY is
 * the person's to forget); the database file's first page, which holds the salt every page key derives from,
 * is overwritten; then the database, its WAL and shared-memory files are overwritten and deleted.
 * PostgreSQL: the master key file is overwritten and deleted, the wrapped data keys dropped, then every table of
 * Sunspace's schema.
 *
 * What it cannot do: reach copies elsewhere (backups made under SUNSPACE_BACKUP_KEY, disk snapshots, a
 * PostgreSQL server's own WAL and backups), or guarantee that flash storage really overwrote a block.
 */
import fs from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { sql } from 'kysely';
import { SodiumSeal } from './sealing/sodium-seal.js';
import type { StoreConfig } from './store-config.js';
import type { Store } from './store.js';

export interface WipeReport {
  /** Key files overwritten and deleted. */
  keyFiles: string[];
  /** Data files overwritten and deleted. */
  dataFiles: string[];
  /** PostgreSQL tables dropped. */
  tables: number;
  ms: number;
}

const BLOCK = 1 << 20;

/** Overwrite a file with random bytes, flush it to disk, and delete it. */
export function shred(file: string, only?: number): boolean {
  if (!fs.existsSync(file)) return false;
  const fd = fs.openSync(file, 'r+');
  try {
    const size = only ?? fs.fstatSync(fd).size;
    const block = Buffer.alloc(Math.min(BLOCK, Math.max(size, 1)));
    for (let at = 0; at < size; at += block.length) {
      randomFillSync(block);
      fs.writeSync(fd, block, 0, Math.min(block.length, size - at), at);
    }
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  if (only === undefined) fs.rmSync(file, { force: true });
  return true;
}

const sidecars = (file: string) => [`${file}-wal`, `${file}-shm`, `${file}-journal`];

/** Destroy the keys and the data of an open store, then close it. */
export async function wipeStore(
  store: Store,
  config: StoreConfig,
  clock: () => Date = () => new Date(),
): Promise<WipeReport> {
  const started = clock().getTime();
  const report: WipeReport = { keyFiles: [], dataFiles: [], tables: 0, ms: 0 };
  if (config.engine === 'sqlite') {
    if (config.key.from === 'file' && shred(config.key.file)) report.keyFiles.push(config.key.file);
    // Closed before anything is overwritten, so that closing cannot write a page back.
    await store.close().catch(() => undefined);
    // The salt and first pages first: without them no page key can be derived, even with a copy of the key.
    if (fs.existsSync(config.file)) shred(config.file, Math.min(fs.statSync(config.file).size, 64 * 1024));
    for (const f of [config.file, ...sidecars(config.file)]) if (shred(f)) report.dataFiles.push(f);
  } else {
    if (config.masterKey.from === 'file' && shred(config.masterKey.file)) report.keyFiles.push(config.masterKey.file);
    if (store.seal instanceof SodiumSeal) store.seal.destroy();
    await store.kysely.transaction().execute(async (trx) => {
      await sql`drop table if exists data_keys`.execute(trx);
      const { rows } = await sql<{ name: string }>`
        select table_name as name from information_schema.tables
        where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(trx);
      for (const r of rows) await sql`drop table if exists ${sql.table(r.name)} cascade`.execute(trx);
      await sql`drop function if exists audit_log_append_only() cascade`.execute(trx);
      report.tables = rows.length + 1;
    });
    await store.close().catch(() => undefined);
  }
  report.ms = clock().getTime() - started;
  return report;
}

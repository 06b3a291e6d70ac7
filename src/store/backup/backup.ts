/**
 * What a backup holds, and how it comes back (docs/security.md, "Backups"). Never a copy of the live
 * database file: the records are read out through the store (sealed fields opened) into a versioned format of
 * JSON lines, encrypted as they are written (backup-file.ts).
 *
 * Held: every workspace with its settings and every record (power-map kinds included), who logged each
 * conversation, the accounts (with their password hashes, roles and grants, passkeys, authenticator secrets
 * and hashed recovery codes, so that people can sign in after a restore exactly as before), and the whole
 * audit log, whose chain still verifies after the restore. Not held: sessions (everyone signs in again),
 * failed sign-in guesses, and PostgreSQL's data keys (the restored store seals under keys of its own).
 */
import { sql, type Selectable } from 'kysely';
import { emptyRecords, type RecordKind, type WorkspaceRecords } from '../../core/records.js';
import type { UsersTable } from '../accounts.table.js';
import { appendAudit, iterateAudit, restoreAuditRows } from '../audit/audit.store.js';
import { inTransaction, type Db } from '../database.js';
import { iterateRecords, writeRecords, type IdKind } from '../records.store.js';
import { ACCOUNT_SECRETS_WORKSPACE } from '../second-factors.store.js';
import type { AuditLogTable, PasskeysTable, RecoveryCodesTable } from '../security.table.js';
import { StoreError } from '../store-error.js';
import type { WorkspacesTable } from '../workspaces.table.js';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupWriter, readBackupChunks, readBackupHeader } from './backup-file.js';
import { deriveBackupKey, newKdfParams, type BackupKeySource, type KeyMaterial } from './backup-key.js';

type Line =
  | { t: 'begin'; version: number; engine: string }
  | { t: 'users'; rows: Selectable<UsersTable>[] }
  | { t: 'workspaces'; rows: Selectable<WorkspacesTable>[] }
  | { t: 'grants'; rows: { user_id: number; workspace_id: number; unit_path: string | null }[] }
  | { t: 'passkeys'; rows: Selectable<PasskeysTable>[] }
  | {
      t: 'totp';
      rows: {
        user_id: number;
        secret: string;
        confirmed_at: string | null;
        last_step: number | null;
        created_at: string;
      }[];
    }
  | { t: 'recovery'; rows: Omit<Selectable<RecoveryCodesTable>, 'id'>[] }
  | { t: 'records'; ws: number; kind: RecordKind; rows: unknown[] }
  | { t: 'authors'; ws: number; rows: [string, number][] }
  | { t: 'audit'; rows: Selectable<AuditLogTable>[] }
  | { t: 'end'; counts: BackupCounts };

export interface BackupCounts {
  users: number;
  workspaces: number;
  records: number;
  audit: number;
}

const CHUNK_CHARS = 1 << 20;
const PAGE = 5000;

/** The kinds of record a workspace holds, whatever this version of Sunspace knows. */
function recordKinds(): RecordKind[] {
  return Object.keys(emptyRecords()) as RecordKind[];
}

export interface BackupOptions {
  file: string;
  source: BackupKeySource;
  material: KeyMaterial;
  now: Date;
  /** Who asked (null: the command line on the server). */
  actorId?: number | null;
}

/** Write an encrypted backup of everything in the store to `file`. */
export async function writeBackup(db: Db, options: BackupOptions): Promise<BackupCounts> {
  await appendAudit(db, { actorId: options.actorId ?? null, action: 'backup', at: options.now });
  const kdf = newKdfParams(options.source, options.material);
  const key = deriveBackupKey(kdf, options.material);
  const writer = new BackupWriter(
    options.file,
    { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: options.now.toISOString(), kdf },
    key,
  );
  key.fill(0);
  let text = '';
  const put = (line: Line) => {
    text += `${JSON.stringify(line)}\n`;
    if (text.length >= CHUNK_CHARS) {
      writer.push(Buffer.from(text, 'utf8'));
      text = '';
    }
  };
  const counts: BackupCounts = { users: 0, workspaces: 0, records: 0, audit: 0 };
  try {
    // One consistent view of everything, while writers wait or carry on beside it.
    await inTransaction(db, async (tx) => {
      if (tx.engine === 'postgres') await sql`set transaction isolation level repeatable read`.execute(tx.kysely);
      const k = tx.kysely;
      put({ t: 'begin', version: BACKUP_VERSION, engine: tx.engine });
      const users = await k.selectFrom('users').selectAll().orderBy('id').execute();
      counts.users = users.length;
      put({ t: 'users', rows: users });
      const workspaces = await k.selectFrom('workspaces').selectAll().orderBy('id').execute();
      counts.workspaces = workspaces.length;
      put({ t: 'workspaces', rows: workspaces });
      put({
        t: 'grants',
        rows: await k
          .selectFrom('workspace_grants')
          .select(['user_id', 'workspace_id', 'unit_path'])
          .orderBy('id')
          .execute(),
      });
      put({ t: 'passkeys', rows: await k.selectFrom('passkeys').selectAll().orderBy('id').execute() });
      const totp = await k.selectFrom('totp_factors').selectAll().orderBy('user_id').execute();
      put({
        t: 'totp',
        rows: totp.map((r) => ({
          ...r,
          secret: tx.seal.open(
            {
              table: 'totp_factors',
              column: 'secret',
              workspaceId: ACCOUNT_SECRETS_WORKSPACE,
              rowId: String(r.user_id),
            },
            r.secret,
          ),
        })),
      });
      put({
        t: 'recovery',
        rows: await k.selectFrom('recovery_codes').select(['user_id', 'code_hash', 'used_at']).orderBy('id').execute(),
      });
      for (const ws of workspaces) {
        await tx.seal.ready?.(tx, ws.id);
        for (const kind of recordKinds()) {
          for await (const page of iterateRecords(tx, ws.id, kind, PAGE)) {
            counts.records += page.length;
            put({ t: 'records', ws: ws.id, kind, rows: page });
          }
        }
        let after = '';
        for (;;) {
          const authors = await k
            .selectFrom('interactions')
            .select(['id', 'logged_by'])
            .where('workspace_id', '=', ws.id)
            .where('logged_by', 'is not', null)
            .where('id', '>', after)
            .orderBy('id')
            .limit(PAGE)
            .execute();
          if (authors.length === 0) break;
          put({ t: 'authors', ws: ws.id, rows: authors.map((a) => [a.id, a.logged_by!]) });
          after = authors[authors.length - 1]!.id;
        }
      }
      for await (const page of iterateAudit(tx, PAGE)) {
        counts.audit += page.length;
        put({ t: 'audit', rows: page });
      }
    });
    put({ t: 'end', counts });
    writer.push(Buffer.from(text, 'utf8'), true);
    writer.close();
  } catch (error) {
    writer.abort();
    throw error;
  }
  return counts;
}

/** Parse the decrypted chunks back into lines (a line never spans two chunks). */
function* linesOf(chunks: Iterable<Buffer>): Generator<Line> {
  for (const chunk of chunks) {
    for (const text of chunk.toString('utf8').split('\n')) if (text) yield JSON.parse(text) as Line;
  }
}

async function isEmpty(db: Db): Promise<boolean> {
  for (const table of ['users', 'workspaces', 'audit_log'] as const) {
    const row = await db.kysely
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) > 0) return false;
  }
  return true;
}

/** PostgreSQL: after rows were put back with their own ids, the next generated id must come after them. */
async function advanceIdentity(db: Db, table: string): Promise<void> {
  if (db.engine !== 'postgres') return;
  await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(
    db.kysely,
  );
}

export interface RestoreOptions {
  file: string;
  /** The key material for the source the backup's header names. */
  material: (source: BackupKeySource) => KeyMaterial;
  now: Date;
}

/**
 * Bring a backup back into an empty database, all of it in one transaction: ids, records, accounts and the
 * audit log come back as they were. A wrong key, a changed byte or a cut file changes nothing.
 */
export async function restoreBackup(db: Db, options: RestoreOptions): Promise<BackupCounts> {
  const { header } = readBackupHeader(options.file);
  const key = deriveBackupKey(header.kdf, options.material(header.kdf.source));
  if (!(await isEmpty(db))) {
    key.fill(0);
    throw new StoreError(
      'not_empty',
      'a backup is restored only into an empty database: point SUNSPACE_DB at a new file or database',
    );
  }
  let counts: BackupCounts | null = null;
  try {
    await inTransaction(db, async (tx) => {
      const k = tx.kysely;
      const open: { current: { ws: number; records: WorkspaceRecords } | null } = { current: null };
      const authors: [number, string, number][] = [];
      const flush = async () => {
        const current = open.current;
        if (!current) return;
        const known = Object.fromEntries(
          recordKinds()
            .filter((kind) => kind !== 'ties')
            .map((kind) => [kind, new Set<string>()]),
        ) as Partial<Record<IdKind, ReadonlySet<string>>>;
        await writeRecords(tx, current.ws, current.records, { known });
        open.current = null;
      };
      for (const line of linesOf(readBackupChunks(options.file, key))) {
        switch (line.t) {
          case 'begin':
            break;
          case 'users':
            for (const r of line.rows) await k.insertInto('users').values(r).execute();
            await advanceIdentity(tx, 'users');
            break;
          case 'workspaces':
            for (const r of line.rows) {
              await k.insertInto('workspaces').values(r).execute();
              await tx.seal.ready?.(tx, r.id);
            }
            await advanceIdentity(tx, 'workspaces');
            break;
          case 'grants':
            if (line.rows.length) await k.insertInto('workspace_grants').values(line.rows).execute();
            break;
          case 'passkeys':
            if (line.rows.length) await k.insertInto('passkeys').values(line.rows).execute();
            break;
          case 'totp':
            for (const r of line.rows) {
              const ref = {
                table: 'totp_factors',
                column: 'secret',
                workspaceId: ACCOUNT_SECRETS_WORKSPACE,
                rowId: String(r.user_id),
              };
              await k
                .insertInto('totp_factors')
                .values({ ...r, secret: tx.seal.seal(ref, r.secret) })
                .execute();
            }
            break;
          case 'recovery':
            if (line.rows.length) await k.insertInto('recovery_codes').values(line.rows).execute();
            break;
          case 'records':
            if (open.current?.ws !== line.ws) {
              await flush();
              open.current = { ws: line.ws, records: emptyRecords() };
            }
            (open.current.records[line.kind] as unknown[]).push(...line.rows);
            break;
          case 'authors':
            for (const [id, by] of line.rows) authors.push([line.ws, id, by]);
            break;
          case 'audit':
            await flush();
            await restoreAuditRows(tx, line.rows);
            break;
          case 'end':
            counts = line.counts;
            break;
        }
      }
      await flush();
      if (!counts) throw new StoreError('backup_unreadable', `${options.file} ends before its last part`);
      for (const [ws, id, by] of authors) {
        await k
          .updateTable('interactions')
          .set({ logged_by: by })
          .where('workspace_id', '=', ws)
          .where('id', '=', id)
          .execute();
      }
      await advanceIdentity(tx, 'workspace_grants');
      await advanceIdentity(tx, 'recovery_codes');
      await appendAudit(tx, { actorId: null, action: 'restore', details: { ...counts }, at: options.now });
    });
  } finally {
    key.fill(0);
  }
  return counts!;
}

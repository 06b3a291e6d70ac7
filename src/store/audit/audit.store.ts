/**
 * The audit log: append-only and hash-chained (audit-chain.ts). There is no function here to change or
 * remove an entry, and the database refuses both (migration 0004-security's triggers). What is recorded
 * (AUDIT_ACTIONS, src/core/audit-actions.ts): every read of private notes, every export, backup and restore,
 * every role or grant change, every sign-in (success or failure, never a password or an address), second
 * factors added or removed, rekeys, purges, and every correction or removal of a power map record, plan or
 * space (record_changed, record_removed: the record's id, its kind and the names of the fields changed, never
 * their values; written in the transaction that makes the change, docs/adr/0006).
 */
import { sql, type Selectable } from 'kysely';
import { inTransaction, type Db } from '../database.js';
import type { AuditLogTable } from '../security.table.js';
import {
  canonicalJson,
  ChainChecker,
  entryHash,
  GENESIS_HASH,
  type ChainCheck,
  type JsonValue,
  type StoredEntry,
} from './audit-chain.js';
import type { AuditAction } from '../../core/audit-actions.js';

export { AUDIT_ACTIONS, type AuditAction } from '../../core/audit-actions.js';

export interface AuditInput {
  /** The account that did it; null for the command line on the server, or a failed guess at an unknown name. */
  actorId: number | null;
  action: AuditAction;
  workspaceId?: number | null;
  /** What it was done to: a record id, a username. Never a name of a person or a note. */
  subject?: string | null;
  details?: { [key: string]: JsonValue };
  at: Date;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: number | null;
  action: string;
  workspaceId: number | null;
  subject: string | null;
  details: { [key: string]: JsonValue };
  prevHash: string;
  hash: string;
}

/** A row as the chain sees it: details still as the canonical text the hash covers. */
function storedFromRow(r: Selectable<AuditLogTable>): StoredEntry {
  return {
    seq: r.seq,
    at: r.at,
    actorId: r.actor_id,
    action: r.action,
    workspaceId: r.workspace_id,
    subject: r.subject,
    details: r.details,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

function entryFromRow(r: Selectable<AuditLogTable>): AuditEntry {
  return { ...storedFromRow(r), details: JSON.parse(r.details) as { [key: string]: JsonValue } };
}

/** Add one entry at the end of the chain. Appenders queue behind each other, so the chain never forks. */
export async function appendAudit(db: Db, input: AuditInput): Promise<AuditEntry> {
  return inTransaction(db, async (tx) => {
    // Conflicts with itself, not with readers: two appenders cannot both take the same last entry.
    if (tx.engine === 'postgres') await sql`lock table audit_log in share row exclusive mode`.execute(tx.kysely);
    const last = await tx.kysely
      .selectFrom('audit_log')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const fields = {
      seq: (last?.seq ?? 0) + 1,
      at: input.at.toISOString(),
      actorId: input.actorId,
      action: input.action,
      workspaceId: input.workspaceId ?? null,
      subject: input.subject ?? null,
      details: canonicalJson(input.details ?? {}),
    };
    const prevHash = last?.hash ?? GENESIS_HASH;
    const hash = entryHash(fields, prevHash);
    await tx.kysely
      .insertInto('audit_log')
      .values({
        seq: fields.seq,
        at: fields.at,
        actor_id: fields.actorId,
        action: fields.action,
        workspace_id: fields.workspaceId,
        subject: fields.subject,
        details: fields.details,
        prev_hash: prevHash,
        hash,
      })
      .execute();
    return { ...fields, details: input.details ?? {}, prevHash, hash };
  });
}

export interface AuditQuery {
  /** Only entries about this workspace. */
  workspaceId?: number;
  /** Entries after this seq (paging). */
  after?: number;
  limit?: number;
  /** Newest first (default oldest first). */
  newestFirst?: boolean;
}

export async function listAudit(db: Db, q: AuditQuery = {}): Promise<AuditEntry[]> {
  const rows = await db.kysely
    .selectFrom('audit_log')
    .selectAll()
    .$if(q.workspaceId !== undefined, (b) => b.where('workspace_id', '=', q.workspaceId!))
    .$if(q.after !== undefined, (b) => b.where('seq', q.newestFirst ? '<' : '>', q.after!))
    .orderBy('seq', q.newestFirst ? 'desc' : 'asc')
    .$if(q.limit !== undefined, (b) => b.limit(q.limit!))
    .execute();
  return rows.map(entryFromRow);
}

/** An entry as a person reads it: who and which workspace by name (a removed one by its number). */
export interface NamedAuditEntry {
  seq: number;
  at: string;
  actor: string | null;
  action: string;
  workspace: string | null;
  subject: string | null;
  details: { [key: string]: JsonValue };
  hash: string;
}

export async function listAuditNamed(db: Db, q: AuditQuery = {}): Promise<NamedAuditEntry[]> {
  const entries = await listAudit(db, q);
  const users = new Map(
    (await db.kysely.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.id, u.username]),
  );
  const workspaces = new Map(
    (await db.kysely.selectFrom('workspaces').select(['id', 'name']).execute()).map((w) => [w.id, w.name]),
  );
  return entries.map((e) => ({
    seq: e.seq,
    at: e.at,
    actor: e.actorId === null ? null : (users.get(e.actorId) ?? `#${e.actorId}`),
    action: e.action,
    workspace: e.workspaceId === null ? null : (workspaces.get(e.workspaceId) ?? `#${e.workspaceId}`),
    subject: e.subject,
    details: e.details,
    hash: e.hash,
  }));
}

/** Every entry of the log in order, a page at a time, for verification and backups. */
export async function* iterateAudit(db: Db, pageSize = 5000): AsyncGenerator<Selectable<AuditLogTable>[]> {
  let after = 0;
  for (;;) {
    const rows = await db.kysely
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.seq;
  }
}

/** Check the whole chain, a page at a time: every edited or removed entry is named (audit-chain.ts). */
export async function verifyAudit(db: Db): Promise<ChainCheck> {
  const checker = new ChainChecker();
  for await (const page of iterateAudit(db)) {
    for (const r of page) checker.add(storedFromRow(r));
  }
  return checker.result();
}

/**
 * Put entries back exactly as they were (restore into an empty database): their seq and hashes are kept, so
 * the restored chain verifies as the original did.
 */
export async function restoreAuditRows(db: Db, rows: readonly Selectable<AuditLogTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db.kysely
      .insertInto('audit_log')
      .values(rows.slice(i, i + 500).map((r) => ({ ...r })))
      .execute();
  }
}

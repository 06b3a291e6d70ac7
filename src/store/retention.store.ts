/**
 * Removing private notes past their workspace's retention (src/core/retention.ts): on server start, daily
 * after that, and on `sunspace purge`. On SQLite, secure_delete overwrites the freed bytes; on PostgreSQL the
 * old row versions keep the sealed note until vacuum reclaims them (and `sunspace rekey` destroys the key it
 * was sealed with).
 */
import { notesCutoff, retentionOf } from '../core/retention.js';
import type { Db } from './database.js';
import { appendAudit } from './audit/audit.store.js';
import { listWorkspaces } from './workspaces.store.js';

/** Clear the notes of conversations before `before` (YYYY-MM-DD); how many were cleared. */
export async function purgeNotesBefore(db: Db, workspaceId: number, before: string): Promise<number> {
  const result = await db.kysely
    .updateTable('interactions')
    .set({ notes: null })
    .where('workspace_id', '=', workspaceId)
    .where('occurred_on', '<', before)
    .where('notes', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface PurgeResult {
  workspaceId: number;
  workspace: string;
  before: string;
  notes: number;
}

/** Apply every workspace's retention on `today` (YYYY-MM-DD). Workspaces that keep notes are left alone. */
export async function purgeExpiredNotes(db: Db, today: string): Promise<PurgeResult[]> {
  const out: PurgeResult[] = [];
  for (const ws of await listWorkspaces(db)) {
    const before = notesCutoff(retentionOf(ws.settings), today);
    if (before === null) continue;
    out.push({ workspaceId: ws.id, workspace: ws.name, before, notes: await purgeNotesBefore(db, ws.id, before) });
  }
  return out;
}

/** Purge what every workspace's retention says, and write each purge that removed notes in the audit log. */
export async function applyRetention(db: Db, now: Date, actorId: number | null = null): Promise<PurgeResult[]> {
  const results = await purgeExpiredNotes(db, now.toISOString().slice(0, 10));
  for (const r of results) {
    if (r.notes === 0) continue;
    await appendAudit(db, {
      actorId,
      action: 'notes_purged',
      workspaceId: r.workspaceId,
      details: { before: r.before, notes: r.notes },
      at: now,
    });
  }
  return results;
}

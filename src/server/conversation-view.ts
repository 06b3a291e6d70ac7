import type { Viewer } from '../core/access.js';
import type { Workspace } from '../core/workspace.js';
import { appendAudit } from '../store/audit/audit.store.js';
import type { Db } from '../store/database.js';
import type { VisibleInteraction } from '../store/interactions.store.js';

/**
 * How conversations leave the server. Lists never carry notes; a note is read one conversation at a time,
 * through {@link revealNotes}, the one function that hands private notes to a browser, and which writes every
 * such read in the audit log first (who, which workspace, which conversations): a read that cannot be
 * recorded does not happen. (Which notes a viewer may read at all is decided in SQL: store/access-scope.ts,
 * readableNotes.)
 */

export function summarize(i: VisibleInteraction, viewer: Viewer) {
  const { notes, loggedBy, ...rest } = i;
  return { ...rest, loggedByMe: loggedBy !== null && loggedBy === viewer.userId, hasNotes: notes !== null };
}

export interface NotesRead {
  workspace: Workspace;
  viewer: Viewer;
  interactions: readonly VisibleInteraction[];
}

export async function revealNotes(audit: { store: Db; clock: () => Date }, read: NotesRead) {
  const withNotes = read.interactions.filter((i) => i.notes !== null).map((i) => i.id);
  if (withNotes.length > 0) {
    await appendAudit(audit.store, {
      actorId: read.viewer.userId,
      action: 'notes_read',
      workspaceId: read.workspace.id,
      subject: withNotes.length === 1 ? withNotes[0]! : null,
      details: { conversations: withNotes },
      at: audit.clock(),
    });
  }
  return read.interactions.map((i) => {
    const { loggedBy, ...rest } = i;
    return { ...rest, loggedByMe: loggedBy !== null && loggedBy === read.viewer.userId };
  });
}

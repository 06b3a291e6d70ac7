import type { Viewer } from '../core/access.js';
import type { Workspace } from '../core/workspace.js';
import type { VisibleInteraction } from '../store/interactions.store.js';

/**
 * How conversations leave the server. Lists never carry notes; a note is read one conversation at a time,
 * through {@link revealNotes}, the one function that hands private notes to a browser. The audit log of
 * issue 5 records every such read there. (Which notes a viewer may read at all is decided in SQL:
 * store/access-scope.ts, readableNotes.)
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

export function revealNotes(read: NotesRead) {
  return read.interactions.map((i) => {
    const { loggedBy, ...rest } = i;
    return { ...rest, loggedByMe: loggedBy !== null && loggedBy === read.viewer.userId };
  });
}

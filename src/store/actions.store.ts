/**
 * Collective actions as a short list (id, title, kind, date, space) of those a viewer may see: what the web
 * app offers when a plan is for an action, and how it names the meeting a mandate was decided in. The whole
 * records (participants, grievances) travel with the analysis and the bundle; this reads one table. The title is
 * sealed on PostgreSQL (field-seal.ts) and opened here; the order is by date and id, which are clear.
 */
import type { Viewer } from '../core/access.js';
import type { ActionKind } from '../core/vocabulary.js';
import { keptIf, visibleActionIds, visibleSpaceIds } from './access-scope.js';
import type { Db } from './database.js';

export interface ActionSummary {
  id: string;
  title: string;
  kind: ActionKind;
  occurredOn: string;
  /** Where it happened; null when unknown or a space the viewer may not see. */
  space: string | null;
}

/** The actions the viewer may see, the latest first. */
export async function listVisibleActions(db: Db, workspaceId: number, v: Viewer): Promise<ActionSummary[]> {
  const rows = await db.kysely
    .selectFrom('actions')
    .select(['actions.id', 'actions.title', 'actions.kind', 'actions.occurred_on'])
    .select(keptIf('actions.space_id', visibleSpaceIds(db, workspaceId, v)).as('space_id'))
    .where('actions.workspace_id', '=', workspaceId)
    .where('actions.id', 'in', visibleActionIds(db, workspaceId, v))
    .orderBy('actions.occurred_on', 'desc')
    .orderBy('actions.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    title: db.seal.open({ table: 'actions', column: 'title', workspaceId, rowId: r.id }, r.title),
    kind: r.kind as ActionKind,
    occurredOn: r.occurred_on,
    space: r.space_id,
  }));
}

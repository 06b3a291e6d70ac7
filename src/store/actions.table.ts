import type { Action } from '../core/records.js';
import type { FieldSeal } from './field-seal.js';

/**
 * Row shapes of an action taken together, who took part, and the grievances it was about. `title` is sealed
 * (field-seal.ts); `outcome` is a word of the vocabulary and stays clear.
 */
export interface ActionsTable {
  workspace_id: number;
  id: string;
  title: string;
  kind: string;
  occurred_on: string;
  space_id: string | null;
  outcome: string | null;
}

export interface ActionParticipantsTable {
  workspace_id: number;
  action_id: string;
  person_id: string;
  ord: number;
}

export interface ActionGrievancesTable {
  workspace_id: number;
  action_id: string;
  grievance_id: string;
  ord: number;
}

export function actionToRow(seal: FieldSeal, workspaceId: number, a: Action): ActionsTable {
  return {
    workspace_id: workspaceId,
    id: a.id,
    title: seal.seal({ table: 'actions', column: 'title', workspaceId, rowId: a.id }, a.title),
    kind: a.kind,
    occurred_on: a.occurredOn,
    space_id: a.space,
    outcome: a.outcome,
  };
}

export function actionFromRow(seal: FieldSeal, r: ActionsTable, participants: string[], grievances: string[]): Action {
  return {
    id: r.id,
    title: seal.open({ table: 'actions', column: 'title', workspaceId: r.workspace_id, rowId: r.id }, r.title),
    kind: r.kind as Action['kind'],
    occurredOn: r.occurred_on,
    space: r.space_id,
    grievances,
    participants,
    outcome: r.outcome as Action['outcome'],
  };
}

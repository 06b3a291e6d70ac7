import type { Action } from '../core/records.js';

/** Row shapes of an action taken together, who took part, and the grievances it was about. */
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

export function actionToRow(workspaceId: number, a: Action): ActionsTable {
  return {
    workspace_id: workspaceId,
    id: a.id,
    title: a.title,
    kind: a.kind,
    occurred_on: a.occurredOn,
    space_id: a.space,
    outcome: a.outcome,
  };
}

export function actionFromRow(r: ActionsTable, participants: string[], grievances: string[]): Action {
  return {
    id: r.id,
    title: r.title,
    kind: r.kind as Action['kind'],
    occurredOn: r.occurred_on,
    space: r.space_id,
    grievances,
    participants,
    outcome: r.outcome as Action['outcome'],
  };
}

import type { Plan } from '../core/power-records.js';

/** Row shapes of a relationship-first plan and whom it expects (people's ids or unit paths). */
export interface PlansTable {
  workspace_id: number;
  id: string;
  title: string;
  created_on: string;
  action_id: string | null;
  message: string | null;
}

export interface PlanExpectedTable {
  workspace_id: number;
  plan_id: string;
  target: string;
  ord: number;
}

export function planToRow(workspaceId: number, p: Plan): PlansTable {
  return {
    workspace_id: workspaceId,
    id: p.id,
    title: p.title,
    created_on: p.createdOn,
    action_id: p.action,
    message: p.message,
  };
}

export function planFromRow(r: PlansTable, expected: string[]): Plan {
  return {
    id: r.id,
    title: r.title,
    createdOn: r.created_on,
    action: r.action_id,
    message: r.message,
    expected,
  };
}

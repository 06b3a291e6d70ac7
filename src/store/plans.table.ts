import type { Plan } from '../core/power-records.js';
import type { FieldSeal } from './field-seal.js';

/**
 * Row shapes of a relationship-first plan and whom it expects (people's ids or unit paths). `title` and
 * `message` are sealed (field-seal.ts).
 */
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

export function planToRow(seal: FieldSeal, workspaceId: number, p: Plan): PlansTable {
  const ref = { table: 'plans', workspaceId, rowId: p.id };
  return {
    workspace_id: workspaceId,
    id: p.id,
    title: seal.seal({ ...ref, column: 'title' }, p.title),
    created_on: p.createdOn,
    action_id: p.action,
    message: seal.sealOptional({ ...ref, column: 'message' }, p.message),
  };
}

export function planFromRow(seal: FieldSeal, r: PlansTable, expected: string[]): Plan {
  const ref = { table: 'plans', workspaceId: r.workspace_id, rowId: r.id };
  return {
    id: r.id,
    title: seal.open({ ...ref, column: 'title' }, r.title),
    createdOn: r.created_on,
    action: r.action_id,
    message: seal.openOptional({ ...ref, column: 'message' }, r.message),
    expected,
  };
}

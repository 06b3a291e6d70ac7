import type { Grievance } from '../core/records.js';
import type { FieldSeal } from './field-seal.js';

/** Row shape of a grievance. `title` is the grievance's text and is sealed. */
export interface GrievancesTable {
  workspace_id: number;
  id: string;
  title: string;
  unit_path: string | null;
  winnable: string;
}

export function grievanceToRow(seal: FieldSeal, workspaceId: number, g: Grievance): GrievancesTable {
  return {
    workspace_id: workspaceId,
    id: g.id,
    title: seal.seal({ table: 'grievances', column: 'title', workspaceId, rowId: g.id }, g.title),
    unit_path: g.unit,
    winnable: g.winnable,
  };
}

export function grievanceFromRow(seal: FieldSeal, r: GrievancesTable): Grievance {
  return {
    id: r.id,
    title: seal.open({ table: 'grievances', column: 'title', workspaceId: r.workspace_id, rowId: r.id }, r.title),
    unit: r.unit_path,
    winnable: r.winnable as Grievance['winnable'],
  };
}

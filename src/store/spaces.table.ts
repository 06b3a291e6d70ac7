import type { Space } from '../core/records.js';

/** Row shape of a space: a sun space at the workplace, a moon space where power is reflected, or other. */
export interface SpacesTable {
  workspace_id: number;
  id: string;
  name: string;
  kind: string;
  unit_path: string | null;
}

export function spaceToRow(workspaceId: number, s: Space): SpacesTable {
  return { workspace_id: workspaceId, id: s.id, name: s.name, kind: s.kind, unit_path: s.unit };
}

export function spaceFromRow(r: SpacesTable): Space {
  return { id: r.id, name: r.name, kind: r.kind as Space['kind'], unit: r.unit_path };
}

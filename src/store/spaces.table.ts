import type { Space } from '../core/records.js';
import type { FieldSeal } from './field-seal.js';

/**
 * Row shape of a space: a sun space at the workplace, a moon space where power is reflected, or other. `name`
 * is sealed (field-seal.ts): it can say where the committee meets, or whose kitchen table it is.
 */
export interface SpacesTable {
  workspace_id: number;
  id: string;
  name: string;
  kind: string;
  unit_path: string | null;
}

export function spaceToRow(seal: FieldSeal, workspaceId: number, s: Space): SpacesTable {
  return {
    workspace_id: workspaceId,
    id: s.id,
    name: seal.seal({ table: 'spaces', column: 'name', workspaceId, rowId: s.id }, s.name),
    kind: s.kind,
    unit_path: s.unit,
  };
}

export function spaceFromRow(seal: FieldSeal, r: SpacesTable): Space {
  return {
    id: r.id,
    name: seal.open({ table: 'spaces', column: 'name', workspaceId: r.workspace_id, rowId: r.id }, r.name),
    kind: r.kind as Space['kind'],
    unit: r.unit_path,
  };
}

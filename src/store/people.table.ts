import type { Person } from '../core/records.js';
import type { FieldSeal } from './field-seal.js';

/** Row shape of a person. `name`, `contact`, `role` and `language` are sealed fields (field-seal.ts). */
export interface PeopleTable {
  workspace_id: number;
  id: string;
  name: string;
  circle: string;
  unit_path: string | null;
  role: string | null;
  started_on: string | null;
  left_on: string | null;
  language: string | null;
  stance: string;
  contact: string | null;
}

export function personToRow(seal: FieldSeal, workspaceId: number, p: Person): PeopleTable {
  const ref = { table: 'people', workspaceId, rowId: p.id };
  return {
    workspace_id: workspaceId,
    id: p.id,
    name: seal.seal({ ...ref, column: 'name' }, p.name),
    circle: p.circle,
    unit_path: p.unit,
    role: seal.sealOptional({ ...ref, column: 'role' }, p.role),
    started_on: p.startedOn,
    left_on: p.leftOn,
    language: seal.sealOptional({ ...ref, column: 'language' }, p.language),
    stance: p.stance,
    contact: seal.sealOptional({ ...ref, column: 'contact' }, p.contact),
  };
}

export function personFromRow(seal: FieldSeal, r: PeopleTable): Person {
  const ref = { table: 'people', workspaceId: r.workspace_id, rowId: r.id };
  return {
    id: r.id,
    name: seal.open({ ...ref, column: 'name' }, r.name),
    circle: r.circle as Person['circle'],
    unit: r.unit_path,
    role: seal.openOptional({ ...ref, column: 'role' }, r.role),
    startedOn: r.started_on,
    leftOn: r.left_on,
    language: seal.openOptional({ ...ref, column: 'language' }, r.language),
    stance: r.stance as Person['stance'],
    contact: seal.openOptional({ ...ref, column: 'contact' }, r.contact),
  };
}

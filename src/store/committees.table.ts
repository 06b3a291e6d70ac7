import type { Committee } from '../core/records.js';
import type { FieldSeal } from './field-seal.js';

/** Row shapes of a committee and its members. `name` is sealed (field-seal.ts). */
export interface CommitteesTable {
  workspace_id: number;
  id: string;
  name: string;
}

export interface CommitteeMembersTable {
  workspace_id: number;
  committee_id: string;
  person_id: string;
  ord: number;
}

export function committeeToRow(seal: FieldSeal, workspaceId: number, c: Committee): CommitteesTable {
  return {
    workspace_id: workspaceId,
    id: c.id,
    name: seal.seal({ table: 'committees', column: 'name', workspaceId, rowId: c.id }, c.name),
  };
}

export function committeeFromRow(seal: FieldSeal, r: CommitteesTable, members: string[]): Committee {
  return {
    id: r.id,
    name: seal.open({ table: 'committees', column: 'name', workspaceId: r.workspace_id, rowId: r.id }, r.name),
    members,
  };
}

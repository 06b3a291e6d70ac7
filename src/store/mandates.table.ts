import type { Mandate } from '../core/power-records.js';
import type { FieldSeal } from './field-seal.js';

/** Row shapes of a mandate and who holds it. `text` is sealed (field-seal.ts). */
export interface MandatesTable {
  workspace_id: number;
  id: string;
  decided_on: string;
  decided_in: string | null;
  text: string;
}

export interface MandateHoldersTable {
  workspace_id: number;
  mandate_id: string;
  person_id: string;
  ord: number;
}

export function mandateToRow(seal: FieldSeal, workspaceId: number, m: Mandate): MandatesTable {
  return {
    workspace_id: workspaceId,
    id: m.id,
    decided_on: m.decidedOn,
    decided_in: m.decidedIn,
    text: seal.seal({ table: 'mandates', column: 'text', workspaceId, rowId: m.id }, m.text),
  };
}

export function mandateFromRow(seal: FieldSeal, r: MandatesTable, holders: string[]): Mandate {
  return {
    id: r.id,
    decidedOn: r.decided_on,
    decidedIn: r.decided_in,
    text: seal.open({ table: 'mandates', column: 'text', workspaceId: r.workspace_id, rowId: r.id }, r.text),
    holders,
  };
}

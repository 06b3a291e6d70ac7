import type { Mandate } from '../core/power-records.js';

/** Row shapes of a mandate and who holds it. */
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

export function mandateToRow(workspaceId: number, m: Mandate): MandatesTable {
  return { workspace_id: workspaceId, id: m.id, decided_on: m.decidedOn, decided_in: m.decidedIn, text: m.text };
}

export function mandateFromRow(r: MandatesTable, holders: string[]): Mandate {
  return { id: r.id, decidedOn: r.decided_on, decidedIn: r.decided_in, text: r.text, holders };
}

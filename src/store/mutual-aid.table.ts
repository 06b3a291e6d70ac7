import type { MutualAid } from '../core/power-records.js';

/** Row shape of one act of mutual aid. */
export interface MutualAidTable {
  workspace_id: number;
  id: string;
  occurred_on: string;
  given_by: string | null;
  given_to: string;
  kind: string;
  amount: number | null;
}

export function mutualAidToRow(workspaceId: number, a: MutualAid): MutualAidTable {
  return {
    workspace_id: workspaceId,
    id: a.id,
    occurred_on: a.occurredOn,
    given_by: a.givenBy,
    given_to: a.givenTo,
    kind: a.kind,
    amount: a.amount,
  };
}

export function mutualAidFromRow(r: MutualAidTable): MutualAid {
  return {
    id: r.id,
    occurredOn: r.occurred_on,
    givenBy: r.given_by,
    givenTo: r.given_to,
    kind: r.kind as MutualAid['kind'],
    amount: r.amount === null ? null : Number(r.amount),
  };
}

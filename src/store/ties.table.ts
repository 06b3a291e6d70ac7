import type { TieObservation } from '../core/records.js';
import { fromFlag, joinList, splitList, toFlag } from './lists.js';

/**
 * Row shape of a tie observation. The bundle gives ties no id: an observation is known by who, which pair
 * and when, so (a, b, observed_on, observed_by) is its key; `observed_by` is '' when nobody is named,
 * because a key column cannot be null on PostgreSQL.
 */
export interface TieObservationsTable {
  workspace_id: number;
  a: string;
  b: string;
  observed_on: string;
  observed_by: string;
  sides: string;
  closeness: number | null;
  directed: number;
}

export function tieToRow(workspaceId: number, t: TieObservation): TieObservationsTable {
  return {
    workspace_id: workspaceId,
    a: t.a,
    b: t.b,
    observed_on: t.observedOn,
    observed_by: t.observedBy ?? '',
    sides: joinList(t.sides),
    closeness: t.closeness,
    directed: toFlag(t.directed),
  };
}

export function tieFromRow(r: TieObservationsTable): TieObservation {
  return {
    a: r.a,
    b: r.b,
    sides: splitList(r.sides),
    closeness: r.closeness as TieObservation['closeness'],
    directed: fromFlag(r.directed),
    observedOn: r.observed_on,
    observedBy: r.observed_by === '' ? null : r.observed_by,
  };
}

import type { PicketShift } from '../core/power-records.js';

/** Row shapes of a picket shift and who stood it. */
export interface PicketShiftsTable {
  workspace_id: number;
  id: string;
  space_id: string;
  starts_at: string;
  ends_at: string;
}

export interface PicketShiftPeopleTable {
  workspace_id: number;
  shift_id: string;
  person_id: string;
  ord: number;
}

export function picketShiftToRow(workspaceId: number, s: PicketShift): PicketShiftsTable {
  return { workspace_id: workspaceId, id: s.id, space_id: s.space, starts_at: s.startsAt, ends_at: s.endsAt };
}

export function picketShiftFromRow(r: PicketShiftsTable, people: string[]): PicketShift {
  return { id: r.id, space: r.space_id, startsAt: r.starts_at, endsAt: r.ends_at, people };
}

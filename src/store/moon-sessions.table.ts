import type { MoonSession } from '../core/power-records.js';
import { fromFlag, toFlag } from './lists.js';

/** Row shapes of a session in a moon space, who attended, the mandates it addressed, whom it was reported to. */
export interface MoonSessionsTable {
  workspace_id: number;
  id: string;
  space_id: string;
  occurred_on: string;
  closed_door: number;
  outcome: string | null;
  reported_back_on: string | null;
}

export interface MoonSessionAttendeesTable {
  workspace_id: number;
  session_id: string;
  person_id: string;
  ord: number;
}

export interface MoonSessionMandatesTable {
  workspace_id: number;
  session_id: string;
  mandate_id: string;
  ord: number;
}

/** A target: a person's id or a unit path (power-records.ts). */
export interface MoonSessionReportedToTable {
  workspace_id: number;
  session_id: string;
  target: string;
  ord: number;
}

export function moonSessionToRow(workspaceId: number, s: MoonSession): MoonSessionsTable {
  return {
    workspace_id: workspaceId,
    id: s.id,
    space_id: s.space,
    occurred_on: s.occurredOn,
    closed_door: toFlag(s.closedDoor),
    outcome: s.outcome,
    reported_back_on: s.reportedBackOn,
  };
}

export function moonSessionFromRow(
  r: MoonSessionsTable,
  lists: { attendees: string[]; mandates: string[]; reportedTo: string[] },
): MoonSession {
  return {
    id: r.id,
    space: r.space_id,
    occurredOn: r.occurred_on,
    attendees: lists.attendees,
    closedDoor: fromFlag(r.closed_door),
    outcome: r.outcome,
    mandates: lists.mandates,
    reportedBackOn: r.reported_back_on,
    reportedTo: lists.reportedTo,
  };
}

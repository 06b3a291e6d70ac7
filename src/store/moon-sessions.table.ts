import type { MoonSession } from '../core/power-records.js';
import type { FieldSeal } from './field-seal.js';
import { fromFlag, toFlag } from './lists.js';

/**
 * Row shapes of a session in a moon space, who attended, the mandates it addressed, whom it was reported to.
 * `outcome` (what happened, in the committee's words) is sealed (field-seal.ts).
 */
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

export function moonSessionToRow(seal: FieldSeal, workspaceId: number, s: MoonSession): MoonSessionsTable {
  return {
    workspace_id: workspaceId,
    id: s.id,
    space_id: s.space,
    occurred_on: s.occurredOn,
    closed_door: toFlag(s.closedDoor),
    outcome: seal.sealOptional({ table: 'moon_sessions', column: 'outcome', workspaceId, rowId: s.id }, s.outcome),
    reported_back_on: s.reportedBackOn,
  };
}

export function moonSessionFromRow(
  seal: FieldSeal,
  r: MoonSessionsTable,
  lists: { attendees: string[]; mandates: string[]; reportedTo: string[] },
): MoonSession {
  return {
    id: r.id,
    space: r.space_id,
    occurredOn: r.occurred_on,
    attendees: lists.attendees,
    closedDoor: fromFlag(r.closed_door),
    outcome: seal.openOptional(
      { table: 'moon_sessions', column: 'outcome', workspaceId: r.workspace_id, rowId: r.id },
      r.outcome,
    ),
    mandates: lists.mandates,
    reportedBackOn: r.reported_back_on,
    reportedTo: lists.reportedTo,
  };
}

import type { Interaction } from '../core/records.js';
import type { FieldSeal } from './field-seal.js';
import { joinList, splitList } from './lists.js';
import { byCodePoint } from './text-order.js';

/** Row shapes of an interaction, who took part, and the grievances raised in it. `notes` is sealed. */
export interface InteractionsTable {
  workspace_id: number;
  id: string;
  occurred_on: string;
  kind: string;
  sides: string;
  initiated_by: string | null;
  space_id: string | null;
  notes: string | null;
  /**
   * The account that logged it (migration 0002); null for imported records. Optional in the row shape so
   * that an import updating an interaction leaves its author as it was.
   */
  logged_by?: number | null;
  /**
   * SQLite only (migration 0008): who took part, sorted, ';'-separated, for the model's covering index; kept by
   * triggers from interaction_participants. Given when an interaction is written (participantIds) so that the
   * triggers need not write the row again for each participant.
   */
  participant_ids?: string;
}

export interface InteractionParticipantsTable {
  workspace_id: number;
  interaction_id: string;
  person_id: string;
  ord: number;
}

export interface GrievanceRaisingsTable {
  workspace_id: number;
  interaction_id: string;
  grievance_id: string;
  /** Who raised it; null when the record does not say. */
  person_id: string | null;
  ord: number;
}

export function interactionToRow(seal: FieldSeal, workspaceId: number, i: Interaction): InteractionsTable {
  return {
    workspace_id: workspaceId,
    id: i.id,
    occurred_on: i.occurredOn,
    kind: i.kind,
    sides: joinList(i.sides),
    initiated_by: i.initiatedBy,
    space_id: i.space,
    notes: seal.sealOptional({ table: 'interactions', column: 'notes', workspaceId, rowId: i.id }, i.notes),
  };
}

/**
 * An interaction's participant_ids (migration 0008) as SQLite's triggers write them: its participants' ids
 * once each, in SQLite's order (text-order.ts), ';'-separated.
 */
export function participantIds(i: Interaction): string {
  return [...new Set(i.participants)].sort(byCodePoint).join(';');
}

export function participantRows(workspaceId: number, i: Interaction): InteractionParticipantsTable[] {
  return i.participants.map((person_id, ord) => ({ workspace_id: workspaceId, interaction_id: i.id, person_id, ord }));
}

export function raisingRows(workspaceId: number, i: Interaction): GrievanceRaisingsTable[] {
  return i.raised.map((r, ord) => ({
    workspace_id: workspaceId,
    interaction_id: i.id,
    grievance_id: r.grievance,
    person_id: r.by,
    ord,
  }));
}

export function interactionFromRows(
  seal: FieldSeal,
  r: InteractionsTable,
  participants: readonly string[],
  raised: Interaction['raised'],
): Interaction {
  return {
    id: r.id,
    occurredOn: r.occurred_on,
    participants: [...participants],
    kind: r.kind as Interaction['kind'],
    sides: splitList(r.sides),
    initiatedBy: r.initiated_by,
    space: r.space_id,
    raised,
    notes: seal.openOptional(
      { table: 'interactions', column: 'notes', workspaceId: r.workspace_id, rowId: r.id },
      r.notes,
    ),
  };
}

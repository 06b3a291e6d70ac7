import type { Vote } from '../core/power-records.js';
import type { FieldSeal } from './field-seal.js';

/** Row shape of a vote: counts only, ballots stay secret. `question` is sealed (field-seal.ts). */
export interface VotesTable {
  workspace_id: number;
  id: string;
  mandate_id: string | null;
  session_id: string | null;
  held_on: string;
  question: string;
  yes_count: number;
  no_count: number;
  abstain_count: number | null;
}

export function voteToRow(seal: FieldSeal, workspaceId: number, v: Vote): VotesTable {
  return {
    workspace_id: workspaceId,
    id: v.id,
    mandate_id: v.mandate,
    session_id: v.session,
    held_on: v.heldOn,
    question: seal.seal({ table: 'votes', column: 'question', workspaceId, rowId: v.id }, v.question),
    yes_count: v.yes,
    no_count: v.no,
    abstain_count: v.abstain,
  };
}

export function voteFromRow(seal: FieldSeal, r: VotesTable): Vote {
  return {
    id: r.id,
    mandate: r.mandate_id,
    session: r.session_id,
    heldOn: r.held_on,
    question: seal.open({ table: 'votes', column: 'question', workspaceId: r.workspace_id, rowId: r.id }, r.question),
    yes: Number(r.yes_count),
    no: Number(r.no_count),
    abstain: r.abstain_count === null ? null : Number(r.abstain_count),
  };
}

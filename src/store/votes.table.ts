import type { Vote } from '../core/power-records.js';

/** Row shape of a vote: counts only, ballots stay secret. */
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

export function voteToRow(workspaceId: number, v: Vote): VotesTable {
  return {
    workspace_id: workspaceId,
    id: v.id,
    mandate_id: v.mandate,
    session_id: v.session,
    held_on: v.heldOn,
    question: v.question,
    yes_count: v.yes,
    no_count: v.no,
    abstain_count: v.abstain,
  };
}

export function voteFromRow(r: VotesTable): Vote {
  return {
    id: r.id,
    mandate: r.mandate_id,
    session: r.session_id,
    heldOn: r.held_on,
    question: r.question,
    yes: Number(r.yes_count),
    no: Number(r.no_count),
    abstain: r.abstain_count === null ? null : Number(r.abstain_count),
  };
}

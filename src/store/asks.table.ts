import type { Ask } from '../core/records.js';
import type { FieldSeal } from './field-seal.js';

/** Row shape of an ask. `what` (the ask, in the asker's words) is sealed (field-seal.ts). */
export interface AsksTable {
  workspace_id: number;
  id: string;
  interaction_id: string | null;
  occurred_on: string | null;
  by_person: string;
  to_person: string;
  what: string;
  response: string;
  comfort: string | null;
  wanted: string;
  followed_through: string;
}

export function askToRow(seal: FieldSeal, workspaceId: number, a: Ask): AsksTable {
  return {
    workspace_id: workspaceId,
    id: a.id,
    interaction_id: a.interaction,
    occurred_on: a.occurredOn,
    by_person: a.by,
    to_person: a.to,
    what: seal.seal({ table: 'asks', column: 'what', workspaceId, rowId: a.id }, a.what),
    response: a.response,
    comfort: a.comfort,
    wanted: a.wanted,
    followed_through: a.followedThrough,
  };
}

export function askFromRow(seal: FieldSeal, r: AsksTable): Ask {
  return {
    id: r.id,
    interaction: r.interaction_id,
    occurredOn: r.occurred_on,
    by: r.by_person,
    to: r.to_person,
    what: seal.open({ table: 'asks', column: 'what', workspaceId: r.workspace_id, rowId: r.id }, r.what),
    response: r.response as Ask['response'],
    comfort: r.comfort as Ask['comfort'],
    wanted: r.wanted as Ask['wanted'],
    followedThrough: r.followed_through as Ask['followedThrough'],
  };
}

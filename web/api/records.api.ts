/**
 * Conversations, grievances, asks, spaces and units (src/server/routes: conversations, grievances, asks,
 * spaces, units): what the log form reads and writes, and what the grievance page changes.
 */
import { api, call, encoded, type OkBody } from './client.js';

const ws = api.workspaces[':workspace'];

export const listConversations = (workspace: string, options: { before?: string; limit?: number } = {}) =>
  call(() =>
    ws.conversations.$get({
      param: encoded({ workspace }),
      query: { ...(options.before ? { before: options.before } : {}), limit: options.limit ?? 20 },
    }),
  );

export const getConversation = (workspace: string, id: string) =>
  call(() => ws.conversations[':id'].$get({ param: encoded({ workspace, id }) }));

export type ConversationInput = Parameters<typeof ws.conversations.$post>[0]['json'];
/** Log a conversation with its grievances (existing or new) and asks, all at once or not at all. */
export const logConversation = (workspace: string, input: ConversationInput) =>
  call(() => ws.conversations.$post({ param: encoded({ workspace }), json: input }));

export const listGrievances = (workspace: string) => call(() => ws.grievances.$get({ param: encoded({ workspace }) }));

export type GrievancePatch = Parameters<(typeof ws.grievances)[':id']['$patch']>[0]['json'];
export const updateGrievance = (workspace: string, id: string, patch: GrievancePatch) =>
  call(() => ws.grievances[':id'].$patch({ param: encoded({ workspace, id }), json: patch }));

export type AskPatch = Parameters<(typeof ws.asks)[':id']['$patch']>[0]['json'];
export const updateAsk = (workspace: string, id: string, patch: AskPatch) =>
  call(() => ws.asks[':id'].$patch({ param: encoded({ workspace, id }), json: patch }));

export const listSpaces = (workspace: string) => call(() => ws.spaces.$get({ param: encoded({ workspace }) }));

export const listUnits = (workspace: string) => call(() => ws.units.$get({ param: encoded({ workspace }) }));

export type ConversationSummary = OkBody<Awaited<ReturnType<typeof ws.conversations.$get>>>['conversations'][number];
export type ConversationDetail = OkBody<Awaited<ReturnType<(typeof ws.conversations)[':id']['$get']>>>;
export type GrievanceWithRaisings = OkBody<Awaited<ReturnType<typeof ws.grievances.$get>>>[number];
export type Space = OkBody<Awaited<ReturnType<typeof ws.spaces.$get>>>[number];
export type Unit = OkBody<Awaited<ReturnType<typeof ws.units.$get>>>[number];

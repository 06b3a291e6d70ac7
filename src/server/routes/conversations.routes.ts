import { z } from '@hono/zod-openapi';
import { fetchVisibleAsks } from '../../store/asks.store.js';
import { visibleGrievancesAmong } from '../../store/grievances.store.js';
import { fetchVisibleInteractions, getInteraction, logInteraction } from '../../store/interactions.store.js';
import { visibleNames } from '../../store/people.store.js';
import { ApiError } from '../api-error.js';
import { currentUser, workspaceScope, type AppContext } from '../app-env.js';
import { checkConversation } from '../conversation-checks.js';
import { revealNotes, summarize } from '../conversation-view.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { conversationIn, conversationOut, conversationSummary, namesOut } from './record-schemas.js';

const CURSOR = /^(\d{4}-\d{2}-\d{2}):(.+)$/;

const listQuery = z.object({
  before: z
    .string()
    .regex(CURSOR, 'use the `next` value of the previous page')
    .optional()
    .openapi({ description: 'The page after this cursor (from `next`)' }),
  limit: z.coerce.number().int().min(1).max(200).default(30),
});

const conversationParams = recordParams('id', "The conversation's bundle id");

const conversationDetail = z.object({ conversation: conversationOut, names: namesOut }).openapi('ConversationDetail');

/** Logging conversations, the recent ones, and one with its notes. */
export function conversationsRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/conversations',
      summary: 'Recent conversations I may see, newest first (without notes)',
      request: { params: workspaceParams, query: listQuery },
      responses: {
        200: jsonAnswer(
          z.object({ conversations: z.array(conversationSummary), next: z.string().nullable(), names: namesOut }),
          'Conversations',
        ),
        ...errors(400, 401, 404),
      },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/conversations/{id}',
      summary: 'One conversation, with its notes when I may read them, its asks and grievances',
      request: { params: conversationParams },
      responses: { 200: jsonAnswer(conversationDetail, 'The conversation'), ...errors(401, 404) },
    },
  );

  const log = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/conversations',
      summary: 'Log a conversation with its grievances (existing or new) and asks, all at once or not at all',
      request: { params: workspaceParams, body: jsonBody(conversationIn) },
      responses: { 201: jsonAnswer(conversationDetail, 'The conversation as logged'), ...errors(400, 401, 403, 404) },
    },
  );

  async function detail(c: AppContext, id: string) {
    const { ws, viewer, workspace } = workspaceScope(c);
    const found = await getInteraction(db, ws, viewer, id);
    if (!found) throw new ApiError('conversation_not_found', { id });
    const [conversation] = await revealNotes(deps, { workspace, viewer, interactions: [found] });
    const asks = await fetchVisibleAsks(db, ws, viewer, { interaction: id });
    const grievances = await visibleGrievancesAmong(
      db,
      ws,
      viewer,
      found.raised.map((r) => r.grievance),
    );
    const names = await visibleNames(db, ws, viewer, [...found.participants, ...asks.flatMap((a) => [a.by, a.to])]);
    return {
      conversation: { ...conversation!, asks, grievances: [...grievances.values()] },
      names: Object.fromEntries(names),
    };
  }

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const { before, limit } = c.req.valid('query');
      const cursor = before ? CURSOR.exec(before) : null;
      const found = await fetchVisibleInteractions(db, ws, viewer, {
        order: 'newest',
        limit,
        ...(cursor ? { before: { occurredOn: cursor[1]!, id: cursor[2]! } } : {}),
      });
      const last = found[found.length - 1];
      const names = await visibleNames(
        db,
        ws,
        viewer,
        found.flatMap((i) => i.participants),
      );
      return c.json(
        {
          conversations: found.map((i) => summarize(i, viewer)),
          next: last && found.length === limit ? `${last.occurredOn}:${last.id}` : null,
          names: Object.fromEntries(names),
        },
        200,
      );
    })
    .openapi(get, async (c) => c.json(await detail(c, c.req.valid('param').id), 200))
    .openapi(log, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const input = c.req.valid('json');
      await checkConversation(db, ws, viewer, c.var.lang, input);
      const { raised, newGrievances, asks, ...interaction } = input;
      const logged = await logInteraction(
        db,
        ws,
        {
          interaction,
          raised,
          newGrievances: newGrievances.map(({ raisedBy, ...grievance }) => ({ grievance, raisedBy })),
          asks,
          loggedBy: currentUser(c).id,
        },
        deps.randomBytes,
      );
      return c.json(await detail(c, logged.interaction.id), 201);
    });
}

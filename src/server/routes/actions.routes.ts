import { z } from '@hono/zod-openapi';
import { ACTION_KINDS } from '../../core/vocabulary.js';
import { listVisibleActions } from '../../store/actions.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, newRoutes, type RouteKit } from '../route-kit.js';
import { workspaceParams } from './params.js';

const actionSummaryOut = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(ACTION_KINDS),
    occurredOn: z.string(),
    space: z.string().nullable().openapi({ description: 'Where it happened; null when unknown or not mine to see' }),
  })
  .openapi('ActionSummary');

/**
 * Collective actions, listed for choosing one: a relationship-first plan for an action (plans.routes.ts), and
 * the meeting a mandate was decided in. Who took part travels with the analysis, not here.
 */
export function actionsRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/actions',
      summary: 'Collective actions I may see (title, kind, date, space), the latest first',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(actionSummaryOut), 'Actions, the latest first'), ...errors(401, 404) },
    },
  );

  return newRoutes().openapi(list, async (c) => {
    const { ws, viewer } = workspaceScope(c);
    return c.json(await listVisibleActions(db, ws, viewer), 200);
  });
}

import type { Ask } from '../../core/records.js';
import { getAsk, updateAsk } from '../../store/asks.store.js';
import { ApiError } from '../api-error.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams } from './params.js';
import { askOut, askPatch } from './record-schemas.js';

const askParams = recordParams('id', "The ask's bundle id");

/** Asks are made in conversations; afterwards, what became of them is written down here. */
export function asksRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/asks/{id}',
      summary: 'One ask',
      request: { params: askParams },
      responses: { 200: jsonAnswer(askOut, 'The ask'), ...errors(401, 404) },
    },
  );

  const update = define(
    { workspace: 'member' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/asks/{id}',
      summary: 'Record the response, how comfortable the person was, whether they wanted it, and follow-through',
      request: { params: askParams, body: jsonBody(askPatch) },
      responses: { 200: jsonAnswer(askOut, 'The ask as it is now'), ...errors(400, 401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(get, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const { id } = c.req.valid('param');
      const found = await getAsk(db, ws, viewer, id);
      if (!found) throw new ApiError('ask_not_found', { id });
      return c.json(found, 200);
    })
    .openapi(update, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const { id } = c.req.valid('param');
      const found = await getAsk(db, ws, viewer, id);
      if (!found) throw new ApiError('ask_not_found', { id });
      const { on, ...ask } = found;
      const changed: Ask = { ...ask, ...c.req.valid('json') };
      await updateAsk(db, ws, changed);
      return c.json({ ...changed, on }, 200);
    });
}

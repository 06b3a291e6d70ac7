import { z } from '@hono/zod-openapi';
import { visiblePower } from '../../store/power-records.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { createPower, powerScope, removePower, updatePower, visibleOr404 } from './power-kit.js';
import { removedOut, moonSessionIn, moonSessionOut, moonSessionPatch } from './power-schemas.js';

const params = recordParams('id', "The session's bundle id");

/**
 * Sessions in moon spaces (a bargaining table, a court, a hearing): who attended, behind which doors, which
 * mandates they took up, and the report-back to the rank and file, recorded afterwards with a change.
 * Seen by everyone whose grants the moon space concerns.
 */
export function moonSessionsRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/moon-sessions',
      summary: 'Sessions in moon spaces that concern me',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(moonSessionOut), 'Sessions, by id'), ...errors(401, 404) },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/moon-sessions/{id}',
      summary: 'One session',
      request: { params },
      responses: { 200: jsonAnswer(moonSessionOut, 'The session'), ...errors(401, 404) },
    },
  );

  const create = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/moon-sessions',
      summary: 'Write down a session at the table (or in court, in a hearing)',
      request: { params: workspaceParams, body: jsonBody(moonSessionIn) },
      responses: { 201: jsonAnswer(moonSessionOut, 'The session'), ...errors(400, 401, 403, 404) },
    },
  );

  const update = define(
    { workspace: 'member' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/moon-sessions/{id}',
      summary:
        'Record the report-back (when, to whom), the outcome, the mandates taken up; or put right where and when',
      request: { params, body: jsonBody(moonSessionPatch) },
      responses: { 200: jsonAnswer(moonSessionOut, 'The session as it is now'), ...errors(400, 401, 403, 404) },
    },
  );

  const remove = define(
    { workspace: 'member' },
    {
      method: 'delete',
      path: '/api/workspaces/{workspace}/moon-sessions/{id}',
      summary: 'Remove a session written down by mistake (refused while a vote names it)',
      request: { params },
      responses: { 200: jsonAnswer(removedOut, 'The session is removed'), ...errors(401, 403, 404, 409) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visiblePower(db, ws, viewer, 'moon_sessions'), 200);
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await visibleOr404(powerScope(c, deps), 'moon_sessions', id, 'moon_session_not_found'), 200);
    })
    .openapi(create, async (c) => {
      const scope = powerScope(c, deps);
      return c.json(await createPower(scope, 'moon_sessions', c.req.valid('json'), deps.randomBytes), 201);
    })
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      const scope = powerScope(c, deps);
      return c.json(await updatePower(scope, 'moon_sessions', id, c.req.valid('json'), 'moon_session_not_found'), 200);
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await removePower(powerScope(c, deps), 'moon_sessions', id, 'moon_session_not_found'), 200);
    });
}

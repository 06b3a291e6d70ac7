import { z } from '@hono/zod-openapi';
import { visiblePower } from '../../store/power-records.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { createPower, powerScope, removePower, updatePower, visibleOr404 } from './power-kit.js';
import { removedOut, mutualAidIn, mutualAidOut, mutualAidPatch } from './power-schemas.js';

const params = recordParams('id', "The record of mutual aid's bundle id");

/** Mutual aid: money, food, childcare, rides and a roof; who helped whom. Seen with the person helped. */
export function mutualAidRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/mutual-aid',
      summary: 'Mutual aid given to people I may see',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(mutualAidOut), 'Mutual aid, by id'), ...errors(401, 404) },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/mutual-aid/{id}',
      summary: 'One record of mutual aid',
      request: { params },
      responses: { 200: jsonAnswer(mutualAidOut, 'The record of mutual aid'), ...errors(401, 404) },
    },
  );

  const create = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/mutual-aid',
      summary: 'Write down help given',
      request: { params: workspaceParams, body: jsonBody(mutualAidIn) },
      responses: { 201: jsonAnswer(mutualAidOut, 'The record of mutual aid'), ...errors(400, 401, 403, 404) },
    },
  );

  const update = define(
    { workspace: 'member' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/mutual-aid/{id}',
      summary: 'Correct a record of help given: who gave, who received, when, what, how much',
      request: { params, body: jsonBody(mutualAidPatch) },
      responses: {
        200: jsonAnswer(mutualAidOut, 'The record of mutual aid as it is now'),
        ...errors(400, 401, 403, 404),
      },
    },
  );

  const remove = define(
    { workspace: 'member' },
    {
      method: 'delete',
      path: '/api/workspaces/{workspace}/mutual-aid/{id}',
      summary: 'Remove a record of mutual aid written down by mistake (or twice)',
      request: { params },
      responses: { 200: jsonAnswer(removedOut, 'The record of mutual aid is removed'), ...errors(401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visiblePower(db, ws, viewer, 'mutual_aid'), 200);
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await visibleOr404(powerScope(c, deps), 'mutual_aid', id, 'mutual_aid_not_found'), 200);
    })
    .openapi(create, async (c) => {
      const scope = powerScope(c, deps);
      return c.json(await createPower(scope, 'mutual_aid', c.req.valid('json'), deps.randomBytes), 201);
    })
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(
        await updatePower(powerScope(c, deps), 'mutual_aid', id, c.req.valid('json'), 'mutual_aid_not_found'),
        200,
      );
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await removePower(powerScope(c, deps), 'mutual_aid', id, 'mutual_aid_not_found'), 200);
    });
}

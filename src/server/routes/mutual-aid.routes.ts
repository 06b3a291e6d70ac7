import { z } from '@hono/zod-openapi';
import { visiblePower } from '../../store/power-records.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { createPower, visibleOr404 } from './power-kit.js';
import { mutualAidIn, mutualAidOut } from './power-schemas.js';

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

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visiblePower(db, ws, viewer, 'mutual_aid'), 200);
    })
    .openapi(get, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const { id } = c.req.valid('param');
      return c.json(
        await visibleOr404({ db, ws, viewer, lang: c.var.lang }, 'mutual_aid', id, 'mutual_aid_not_found'),
        200,
      );
    })
    .openapi(create, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const scope = { db, ws, viewer, lang: c.var.lang };
      return c.json(await createPower(scope, 'mutual_aid', c.req.valid('json'), deps.randomBytes), 201);
    });
}

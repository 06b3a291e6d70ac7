import { z } from '@hono/zod-openapi';
import { visiblePower } from '../../store/power-records.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { createPower, visibleOr404 } from './power-kit.js';
import { satelliteEffectIn, satelliteEffectOut } from './power-schemas.js';

const params = recordParams('id', "The satellite effect's bundle id");

/** What outside actors did to workers' relationships and confidence: nurturing, siphoning, or mixed. */
export function satelliteEffectsRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/satellite-effects',
      summary: 'Satellite effects I may see',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(satelliteEffectOut), 'Satellite effects, by id'), ...errors(401, 404) },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/satellite-effects/{id}',
      summary: 'One satellite effect',
      request: { params },
      responses: { 200: jsonAnswer(satelliteEffectOut, 'The satellite effect'), ...errors(401, 404) },
    },
  );

  const create = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/satellite-effects',
      summary: 'Write down what a satellite did, and whom it touched',
      request: { params: workspaceParams, body: jsonBody(satelliteEffectIn) },
      responses: { 201: jsonAnswer(satelliteEffectOut, 'The satellite effect'), ...errors(400, 401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visiblePower(db, ws, viewer, 'satellite_effects'), 200);
    })
    .openapi(get, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const { id } = c.req.valid('param');
      return c.json(
        await visibleOr404({ db, ws, viewer, lang: c.var.lang }, 'satellite_effects', id, 'satellite_effect_not_found'),
        200,
      );
    })
    .openapi(create, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const scope = { db, ws, viewer, lang: c.var.lang };
      return c.json(await createPower(scope, 'satellite_effects', c.req.valid('json'), deps.randomBytes), 201);
    });
}

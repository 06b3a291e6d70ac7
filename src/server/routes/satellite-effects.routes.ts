import { z } from '@hono/zod-openapi';
import { visiblePower } from '../../store/power-records.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { createPower, powerScope, removePower, updatePower, visibleOr404 } from './power-kit.js';
import { removedOut, satelliteEffectIn, satelliteEffectOut, satelliteEffectPatch } from './power-schemas.js';

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

  const update = define(
    { workspace: 'member' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/satellite-effects/{id}',
      summary: 'Correct what a satellite did: who, when, which way, whom it touched, in what words',
      request: { params, body: jsonBody(satelliteEffectPatch) },
      responses: {
        200: jsonAnswer(satelliteEffectOut, 'The satellite effect as it is now'),
        ...errors(400, 401, 403, 404),
      },
    },
  );

  const remove = define(
    { workspace: 'member' },
    {
      method: 'delete',
      path: '/api/workspaces/{workspace}/satellite-effects/{id}',
      summary: 'Remove a satellite effect written down by mistake',
      request: { params },
      responses: { 200: jsonAnswer(removedOut, 'The satellite effect is removed'), ...errors(401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visiblePower(db, ws, viewer, 'satellite_effects'), 200);
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(
        await visibleOr404(powerScope(c, deps), 'satellite_effects', id, 'satellite_effect_not_found'),
        200,
      );
    })
    .openapi(create, async (c) => {
      const scope = powerScope(c, deps);
      return c.json(await createPower(scope, 'satellite_effects', c.req.valid('json'), deps.randomBytes), 201);
    })
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(
        await updatePower(
          powerScope(c, deps),
          'satellite_effects',
          id,
          c.req.valid('json'),
          'satellite_effect_not_found',
        ),
        200,
      );
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await removePower(powerScope(c, deps), 'satellite_effects', id, 'satellite_effect_not_found'), 200);
    });
}

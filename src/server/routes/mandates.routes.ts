import { z } from '@hono/zod-openapi';
import { visiblePower } from '../../store/power-records.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { createPower, powerScope, removePower, updatePower, visibleOr404 } from './power-kit.js';
import { removedOut, mandateIn, mandateOut, mandatePatch } from './power-schemas.js';

const params = recordParams('id', "The mandate's bundle id");

/**
 * Mandates: what the rank and file told the people at the table to do. Everyone in the workspace sees them;
 * writing down or changing what the membership decided is for leads.
 */
export function mandatesRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/mandates',
      summary: 'Mandates, with the holders I may see',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(mandateOut), 'Mandates, by id'), ...errors(401, 404) },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/mandates/{id}',
      summary: 'One mandate',
      request: { params },
      responses: { 200: jsonAnswer(mandateOut, 'The mandate'), ...errors(401, 404) },
    },
  );

  const create = define(
    { workspace: 'lead' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/mandates',
      summary: 'Write down a mandate the membership decided, and who must carry it',
      request: { params: workspaceParams, body: jsonBody(mandateIn) },
      responses: { 201: jsonAnswer(mandateOut, 'The mandate'), ...errors(400, 401, 403, 404) },
    },
  );

  const update = define(
    { workspace: 'lead' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/mandates/{id}',
      summary: "Change a mandate's text, date, meeting or holders",
      request: { params, body: jsonBody(mandatePatch) },
      responses: { 200: jsonAnswer(mandateOut, 'The mandate as it is now'), ...errors(400, 401, 403, 404) },
    },
  );

  const remove = define(
    { workspace: 'lead' },
    {
      method: 'delete',
      path: '/api/workspaces/{workspace}/mandates/{id}',
      summary: 'Remove a mandate written down by mistake (refused while a vote or a session names it)',
      request: { params },
      responses: { 200: jsonAnswer(removedOut, 'The mandate is removed'), ...errors(401, 403, 404, 409) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visiblePower(db, ws, viewer, 'mandates'), 200);
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await visibleOr404(powerScope(c, deps), 'mandates', id, 'mandate_not_found'), 200);
    })
    .openapi(create, async (c) => {
      const scope = powerScope(c, deps);
      return c.json(await createPower(scope, 'mandates', c.req.valid('json'), deps.randomBytes), 201);
    })
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      const scope = powerScope(c, deps);
      return c.json(await updatePower(scope, 'mandates', id, c.req.valid('json'), 'mandate_not_found'), 200);
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await removePower(powerScope(c, deps), 'mandates', id, 'mandate_not_found'), 200);
    });
}

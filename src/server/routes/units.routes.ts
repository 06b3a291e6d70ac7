import { z } from '@hono/zod-openapi';
import { unitPathSchema } from '../../core/records.js';
import { findVisibleUnit, visibleUnits } from '../../store/units.store.js';
import { ApiError } from '../api-error.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, newRoutes, type RouteKit } from '../route-kit.js';
import { workspaceParams } from './params.js';

const unitOut = z
  .object({ path: z.string(), name: z.string(), parent: z.string().nullable(), people: z.number().int() })
  .openapi('Unit');

const unitParams = workspaceParams.extend({
  unit: unitPathSchema.clone().openapi({
    param: { name: 'unit', in: 'path' },
    description: 'The unit path, URL-encoded as one segment (Clinic%2FNursing)',
  }),
});

/** The workplace tree, as far as the viewer may see it. */
export function unitsRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/units',
      summary: 'The units I may see (and the units above them), in path order, with how many people are in each',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(unitOut), 'The tree, flat; `parent` links it'), ...errors(401, 404) },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/units/{unit}',
      summary: 'One unit and the units directly under it',
      request: { params: unitParams },
      responses: {
        200: jsonAnswer(z.object({ unit: unitOut, children: z.array(unitOut) }), 'The unit'),
        ...errors(401, 404),
      },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visibleUnits(db, ws, viewer), 200);
    })
    .openapi(get, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const { unit: path } = c.req.valid('param');
      const unit = await findVisibleUnit(db, ws, viewer, path);
      if (!unit) throw new ApiError('unit_not_found', { path });
      const children = (await visibleUnits(db, ws, viewer)).filter((u) => u.parent === path);
      return c.json({ unit, children }, 200);
    });
}

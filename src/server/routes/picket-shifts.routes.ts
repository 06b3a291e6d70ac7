import { z } from '@hono/zod-openapi';
import { visiblePower } from '../../store/power-records.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { createPower, powerScope, removePower, updatePower, visibleOr404 } from './power-kit.js';
import { removedOut, picketShiftIn, picketShiftOut, picketShiftPatch } from './power-schemas.js';

const params = recordParams('id', "The picket shift's bundle id");

/** Picket shifts: who held which line when. Seen by everyone whose grants the line's sun space concerns. */
export function picketShiftsRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/picket-shifts',
      summary: 'Picket shifts on the lines that concern me',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(picketShiftOut), 'Picket shifts, by id'), ...errors(401, 404) },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/picket-shifts/{id}',
      summary: 'One picket shift',
      request: { params },
      responses: { 200: jsonAnswer(picketShiftOut, 'The picket shift'), ...errors(401, 404) },
    },
  );

  const create = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/picket-shifts',
      summary: 'Add a picket shift',
      request: { params: workspaceParams, body: jsonBody(picketShiftIn) },
      responses: { 201: jsonAnswer(picketShiftOut, 'The picket shift'), ...errors(400, 401, 403, 404) },
    },
  );

  const update = define(
    { workspace: 'member' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/picket-shifts/{id}',
      summary: 'Change who is on a shift, when it runs, or at which line',
      request: { params, body: jsonBody(picketShiftPatch) },
      responses: { 200: jsonAnswer(picketShiftOut, 'The picket shift as it is now'), ...errors(400, 401, 403, 404) },
    },
  );

  const remove = define(
    { workspace: 'member' },
    {
      method: 'delete',
      path: '/api/workspaces/{workspace}/picket-shifts/{id}',
      summary: 'Remove a picket shift written down by mistake',
      request: { params },
      responses: { 200: jsonAnswer(removedOut, 'The picket shift is removed'), ...errors(401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visiblePower(db, ws, viewer, 'picket_shifts'), 200);
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await visibleOr404(powerScope(c, deps), 'picket_shifts', id, 'picket_shift_not_found'), 200);
    })
    .openapi(create, async (c) => {
      const scope = powerScope(c, deps);
      return c.json(await createPower(scope, 'picket_shifts', c.req.valid('json'), deps.randomBytes), 201);
    })
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      const scope = powerScope(c, deps);
      return c.json(await updatePower(scope, 'picket_shifts', id, c.req.valid('json'), 'picket_shift_not_found'), 200);
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await removePower(powerScope(c, deps), 'picket_shifts', id, 'picket_shift_not_found'), 200);
    });
}

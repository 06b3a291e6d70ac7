import { z } from '@hono/zod-openapi';
import type { Grievance } from '../../core/records.js';
import {
  createGrievance,
  getGrievance,
  listGrievances,
  updateGrievance,
  type GrievanceWithRaisings,
} from '../../store/grievances.store.js';
import { ApiError } from '../api-error.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { mustStayVisible } from '../validation.js';
import { recordParams, workspaceParams } from './params.js';
import { grievanceIn, grievanceOut, grievancePatch, grievanceWithRaisings } from './record-schemas.js';

const grievanceParams = recordParams('id', "The grievance's bundle id");

function withCount(g: GrievanceWithRaisings) {
  return { ...g, raisedBy: new Set(g.raisings.flatMap((r) => (r.by ? [r.by] : []))).size };
}

/** Grievances, each with who raised it and when. */
export function grievancesRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/grievances',
      summary: 'Grievances I may see, each with who raised it, where and when',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(grievanceWithRaisings), 'Grievances, by id'), ...errors(401, 404) },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/grievances/{id}',
      summary: 'One grievance with who raised it',
      request: { params: grievanceParams },
      responses: { 200: jsonAnswer(grievanceWithRaisings, 'The grievance'), ...errors(401, 404) },
    },
  );

  const create = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/grievances',
      summary: 'Write down a grievance (usually it is raised in a conversation instead)',
      request: { params: workspaceParams, body: jsonBody(grievanceIn) },
      responses: { 201: jsonAnswer(grievanceOut, 'The grievance'), ...errors(400, 401, 403, 404) },
    },
  );

  const update = define(
    { workspace: 'member' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/grievances/{id}',
      summary: "Change a grievance's title, unit, or the committee's judgment of whether it is winnable",
      request: { params: grievanceParams, body: jsonBody(grievancePatch) },
      responses: { 200: jsonAnswer(grievanceOut, 'The grievance as it is now'), ...errors(400, 401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json((await listGrievances(db, ws, viewer)).map(withCount), 200);
    })
    .openapi(get, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const { id } = c.req.valid('param');
      const found = await getGrievance(db, ws, viewer, id);
      if (!found) throw new ApiError('grievance_not_found', { id });
      return c.json(withCount(found), 200);
    })
    .openapi(create, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const input = c.req.valid('json');
      mustStayVisible(viewer, c.var.lang, { kind: 'scoped', unit: input.unit });
      return c.json(await createGrievance(db, ws, input, deps.randomBytes), 201);
    })
    .openapi(update, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const { id } = c.req.valid('param');
      const found = await getGrievance(db, ws, viewer, id);
      if (!found) throw new ApiError('grievance_not_found', { id });
      const { raisings: _, ...grievance } = found;
      const changed: Grievance = { ...grievance, ...c.req.valid('json') };
      mustStayVisible(viewer, c.var.lang, { kind: 'scoped', unit: changed.unit });
      await updateGrievance(db, ws, changed);
      return c.json(changed, 200);
    });
}

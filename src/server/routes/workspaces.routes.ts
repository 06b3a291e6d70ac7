import { z } from '@hono/zod-openapi';
import { ROLES, type Viewer } from '../../core/access.js';
import { isoDateSchema, RECORD_KINDS } from '../../core/records.js';
import { workspaceNameSchema, type Workspace } from '../../core/workspace.js';
import { inTransaction } from '../../store/database.js';
import { viewerFor, workspacesFor } from '../../store/grants.store.js';
import { countRecords, writeRecords } from '../../store/records.store.js';
import { createWorkspace, findWorkspace } from '../../store/workspaces.store.js';
import { ApiError } from '../api-error.js';
import { currentUser, workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { workspaceParams } from './params.js';
import { refreshPlannerStatistics } from '../../store/planner-statistics.js';

const accessSchema = z.object({
  role: z.enum(ROLES),
  /** 'all', or the unit paths granted. */
  units: z.union([z.literal('all'), z.array(z.string())]),
});

export const workspaceSchema = z
  .object({ name: z.string(), createdAt: z.string(), access: accessSchema })
  .openapi('Workspace');

const countsSchema = z.object(
  Object.fromEntries(RECORD_KINDS.map((k) => [k, z.number().int()])) as Record<
    (typeof RECORD_KINDS)[number],
    z.ZodNumber
  >,
);

function workspaceOut(ws: Workspace, viewer: Viewer) {
  return {
    name: ws.name,
    createdAt: ws.createdAt,
    access: { role: viewer.role, units: viewer.units === 'all' ? ('all' as const) : [...viewer.units] },
  };
}

/** The workspaces a person may enter, creating one, and loading the demo workplace. */
export function workspacesRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define('signed_in', {
    method: 'get',
    path: '/api/workspaces',
    summary: 'The workspaces I may enter, with what I may see of each',
    responses: { 200: jsonAnswer(z.array(workspaceSchema), 'Workspaces, by name'), ...errors(401) },
  });

  const create = define('admin', {
    method: 'post',
    path: '/api/workspaces',
    summary: 'Create an empty workspace',
    request: { body: jsonBody(z.object({ name: workspaceNameSchema }).strict()) },
    responses: { 201: jsonAnswer(workspaceSchema, 'Created'), ...errors(400, 401, 403, 409) },
  });

  const loadDemo = define('admin', {
    method: 'post',
    path: '/api/workspaces/demo',
    summary: 'Create a workspace holding the synthetic demo hospital (nobody in it is real)',
    request: {
      body: jsonBody(
        z
          .object({
            name: workspaceNameSchema.default('Demo'),
            seed: z.number().int().optional(),
            people: z.number().int().min(30).max(5000).optional(),
            endDate: isoDateSchema.optional(),
          })
          .strict(),
      ),
    },
    responses: {
      201: jsonAnswer(z.object({ workspace: workspaceSchema, counts: countsSchema }), 'The demo workspace'),
      ...errors(400, 401, 403, 409),
    },
  });

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}',
      summary: 'One workspace, with what I may see of it',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(workspaceSchema, 'The workspace'), ...errors(401, 404) },
    },
  );

  async function created(name: string) {
    if (await findWorkspace(db, name)) throw new ApiError('workspace_exists', { name });
    return createWorkspace(db, name, deps.clock());
  }

  return newRoutes()
    .openapi(list, async (c) => {
      const user = currentUser(c);
      const out = [];
      for (const ws of await workspacesFor(db, user)) {
        out.push(workspaceOut(ws, await viewerFor(db, user, ws.id)));
      }
      return c.json(out, 200);
    })
    .openapi(create, async (c) => {
      const ws = await created(c.req.valid('json').name);
      return c.json(workspaceOut(ws, await viewerFor(db, currentUser(c), ws.id)), 201);
    })
    .openapi(loadDemo, async (c) => {
      if (!deps.generateDemo) throw new ApiError('demo_unavailable');
      const { name, seed, people, endDate } = c.req.valid('json');
      const records = deps.generateDemo({
        endDate: endDate ?? deps.clock().toISOString().slice(0, 10),
        ...(seed !== undefined ? { seed } : {}),
        ...(people !== undefined ? { people } : {}),
      });
      if (await findWorkspace(db, name)) throw new ApiError('workspace_exists', { name });
      const ws = await inTransaction(db, async (tx) => {
        const made = await createWorkspace(tx, name, deps.clock());
        await writeRecords(tx, made.id, records);
        return made;
      });
      await refreshPlannerStatistics(db);
      const workspace = workspaceOut(ws, await viewerFor(db, currentUser(c), ws.id));
      return c.json({ workspace, counts: await countRecords(db, ws.id) }, 201);
    })
    .openapi(get, (c) => {
      const { workspace, viewer } = workspaceScope(c);
      return c.json(workspaceOut(workspace, viewer), 200);
    });
}

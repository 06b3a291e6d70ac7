import { z } from '@hono/zod-openapi';
import { createSpace, listSpaces } from '../../store/spaces.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { mustStayVisible } from '../validation.js';
import { workspaceParams } from './params.js';
import { spaceIn, spaceOut } from './record-schemas.js';

/** Where things happen: sun spaces at work, moon spaces where power is reflected, and others. */
export function spacesRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/spaces',
      summary: 'The spaces that concern me',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(spaceOut), 'Spaces, by id'), ...errors(401, 404) },
    },
  );

  const create = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/spaces',
      summary: 'Add a space (a break room, a picket line, a bargaining table)',
      request: { params: workspaceParams, body: jsonBody(spaceIn) },
      responses: { 201: jsonAnswer(spaceOut, 'The space'), ...errors(400, 401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await listSpaces(db, ws, viewer), 200);
    })
    .openapi(create, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const input = c.req.valid('json');
      mustStayVisible(viewer, c.var.lang, { kind: 'scoped', unit: input.unit });
      return c.json(await createSpace(db, ws, input, deps.randomBytes), 201);
    });
}

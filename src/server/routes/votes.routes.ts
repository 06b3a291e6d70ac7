import { z } from '@hono/zod-openapi';
import { visiblePower } from '../../store/power-records.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { createPower, visibleOr404 } from './power-kit.js';
import { voteIn, voteOut } from './power-schemas.js';

const params = recordParams('id', "The vote's bundle id");

/** Votes of the membership, as counts only: ballots stay secret. Everyone in the workspace sees them. */
export function votesRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/votes',
      summary: 'Votes of the membership, as counts',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(voteOut), 'Votes, by id'), ...errors(401, 404) },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/votes/{id}',
      summary: 'One vote',
      request: { params },
      responses: { 200: jsonAnswer(voteOut, 'The vote'), ...errors(401, 404) },
    },
  );

  const create = define(
    { workspace: 'lead' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/votes',
      summary: 'Write down the counts of a vote (leads)',
      request: { params: workspaceParams, body: jsonBody(voteIn) },
      responses: { 201: jsonAnswer(voteOut, 'The vote'), ...errors(400, 401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visiblePower(db, ws, viewer, 'votes'), 200);
    })
    .openapi(get, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const { id } = c.req.valid('param');
      return c.json(await visibleOr404({ db, ws, viewer, lang: c.var.lang }, 'votes', id, 'vote_not_found'), 200);
    })
    .openapi(create, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const scope = { db, ws, viewer, lang: c.var.lang };
      return c.json(await createPower(scope, 'votes', c.req.valid('json'), deps.randomBytes), 201);
    });
}

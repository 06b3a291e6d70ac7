import { z } from '@hono/zod-openapi';
import { visiblePower } from '../../store/power-records.store.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { createPower, powerScope, removePower, updatePower, visibleOr404 } from './power-kit.js';
import { removedOut, voteIn, voteOut, votePatch } from './power-schemas.js';

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

  const update = define(
    { workspace: 'lead' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/votes/{id}',
      summary: 'Correct the counts, the question, the date, or the mandate or session of a vote (leads)',
      request: { params, body: jsonBody(votePatch) },
      responses: { 200: jsonAnswer(voteOut, 'The vote as it is now'), ...errors(400, 401, 403, 404) },
    },
  );

  const remove = define(
    { workspace: 'lead' },
    {
      method: 'delete',
      path: '/api/workspaces/{workspace}/votes/{id}',
      summary: 'Remove a vote written down by mistake (leads)',
      request: { params },
      responses: { 200: jsonAnswer(removedOut, 'The vote is removed'), ...errors(401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visiblePower(db, ws, viewer, 'votes'), 200);
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await visibleOr404(powerScope(c, deps), 'votes', id, 'vote_not_found'), 200);
    })
    .openapi(create, async (c) => {
      const scope = powerScope(c, deps);
      return c.json(await createPower(scope, 'votes', c.req.valid('json'), deps.randomBytes), 201);
    })
    .openapi(update, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await updatePower(powerScope(c, deps), 'votes', id, c.req.valid('json'), 'vote_not_found'), 200);
    })
    .openapi(remove, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await removePower(powerScope(c, deps), 'votes', id, 'vote_not_found'), 200);
    });
}

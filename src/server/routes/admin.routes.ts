import { z } from '@hono/zod-openapi';
import { retentionOf, retentionSchema, withRetention } from '../../core/retention.js';
import { applyRetention } from '../../store/retention.store.js';
import { findWorkspace, updateWorkspaceSettings } from '../../store/workspaces.store.js';
import { ApiError } from '../api-error.js';
import { currentUser, workspaceScope } from '../app-env.js';
import { audit } from '../audit.js';
import { requireFreshAuth } from '../fresh-auth.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { workspaceParams } from './params.js';

const retentionIn = z.object({ notesDays: retentionSchema.shape.notesDays }).strict();
const retentionOut = z.object({ notesDays: retentionSchema.shape.notesDays }).openapi('Retention');

/**
 * The panic wipe's API (the web app's panic button comes with its pages) and each workspace's retention of
 * notes. Both are for admins; the wipe needs the password confirmed again.
 */
export function adminRoutes(kit: RouteKit) {
  const { define, deps } = kit;
  const db = deps.store;

  const wipe = define('admin', {
    method: 'post',
    path: '/api/admin/wipe',
    summary: 'Destroy the keys, then every record and account, in seconds. Nothing can be read afterwards.',
    request: {
      body: jsonBody(
        z
          .object({
            confirm: z.literal('WIPE').openapi({ description: 'The word WIPE, so that it never happens by accident' }),
            password: z.string().min(1).max(1024).optional(),
          })
          .strict(),
      ),
    },
    responses: {
      200: jsonAnswer(z.object({ wiped: z.literal(true) }), 'Wiped; the server stops'),
      ...errors(400, 401, 403, 429, 501),
    },
  });

  const getRetention = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/retention',
      summary: 'How long this workspace keeps private notes',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(retentionOut, 'The retention'), ...errors(401, 404) },
    },
  );

  const setRetention = define('admin', {
    method: 'put',
    path: '/api/workspaces/{workspace}/retention',
    summary: 'Keep private notes N days after the conversation (null: until removed); older ones go now and daily',
    request: { params: workspaceParams, body: jsonBody(retentionIn) },
    responses: {
      200: jsonAnswer(retentionOut.extend({ purged: z.number().int() }), 'The retention, and notes removed now'),
      ...errors(400, 401, 403, 404),
    },
  });

  return newRoutes()
    .openapi(wipe, async (c) => {
      if (!deps.wipe) throw new ApiError('wipe_unavailable');
      await requireFreshAuth(c, kit, c.req.valid('json').password);
      await deps.wipe();
      return c.json({ wiped: true as const }, 200);
    })
    .openapi(getRetention, (c) => c.json(retentionOf(workspaceScope(c).workspace.settings), 200))
    .openapi(setRetention, async (c) => {
      const { workspace: name } = c.req.valid('param');
      const ws = await findWorkspace(db, name);
      if (!ws) throw new ApiError('workspace_not_found', { name });
      const retention = c.req.valid('json');
      await updateWorkspaceSettings(db, ws.id, withRetention(ws.settings, retention));
      const user = currentUser(c);
      await audit(deps, { actorId: user.id, action: 'retention_set', workspaceId: ws.id, details: { ...retention } });
      const purged = (await applyRetention(db, deps.clock(), user.id)).find((r) => r.workspaceId === ws.id);
      return c.json({ ...retention, purged: purged?.notes ?? 0 }, 200);
    });
}

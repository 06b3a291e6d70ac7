import { z } from '@hono/zod-openapi';
import type { Space } from '../../core/records.js';
import {
  createSpace,
  getVisibleSpace,
  listSpaces,
  removeSpace,
  saveSpace,
  spaceReferences,
} from '../../store/spaces.store.js';
import { ApiError } from '../api-error.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { mustStayVisible } from '../validation.js';
import { recordParams, workspaceParams } from './params.js';
import { kindRefused, refuseIfNamed } from './power-edit-messages.js';
import { audited, changeOf, powerScope } from './power-kit.js';
import { removedOut, spacePatch } from './power-schemas.js';
import { spaceIn, spaceOut } from './record-schemas.js';

const params = recordParams('id', "The space's bundle id");

/**
 * Where things happen: sun spaces at work, moon spaces where power is reflected, and others. A space is renamed,
 * moved or changed in kind only as far as what is held there allows (a session needs a moon space, a picket
 * shift a sun space), and removed only when nothing names it any more: the refusal says what still does
 * (docs/adr/0006-correcting-and-removing-records.md).
 */
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

  const update = define(
    { workspace: 'member' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/spaces/{id}',
      summary: 'Rename a space, move it to another unit, or change its kind (as what is held there allows)',
      request: { params, body: jsonBody(spacePatch) },
      responses: { 200: jsonAnswer(spaceOut, 'The space as it is now'), ...errors(400, 401, 403, 404) },
    },
  );

  const remove = define(
    { workspace: 'member' },
    {
      method: 'delete',
      path: '/api/workspaces/{workspace}/spaces/{id}',
      summary: 'Remove a space nothing names any more (refused, saying what still does, otherwise)',
      request: { params },
      responses: { 200: jsonAnswer(removedOut, 'The space is removed'), ...errors(401, 403, 404, 409) },
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
    })
    .openapi(update, async (c) => {
      const s = powerScope(c, deps);
      const { id } = c.req.valid('param');
      const change = c.req.valid('json');
      const seen = await getVisibleSpace(db, s.ws, s.viewer, id);
      if (!seen) throw new ApiError('space_not_found');
      const { fields } = changeOf(seen, change);
      if (fields.length === 0) return c.json(seen, 200);
      const changed: Space = { ...seen, ...change, id };
      if (change.unit !== undefined) mustStayVisible(s.viewer, s.lang, { kind: 'scoped', unit: changed.unit });
      return c.json(
        await audited(s, { action: 'record_changed', subject: id, details: { kind: 'spaces', fields } }, async (tx) => {
          if (changed.kind !== seen.kind) {
            // Sessions and shifts at a space are seen by whoever sees the space: these counts are whole.
            const held = (await spaceReferences(tx, s.ws, s.viewer, id)).visible;
            if (changed.kind !== 'moon' && (held.moon_sessions ?? 0) > 0)
              throw kindRefused(s.lang, 'sessions', held.moon_sessions!);
            if (changed.kind !== 'sun' && (held.picket_shifts ?? 0) > 0)
              throw kindRefused(s.lang, 'shifts', held.picket_shifts!);
          }
          await saveSpace(tx, s.ws, changed);
          return changed;
        }),
        200,
      );
    })
    .openapi(remove, async (c) => {
      const s = powerScope(c, deps);
      const { id } = c.req.valid('param');
      if (!(await getVisibleSpace(db, s.ws, s.viewer, id))) throw new ApiError('space_not_found');
      await audited(s, { action: 'record_removed', subject: id, details: { kind: 'spaces' } }, async (tx) => {
        refuseIfNamed(s.lang, 'spaces', await spaceReferences(tx, s.ws, s.viewer, id));
        if (!(await removeSpace(tx, s.ws, id))) throw new ApiError('space_not_found');
      });
      return c.json({ id, removed: true as const }, 200);
    });
}

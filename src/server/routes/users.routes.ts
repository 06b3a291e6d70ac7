import { z } from '@hono/zod-openapi';
import { canSeeUnit, type Viewer } from '../../core/access.js';
import { grantSchema, roleSchema, type Grant, type User } from '../../core/accounts.js';
import { unitPathSchema } from '../../core/records.js';
import type { Workspace } from '../../core/workspace.js';
import { allGrants, grantUnit, revokeUnit, viewerFor } from '../../store/grants.store.js';
import { endUserSessions } from '../../store/sessions.store.js';
import { countAdmins, createUser, findUserByUsername, listUsers, setRole } from '../../store/users.store.js';
import { listUnits, findWorkspace } from '../../store/workspaces.store.js';
import { ApiError } from '../api-error.js';
import { currentUser, type AppContext } from '../app-env.js';
import { audit } from '../audit.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { startSession } from '../sessions.js';
import { newAccountSchema, userSchema, grantOutSchema } from './account-schemas.js';

const accountOut = userSchema.extend({ grants: z.array(grantOutSchema) }).openapi('Account');
const userParams = z.object({
  username: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'username', in: 'path' } }),
});

/**
 * Accounts and their grants. Admins manage everyone. Leads see and manage members only, and only within
 * their own grants: they may give a member a unit they hold themselves, or take it back.
 */
export function usersRoutes({ define, deps, passwords }: RouteKit) {
  const db = deps.store;

  /** What a lead may see of a grant: one inside their own. */
  async function grantVisibleTo(manager: User, grant: Grant, views: Map<string, Viewer | null>): Promise<boolean> {
    if (manager.role === 'admin') return true;
    if (!views.has(grant.workspace)) {
      const ws = await findWorkspace(db, grant.workspace);
      views.set(grant.workspace, ws ? await viewerFor(db, manager, ws.id) : null);
    }
    const v = views.get(grant.workspace);
    if (!v) return false;
    return grant.unit === null ? v.units === 'all' : canSeeUnit(v, grant.unit);
  }

  async function account(manager: User, user: User, grants: Grant[] | undefined) {
    const views = new Map<string, Viewer | null>();
    const shown = [];
    for (const g of grants ?? []) if (await grantVisibleTo(manager, g, views)) shown.push(g);
    return { ...user, grants: shown };
  }

  /** The account named in the path, if this manager may manage it; else 404, as if there were none. */
  async function managed(c: AppContext, username: string): Promise<User> {
    const manager = currentUser(c);
    const found = await findUserByUsername(db, username.trim().normalize('NFKC').toLowerCase());
    if (!found || (manager.role !== 'admin' && found.role !== 'member')) {
      throw new ApiError('user_not_found', { name: username });
    }
    const { passwordHash: _, ...user } = found;
    return user;
  }

  /** The workspace of a grant and the manager's right to give or take it. */
  async function grantable(c: AppContext, grant: Grant): Promise<Workspace> {
    const manager = currentUser(c);
    const ws = await findWorkspace(db, grant.workspace);
    const v = ws ? await viewerFor(db, manager, ws.id) : null;
    if (!ws || !v || (v.units !== 'all' && v.units.length === 0)) {
      throw new ApiError('workspace_not_found', { name: grant.workspace });
    }
    // The right first: a lead learns nothing of units outside their own grants.
    if (!(await grantVisibleTo(manager, grant, new Map([[ws.name, v]])))) throw new ApiError('forbidden');
    if (grant.unit !== null && !(await listUnits(db, ws.id)).includes(grant.unit)) {
      throw new ApiError('unit_not_found', { path: grant.unit });
    }
    return ws;
  }

  const list = define('lead', {
    method: 'get',
    path: '/api/users',
    summary: 'Accounts I may manage, with their grants (a lead sees members and the grants inside their own)',
    responses: { 200: jsonAnswer(z.array(accountOut), 'Accounts, by username'), ...errors(401, 403) },
  });

  const create = define('lead', {
    method: 'post',
    path: '/api/users',
    summary: 'Create an account (leads create members only)',
    request: { body: jsonBody(newAccountSchema.extend({ role: roleSchema.default('member') }).strict()) },
    responses: { 201: jsonAnswer(accountOut, 'The account'), ...errors(400, 401, 403, 409) },
  });

  const changeRole = define('admin', {
    method: 'patch',
    path: '/api/users/{username}',
    summary: "Change an account's role; its sessions end, so it signs in again under the new role",
    request: { params: userParams, body: jsonBody(z.object({ role: roleSchema }).strict()) },
    responses: { 200: jsonAnswer(accountOut, 'The account as it is now'), ...errors(400, 401, 403, 404, 409) },
  });

  const grant = define('lead', {
    method: 'post',
    path: '/api/users/{username}/grants',
    summary: 'Grant a unit (with everything under it), or the whole workspace when unit is null',
    request: { params: userParams, body: jsonBody(grantSchema.strict()) },
    responses: { 200: jsonAnswer(accountOut, 'The account with its grants'), ...errors(400, 401, 403, 404) },
  });

  const revoke = define('lead', {
    method: 'delete',
    path: '/api/users/{username}/grants',
    summary: 'Take back exactly this grant (no unit: the whole-workspace grant)',
    request: {
      params: userParams,
      query: z.object({ workspace: z.string().min(1), unit: unitPathSchema.optional() }),
    },
    responses: { 200: jsonAnswer(accountOut, 'The account with its grants'), ...errors(400, 401, 403, 404) },
  });

  const grantsOf = async (id: number) => (await allGrants(db)).get(id);

  return newRoutes()
    .openapi(list, async (c) => {
      const manager = currentUser(c);
      const grants = await allGrants(db);
      const out = [];
      for (const user of await listUsers(db)) {
        if (manager.role !== 'admin' && user.role !== 'member' && user.id !== manager.id) continue;
        out.push(await account(manager, user, grants.get(user.id)));
      }
      return c.json(out, 200);
    })
    .openapi(create, async (c) => {
      const manager = currentUser(c);
      const { username, password, language, role } = c.req.valid('json');
      if (manager.role !== 'admin' && role !== 'member') throw new ApiError('forbidden');
      if (await findUserByUsername(db, username)) throw new ApiError('username_taken', { name: username });
      const user = await createUser(
        db,
        { username, role, language, passwordHash: await passwords.hash(password) },
        deps.clock(),
      );
      await audit(deps, { actorId: manager.id, action: 'user_added', subject: user.username, details: { role } });
      return c.json({ ...user, grants: [] }, 201);
    })
    .openapi(changeRole, async (c) => {
      const user = await managed(c, c.req.valid('param').username);
      const { role } = c.req.valid('json');
      if (user.role === 'admin' && role !== 'admin' && (await countAdmins(db)) <= 1) throw new ApiError('last_admin');
      await setRole(db, user.id, role);
      await audit(deps, {
        actorId: currentUser(c).id,
        action: 'role_change',
        subject: user.username,
        details: { from: user.role, to: role },
      });
      const changed: User = { ...user, role };
      // A new role starts with new sessions: the old ones were granted under the old role.
      await endUserSessions(db, user.id);
      if (user.id === currentUser(c).id) await startSession(c, deps, changed);
      return c.json(await account(currentUser(c), changed, await grantsOf(user.id)), 200);
    })
    .openapi(grant, async (c) => {
      const user = await managed(c, c.req.valid('param').username);
      const g = c.req.valid('json');
      const ws = await grantable(c, g);
      if (await grantUnit(db, user.id, ws.id, g.unit)) {
        await audit(deps, {
          actorId: currentUser(c).id,
          action: 'grant',
          workspaceId: ws.id,
          subject: user.username,
          details: { unit: g.unit },
        });
      }
      return c.json(await account(currentUser(c), user, await grantsOf(user.id)), 200);
    })
    .openapi(revoke, async (c) => {
      const user = await managed(c, c.req.valid('param').username);
      const q = c.req.valid('query');
      const g: Grant = { workspace: q.workspace, unit: q.unit ?? null };
      const ws = await grantable(c, g);
      if (await revokeUnit(db, user.id, ws.id, g.unit)) {
        await audit(deps, {
          actorId: currentUser(c).id,
          action: 'revoke',
          workspaceId: ws.id,
          subject: user.username,
          details: { unit: g.unit },
        });
      }
      return c.json(await account(currentUser(c), user, await grantsOf(user.id)), 200);
    });
}

/**
 * The route registry's rule: every route says who may call it. `defineRoute(policy, config)` is the only
 * way routes are described, and it puts the policy's guard first in the route's own middleware, so no
 * handler runs before its guard. test/server/route-policy.test.ts walks every route of the built app and
 * fails on any without a guard; the OpenAPI document shows each policy as `x-sunspace-policy`.
 *
 * - 'public': anyone, signed in or not (must be said).
 * - 'signed_in': any account.
 * - 'lead': a lead or an admin (leads manage members within their own grants).
 * - 'admin': admins only.
 * - { workspace: 'member' | 'lead' }: someone who may enter the workspace named in the path (a hidden
 *   workspace answers 404, as a missing one does), with at least that role.
 */
import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { canEnterWorkspace } from '../core/access.js';
import { viewerFor } from '../store/grants.store.js';
import { findWorkspace } from '../store/workspaces.store.js';
import type { Db } from '../store/database.js';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';

export type Policy = 'public' | 'signed_in' | 'lead' | 'admin' | { workspace: 'member' | 'lead' };

export function describePolicy(p: Policy): string {
  return typeof p === 'string' ? p : `workspace:${p.workspace}`;
}

const GUARDS = new WeakMap<object, Policy>();

/** The policy a handler enforces, when it is a guard. */
export function policyOfHandler(handler: unknown): Policy | undefined {
  return typeof handler === 'function' ? GUARDS.get(handler) : undefined;
}

/** The guard middleware for a policy. The store is looked up per request from the context's deps. */
export function guard(policy: Policy, store: () => Db): MiddlewareHandler<AppEnv> {
  const handler: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (policy === 'public') return next();
    const user = c.var.user;
    if (!user) throw new ApiError('not_signed_in');
    if (policy === 'signed_in') return next();
    if (policy === 'admin') {
      if (user.role !== 'admin') throw new ApiError('forbidden');
      return next();
    }
    if (policy === 'lead') {
      if (user.role === 'member') throw new ApiError('forbidden');
      return next();
    }
    const name = c.req.param('workspace') ?? '';
    const db = store();
    const workspace = await findWorkspace(db, name);
    const viewer = workspace ? await viewerFor(db, user, workspace.id) : null;
    // A workspace this user has no grant in is, to them, no workspace at all.
    if (!workspace || !viewer || !canEnterWorkspace(viewer)) throw new ApiError('workspace_not_found', { name });
    if (policy.workspace === 'lead' && viewer.role === 'member') throw new ApiError('forbidden');
    c.set('workspace', workspace);
    c.set('viewer', viewer);
    return next();
  };
  GUARDS.set(handler, policy);
  return handler;
}

/**
 * A route description with its policy. The guard is bound when the routes file is built (it needs the
 * store), so a routes file calls `routes.define(policy, config)` from its `RouteKit`.
 */
export function defineRouteWith(store: () => Db) {
  return <const R extends Omit<RouteConfig, 'middleware'>>(policy: Policy, config: R) =>
    createRoute({
      ...config,
      middleware: [guard(policy, store)],
      'x-sunspace-policy': describePolicy(policy),
      ...(policy === 'public' ? {} : { security: [{ session: [] }] }),
    });
}

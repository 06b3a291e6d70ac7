import type { Context } from 'hono';
import type { Viewer } from '../core/access.js';
import type { User } from '../core/accounts.js';
import type { Lang } from '../core/i18n/i18n.js';
import type { Workspace } from '../core/workspace.js';
import type { Session } from '../store/sessions.store.js';
import { ApiError } from './api-error.js';

/** What middleware leaves on the request for the handlers. */
export interface AppVariables {
  /** The language answers are written in: the account's choice, else the browser's. */
  lang: Lang;
  /** Set by the session middleware when the request carries a live session. */
  session?: Session;
  user?: User;
  /** Set by the workspace policy: the workspace named in the path, and what this user may see of it. */
  workspace?: Workspace;
  viewer?: Viewer;
}

export interface AppEnv {
  Variables: AppVariables;
}

export type AppContext = Context<AppEnv>;

/** The signed-in user; the route's policy has made sure there is one. */
export function currentUser(c: AppContext): User {
  if (!c.var.user) throw new ApiError('not_signed_in');
  return c.var.user;
}

export function currentSession(c: AppContext): Session {
  if (!c.var.session) throw new ApiError('not_signed_in');
  return c.var.session;
}

/** The workspace and viewer a `{ workspace: ... }` policy resolved for this request. */
export function workspaceScope(c: AppContext): { workspace: Workspace; viewer: Viewer; ws: number } {
  const { workspace, viewer } = c.var;
  if (!workspace || !viewer) throw new Error('a workspace route was registered without a workspace policy');
  return { workspace, viewer, ws: workspace.id };
}

/**
 * Running the server for a committee (src/server/routes: admin.routes.ts, audit.routes.ts, users.routes.ts):
 * accounts and their grants, each workspace's retention of notes, the audit log and its chain check, and the
 * panic wipe.
 */
import { api, call, encoded, type OkBody } from './client.js';

export type Role = 'admin' | 'lead' | 'member';

export const listAccounts = () => call(() => api.users.$get());

export const createAccount = (input: { username: string; password: string; role: Role }) =>
  call(() => api.users.$post({ json: { ...input, language: null } }));

export const changeRole = (username: string, role: Role) =>
  call(() => api.users[':username'].$patch({ param: encoded({ username }), json: { role } }));

/** Grant a unit (and everything under it), or the whole workspace with `unit: null`. */
export const grantUnit = (username: string, workspace: string, unit: string | null) =>
  call(() => api.users[':username'].grants.$post({ param: encoded({ username }), json: { workspace, unit } }));

export const revokeUnit = (username: string, workspace: string, unit: string | null) =>
  call(() =>
    api.users[':username'].grants.$delete({
      param: encoded({ username }),
      query: unit === null ? { workspace } : { workspace, unit },
    }),
  );

export type Account = OkBody<Awaited<ReturnType<typeof api.users.$get>>>[number];

/** The audit log, newest first, a page at a time (`before` a seq). */
export const fetchAudit = (options: { workspace?: string; before?: number; limit?: number } = {}) =>
  call(() =>
    api.audit.$get({
      query: {
        ...(options.workspace ? { workspace: options.workspace } : {}),
        ...(options.before !== undefined ? { before: String(options.before) } : {}),
        limit: String(options.limit ?? 100),
      },
    }),
  );

export const verifyAudit = () => call(() => api.audit.verify.$get());

export type AuditEntry = OkBody<Awaited<ReturnType<typeof api.audit.$get>>>[number];
export type AuditCheck = OkBody<Awaited<ReturnType<typeof api.audit.verify.$get>>>;

const ws = api.workspaces[':workspace'];

export const fetchRetention = (workspace: string) => call(() => ws.retention.$get({ param: encoded({ workspace }) }));

/** Keep notes `notesDays` after the conversation (null: until removed); answers how many went now. */
export const saveRetention = (workspace: string, notesDays: number | null) =>
  call(() => ws.retention.$put({ param: encoded({ workspace }), json: { notesDays } }));

/** The panic wipe: keys first, then everything. The server stops afterwards. */
export const wipeEverything = () => call(() => api.admin.wipe.$post({ json: { confirm: 'WIPE' } }));

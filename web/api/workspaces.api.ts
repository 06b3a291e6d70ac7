/** The workspaces a person may enter, and the demo workplace (src/server/routes/workspaces.routes.ts). */
import { api, call, encoded, type OkBody } from './client.js';

export const listWorkspaces = () => call(() => api.workspaces.$get());

export const getWorkspace = (workspace: string) =>
  call(() => api.workspaces[':workspace'].$get({ param: encoded({ workspace }) }));

export const createWorkspace = (name: string) => call(() => api.workspaces.$post({ json: { name } }));

/** Create a workspace holding the synthetic demo hospital (admins only). */
export const loadDemo = (name = 'Demo') => call(() => api.workspaces.demo.$post({ json: { name } }));

export type WorkspaceInfo = OkBody<Awaited<ReturnType<typeof api.workspaces.$get>>>[number];

/**
 * The workspace a page belongs to: named in its path (/w/Demo/today), looked up once with what this account
 * may do in it. Pages read it through `useWorkspace()`. The last one opened is remembered in this browser so
 * the app can reopen it.
 */
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { getWorkspace, type WorkspaceInfo } from '../api/workspaces.api.js';

const LAST_KEY = 'sunspace.workspace';

export interface WorkspaceScope {
  name: string;
  info: WorkspaceInfo;
  /** Leads and admins may import, export and merge. */
  canManage: boolean;
}

const WorkspaceContext = createContext<WorkspaceScope | null>(null);

export function WorkspaceProvider({ scope, children }: { scope: WorkspaceScope; children: ReactNode }) {
  useEffect(() => rememberWorkspace(scope.name), [scope.name]);
  return <WorkspaceContext.Provider value={scope}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): WorkspaceScope {
  const scope = useContext(WorkspaceContext);
  if (!scope) throw new Error('useWorkspace outside a workspace page');
  return scope;
}

export function scopeOf(info: WorkspaceInfo): WorkspaceScope {
  return { name: info.name, info, canManage: info.access.role !== 'member' };
}

export function fetchScope(name: string) {
  return getWorkspace(name);
}

export function lastWorkspace(): string | null {
  try {
    return window.localStorage.getItem(LAST_KEY);
  } catch {
    return null;
  }
}

function rememberWorkspace(name: string): void {
  try {
    window.localStorage.setItem(LAST_KEY, name);
  } catch {
    // Storage can be off; the app then opens the workspace list instead.
  }
}

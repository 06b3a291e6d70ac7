/**
 * The web views' figures (analysis, series, map, wall chart, Today), kept in memory for a while, so that the
 * pages of a large workspace open at once after the first (a 10,000-person workspace takes seconds to
 * analyse). An entry is known by the workspace, what the viewer may see of it (need-to-know: two viewers
 * share an entry only when they see exactly the same records), what was computed, the analysis date, the
 * language and the model settings.
 *
 * An entry is good while its workspace's data version is the one it was computed at, and for at most
 * `maxAgeMs`. The version is a counter per workspace, bumped after every request that may change its
 * records: every request other than GET under /api/workspaces/{workspace}/ (app.ts), imports and merges
 * included. A write made by another process on the same database (the command line's `import`, say) does
 * not pass through the counter: it shows once entries have aged out.
 */
import type { MiddlewareHandler } from 'hono';
import { seesWholeWorkspace, type Viewer } from '../core/access.js';
import type { Workspace } from '../core/workspace.js';
import type { AppEnv } from './app-env.js';

export interface ViewKey {
  workspace: Workspace;
  viewer: Viewer;
  /** What is computed, with anything else it depends on (analysis date, language, a range of months). */
  what: string;
}

interface Entry {
  version: number;
  at: number;
  value: Promise<unknown>;
}

export class ViewCache {
  private readonly versions = new Map<string, number>();
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: () => Date,
    private readonly options: { maxEntries: number; maxAgeMs: number } = { maxEntries: 8, maxAgeMs: 120_000 },
  ) {}

  /** The workspace's records may have changed: every entry of it is stale from now on. */
  bump(workspaceName: string): void {
    this.versions.set(workspaceName, (this.versions.get(workspaceName) ?? 0) + 1);
  }

  /** The cached value, or `compute()`'s (computed once however many ask at the same time). */
  get<T>(key: ViewKey, compute: () => Promise<T>): Promise<T> {
    const id = keyOf(key);
    const version = this.versions.get(key.workspace.name) ?? 0;
    const now = this.clock().getTime();
    const had = this.entries.get(id);
    if (had) {
      this.entries.delete(id);
      if (had.version === version && now - had.at <= this.options.maxAgeMs) {
        this.entries.set(id, had);
        return had.value as Promise<T>;
      }
    }
    const value = compute();
    const entry: Entry = { version, at: now, value };
    this.entries.set(id, entry);
    value.catch(() => {
      if (this.entries.get(id) === entry) this.entries.delete(id);
    });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }
}

function keyOf({ workspace, viewer, what }: ViewKey): string {
  const scope = seesWholeWorkspace(viewer) ? '*' : [...new Set(viewer.units as readonly string[])].sort().join('\n');
  return JSON.stringify([workspace.id, workspace.createdAt, JSON.stringify(workspace.settings), scope, what]);
}

/**
 * Middleware for every route under a workspace: once a request that may write (anything but GET and HEAD)
 * is done, whether it succeeded or not, the workspace's cached figures are stale.
 */
export function staleAfterWrites(cache: ViewCache): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    try {
      await next();
    } finally {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') cache.bump(c.req.param('workspace') ?? '');
    }
  };
}

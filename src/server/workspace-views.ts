/**
 * What the routes of the web views (docs/web-views.md) share: the analysis date, the model settings and
 * language of a request, and the figures themselves, computed from what the viewer may see and cached
 * (view-cache.ts).
 *
 * Need-to-know: a viewer who sees the whole workspace is analysed from the store as it is
 * (analyzeWorkspace streams it); anyone else from `loadVisibleRecords`, the records the database lets them
 * see, so that nothing outside their grants can move a figure of theirs.
 */
import { z } from '@hono/zod-openapi';
import { seesWholeWorkspace } from '../core/access.js';
import { analyzeRecords } from '../core/model/analysis.js';
import type { AnalysisReport } from '../core/model/report.js';
import type { SeriesPoint } from '../core/model/series.js';
import { analyzeSeries } from '../core/model/series.js';
import { modelSettingsOfWorkspace } from '../core/model/settings.js';
import { isoDateSchema } from '../core/records.js';
import { analyzeWorkspace, analyzeWorkspaceSeries } from '../store/analysis.store.js';
import type { Db } from '../store/database.js';
import { workspaceViews, type WorkspaceViews } from '../store/model-views.store.js';
import { visibleNames } from '../store/people.store.js';
import { loadVisibleRecords } from '../store/visible-records.store.js';
import { workspaceScope, type AppContext } from './app-env.js';
import type { ViewCache } from './view-cache.js';

export const asOfQuery = z.object({
  asOf: isoDateSchema
    .optional()
    .openapi({ description: 'The analysis date (YYYY-MM-DD); records after it are left out. Default: today' }),
});

/** Today's date as the server's clock says (UTC), the default analysis date and the demo's last day. */
export function todayOf(clock: () => Date): string {
  return clock().toISOString().slice(0, 10);
}

/** The figures of one request: computed from what its viewer may see, on their analysis date, in their language. */
export class ViewSource {
  constructor(
    private readonly db: Db,
    private readonly cache: ViewCache,
    private readonly clock: () => Date,
  ) {}

  asOf(asked: string | undefined): string {
    return asked ?? todayOf(this.clock);
  }

  /** The AnalysisReport (src/core/model/report.ts) of what the viewer may see. */
  report(c: AppContext, asked?: string): Promise<AnalysisReport> {
    const { workspace, viewer, ws } = workspaceScope(c);
    const asOf = this.asOf(asked);
    const options = { asOf, settings: modelSettingsOfWorkspace(workspace.settings), lang: c.var.lang };
    return this.cache.get({ workspace, viewer, what: `report|${asOf}|${c.var.lang}` }, async () =>
      seesWholeWorkspace(viewer)
        ? analyzeWorkspace(this.db, ws, options)
        : analyzeRecords(await loadVisibleRecords(this.db, ws, viewer), options),
    );
  }

  /** Month by month from `from` to `to`. */
  series(c: AppContext, from: string, to: string): Promise<SeriesPoint[]> {
    const { workspace, viewer, ws } = workspaceScope(c);
    const settings = modelSettingsOfWorkspace(workspace.settings);
    return this.cache.get({ workspace, viewer, what: `series|${from}|${to}` }, async () =>
      seesWholeWorkspace(viewer)
        ? analyzeWorkspaceSeries(this.db, ws, { from, to, settings })
        : analyzeSeries(await loadVisibleRecords(this.db, ws, viewer), { from, to, settings }),
    );
  }

  /** The relationship map and the wall chart (the same in every language: they hold no words). */
  views(c: AppContext, asked?: string): Promise<WorkspaceViews> {
    const { workspace, viewer, ws } = workspaceScope(c);
    const asOf = this.asOf(asked);
    const options = { asOf, settings: modelSettingsOfWorkspace(workspace.settings) };
    return this.cache.get({ workspace, viewer, what: `views|${asOf}` }, () =>
      workspaceViews(this.db, ws, viewer, options),
    );
  }

  /** The names of the people among `ids` the viewer may see (a report names people by id only). */
  async names(c: AppContext, ids: Iterable<string>): Promise<Record<string, string>> {
    const { ws, viewer } = workspaceScope(c);
    const all = [...new Set(ids)];
    const out: Record<string, string> = {};
    for (let i = 0; i < all.length; i += NAMES_CHUNK) {
      for (const [id, name] of await visibleNames(this.db, ws, viewer, all.slice(i, i + NAMES_CHUNK))) out[id] = name;
    }
    return out;
  }
}

const NAMES_CHUNK = 1000;
/** Ids are at most 200 characters (docs/bundle.md); longer strings (advice, titles) name nobody. */
const MAX_ID_LENGTH = 200;

/**
 * Every string a report holds, among them every person it names. Reports name people by id in many places
 * (groups, bridges, care signals, and whatever sections the model adds); `names` keeps only the strings that
 * are people the viewer may see, so walking them all names everyone without listing where ids sit.
 */
export function stringsIn(value: unknown, out: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (value.length <= MAX_ID_LENGTH) out.add(value);
  } else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

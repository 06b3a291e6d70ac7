/**
 * The workspace's views for the pages (docs/web-views.md): Today, the analysis and its monthly series, the
 * map, the wall chart, one person's figures, likely duplicates and merging (src/server/routes: today,
 * analysis, map, wall-chart, person-figures, people-merge), and bundle import and export (bundle.routes.ts).
 */
import { api, call, encoded, refusal, workspacePath, type ApiResult, type OkBody } from './client.js';

const ws = api.workspaces[':workspace'];

/** Today's care signals, with those about my own asks first when `me` (the person I am) is given. */
export const fetchToday = (workspace: string, me?: string) =>
  call(() => ws.today.$get({ param: encoded({ workspace }), query: me ? { me } : {} }));

export const fetchAnalysis = (workspace: string, asOf?: string) =>
  call(() => ws.analysis.$get({ param: encoded({ workspace }), query: asOf ? { asOf } : {} }));

export const fetchSeries = (workspace: string, options: { from?: string; to?: string; unit?: string } = {}) =>
  call(() => ws.analysis.series.$get({ param: encoded({ workspace }), query: options }));

export const fetchMap = (workspace: string, asOf?: string) =>
  call(() => ws.map.$get({ param: encoded({ workspace }), query: asOf ? { asOf } : {} }));

export const fetchWallChart = (workspace: string, asOf?: string) =>
  call(() => ws['wall-chart'].$get({ param: encoded({ workspace }), query: asOf ? { asOf } : {} }));

export const fetchFigures = (workspace: string, id: string, asOf?: string) =>
  call(() => ws.people[':id'].figures.$get({ param: encoded({ workspace, id }), query: asOf ? { asOf } : {} }));

export const fetchDuplicates = (workspace: string) =>
  call(() => ws.people.duplicates.$get({ param: encoded({ workspace }) }));

/** Move everything of `id` onto `into`, then remove `id`. */
export const mergePeople = (workspace: string, id: string, into: string) =>
  call(() => ws.people[':id'].merge.$post({ param: encoded({ workspace, id }), json: { into } }));

export type TodayView = OkBody<Awaited<ReturnType<typeof ws.today.$get>>>;
export type AnalysisView = OkBody<Awaited<ReturnType<typeof ws.analysis.$get>>>;
export type MapView = OkBody<Awaited<ReturnType<typeof ws.map.$get>>>;
export type WallView = OkBody<Awaited<ReturnType<(typeof ws)['wall-chart']['$get']>>>;
export type FiguresView = OkBody<Awaited<ReturnType<(typeof ws.people)[':id']['figures']['$get']>>>;
export type DuplicatesView = OkBody<Awaited<ReturnType<typeof ws.people.duplicates.$get>>>;
export type DuplicatePair = DuplicatesView['pairs'][number];
export type Names = Readonly<Record<string, string>>;

/** The import's answer, written or refused (422): the rows at fault as `file:line:column: reason`. */
export type ImportAnswer = OkBody<Awaited<ReturnType<typeof ws.import.$post>>>;

/**
 * Send a bundle's CSV files, each a file part named as the file. The answer is the import's result whether
 * it was written or refused (422 with the rows at fault); other refusals come back as usual.
 */
export async function importBundle(
  workspace: string,
  files: readonly File[],
  options: { dryRun?: boolean } = {},
): Promise<ApiResult<ImportAnswer>> {
  const form: Record<string, File | string> = {};
  for (const file of files) form[file.name] = file;
  if (options.dryRun) form.dryRun = 'true';
  let response: Response;
  try {
    response = await ws.import.$post({ param: encoded({ workspace }), form });
  } catch {
    return { ok: false, kind: 'unreachable' };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok || (response.status === 422 && isImportAnswer(payload))) {
    return { ok: true, value: payload as ImportAnswer };
  }
  return refusal(response, payload);
}

function isImportAnswer(payload: unknown): payload is ImportAnswer {
  return typeof payload === 'object' && payload !== null && Array.isArray((payload as ImportAnswer).errors);
}

/** Where the bundle's zip is downloaded from (a plain link: the browser saves the attachment). */
export const exportHref = (workspace: string) => workspacePath(workspace, 'export');

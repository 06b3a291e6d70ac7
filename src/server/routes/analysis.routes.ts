import { z } from '@hono/zod-openapi';
import { monthStart } from '../../core/dates.js';
import { analysisReportSchema } from '../../core/model/report.js';
import { seriesPointSchema, type SeriesPoint } from '../../core/model/series.js';
import { isoDateSchema, unitPathSchema } from '../../core/records.js';
import { translator } from '../../core/i18n/i18n.js';
import { isWithinUnit } from '../../core/units.js';
import { findVisibleUnit } from '../../store/units.store.js';
import { ApiError, invalidInput } from '../api-error.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, newRoutes, type RouteKit } from '../route-kit.js';
import { FIELD_MESSAGES } from '../server-messages.js';
import { asOfQuery, stringsIn, type ViewSource } from '../workspace-views.js';
import { workspaceParams } from './params.js';
import { namesOut } from './record-schemas.js';

/** Each point is a whole analysis: a series is bounded so that one request cannot ask for centuries. */
const MAX_MONTHS = 120;
const DEFAULT_MONTHS = 12;

export const analysisView = analysisReportSchema.extend({ names: namesOut }).openapi('AnalysisView');
const seriesPointOut = seriesPointSchema.extend({}).openapi('SeriesPoint');

const seriesQuery = z.object({
  from: isoDateSchema
    .optional()
    .openapi({ description: 'The first month (any day in it). Default: 11 months before `to`' }),
  to: isoDateSchema.optional().openapi({ description: 'The last point, on this day itself. Default: today' }),
  unit: unitPathSchema
    .optional()
    .openapi({ description: 'Narrow every point to this unit: its own figures, and only the units inside it' }),
});

/** The month `months` before the month of `iso`, as its first day. */
function monthsBefore(iso: string, months: number): string {
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 - months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}

function monthsBetween(from: string, to: string): number {
  return (
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7)) + 1
  );
}

/**
 * A point narrowed to one unit: the unit's own figures in place of the workspace's (none while it had no
 * counted people), and only the units inside it. `ties` and `largestStrongGroup` stay whole-workspace
 * figures, as in `sunspace analyze --unit` (src/core/model/unit-focus.ts).
 */
export function focusPoint(point: SeriesPoint, unit: string): SeriesPoint {
  const own = point.units.find((u) => u.unit === unit);
  const figures = own
    ? {
        people: own.people,
        cohesion: own.cohesion,
        coverage: own.coverage,
        heat: own.heat,
        organizerRatio: own.organizerRatio,
        phase: own.phase,
      }
    : { people: 0, cohesion: 0, coverage: 0, heat: 0, organizerRatio: 0, phase: 'isolated' as const };
  return { ...point, ...figures, units: point.units.filter((u) => isWithinUnit(u.unit, unit)) };
}

/** The organizing model's report and its monthly series, for what the viewer may see (docs/model.md). */
export function analysisRoutes({ define, deps }: RouteKit, views: ViewSource) {
  const db = deps.store;

  const report = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/analysis',
      summary:
        'Where strength is, for what I may see: phases, coverage, natural groups, trusted people, readiness, care signals',
      description:
        'The AnalysisReport of docs/model.md#report, computed only from the records the viewer may see, with the ' +
        'names of the people it mentions.',
      request: { params: workspaceParams, query: asOfQuery },
      responses: { 200: jsonAnswer(analysisView, 'The report'), ...errors(400, 401, 404) },
    },
  );

  const series = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/analysis/series',
      summary: 'Key figures month by month (each a whole analysis as of the month’s last day, the last on `to`)',
      request: { params: workspaceParams, query: seriesQuery },
      responses: { 200: jsonAnswer(z.array(seriesPointOut), 'The points, oldest first'), ...errors(400, 401, 404) },
    },
  );

  return newRoutes()
    .openapi(report, async (c) => {
      const found = await views.report(c, c.req.valid('query').asOf);
      return c.json({ ...found, names: await views.names(c, stringsIn(found)) }, 200);
    })
    .openapi(series, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const q = c.req.valid('query');
      const to = q.to ?? views.asOf(undefined);
      const from = monthStart(q.from ?? monthsBefore(to, DEFAULT_MONTHS - 1));
      const t = translator(FIELD_MESSAGES, c.var.lang);
      if ((q.from ?? from) > to) throw invalidInput([{ field: 'from', message: t('from_after_to', { to }) }]);
      if (monthsBetween(from, to) > MAX_MONTHS) {
        throw invalidInput([{ field: 'from', message: t('too_many_months', { max: MAX_MONTHS }) }]);
      }
      if (q.unit !== undefined && !(await findVisibleUnit(db, ws, viewer, q.unit))) {
        throw new ApiError('unit_not_found', { path: q.unit });
      }
      const points = await views.series(c, from, to);
      const unit = q.unit;
      return c.json(unit === undefined ? points : points.map((p) => focusPoint(p, unit)), 200);
    });
}

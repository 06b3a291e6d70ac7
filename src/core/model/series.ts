/**
 * Key figures month by month (docs/model.md#series), so that a unit's path from isolated to ready can be
 * seen. Each point is the analysis as of a month's last day (or `to`, for the last month).
 */
import { z } from 'zod';
import { monthEnds } from '../dates.js';
import type { WorkspaceRecords } from '../records.js';
import { PHASES } from '../vocabulary.js';
import { analyzeRecords } from './analysis.js';
import type { AnalysisReport } from './report.js';
import type { ModelSettings } from './settings.js';

const share = z.number().min(0).max(1);
const count = z.number().int().min(0);
const pointFigures = {
  people: count,
  cohesion: share,
  coverage: share,
  heat: share,
  organizerRatio: share,
  phase: z.enum(PHASES),
};

export const seriesPointSchema = z.object({
  asOf: z.string(),
  modelVersion: z.string(),
  ...pointFigures,
  ties: z.object({ total: count, strong: count }),
  largestStrongGroup: z.object({ size: count, share }),
  units: z.array(z.object({ unit: z.string(), ...pointFigures })),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

/** The dates of a monthly series: each month's last day from `from`'s month to `to`'s, the last one `to` itself. */
export function monthlyDates(from: string, to: string): string[] {
  if (to < from) return [];
  return monthEnds(from, to).map((d) => (d > to ? to : d));
}

/** The key figures of one report. */
export function seriesPoint(report: AnalysisReport): SeriesPoint {
  const pick = (f: AnalysisReport['overall']) => ({
    people: f.people,
    cohesion: f.cohesion,
    coverage: f.coverage,
    heat: f.heat,
    organizerRatio: f.organizerRatio,
    phase: f.phase,
  });
  return {
    asOf: report.asOf,
    modelVersion: report.modelVersion,
    ...pick(report.overall),
    ties: report.ties,
    largestStrongGroup: report.largestStrongGroup,
    units: report.units.map((u) => ({ unit: u.unit, ...pick(u) })),
  };
}

/** A monthly series of a workspace held in memory. */
export function analyzeSeries(
  records: Partial<WorkspaceRecords>,
  options: { from: string; to: string; settings?: ModelSettings },
): SeriesPoint[] {
  return monthlyDates(options.from, options.to).map((asOf) =>
    seriesPoint(analyzeRecords(records, { asOf, settings: options.settings, parts: 'figures' })),
  );
}

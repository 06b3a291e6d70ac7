/**
 * The relationship map and the wall chart (docs/web-views.md): the model's figures laid out per person and
 * per tie, for drawing. Both are computed from one ViewAccumulator fed with what the viewer may see, and the
 * report of the same records, so they agree with the analysis to the last digit.
 *
 * - Map: everyone present on the analysis date (started, not left), each with their natural group (the index
 *   into the report's `groups`, members and edge alike; null outside them), their trusted score (0 when the
 *   report does not list them) and the first day they appear; every tie between two of them with strength
 *   above 0 (a tie known only for tension has none and is left off), whether it is strong, the sides it has
 *   evidence on, and the first day it appears.
 * - Wall chart: every worker (circle sun) who has started, by unit and name, with their stance and whether
 *   they have left. The base is the counted coworkers on a committee or who say they are supporters; stone
 *   is a strong tie to someone in the base (other than oneself), sand is none (docs/model.md#stone-and-sand).
 */
import { z } from 'zod';
import { fromDay } from '../dates.js';
import { SIDES, STANCES, type Side } from '../vocabulary.js';
import { isoDay } from './accumulator.js';
import { isCounted } from './base.js';
import { NO_DAY } from './pair-table.js';
import type { AnalysisReport } from './report.js';
import { emptyEvidence } from './tie-strength.js';
import type { ViewAccumulator } from './view-accumulator.js';

const day = z.string().nullable();

export const mapPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  /** Index into the report's natural groups, or null. */
  group: z.number().int().min(0).nullable(),
  /** The trusted score (coworkers with a strong tie to them), 0 when not listed. */
  trust: z.number().min(0),
  /** The first day they appear in the records (YYYY-MM-DD), or null. */
  since: day,
});

export const mapTieSchema = z.object({
  a: z.string(),
  b: z.string(),
  strength: z.number().min(0).max(1),
  strong: z.boolean(),
  sides: z.array(z.enum(SIDES)),
  since: day,
});

export const relationshipMapSchema = z.object({
  asOf: z.string(),
  people: z.array(mapPersonSchema),
  ties: z.array(mapTieSchema),
});
export type RelationshipMap = z.infer<typeof relationshipMapSchema>;

export const wallChartPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string().nullable(),
  stance: z.enum(STANCES),
  base: z.enum(['stone', 'sand']),
  left: z.boolean(),
});

export const wallChartSchema = z.object({ asOf: z.string(), people: z.array(wallChartPersonSchema) });
export type WallChart = z.infer<typeof wallChartSchema>;

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const dayOrNull = (d: number) => (d === NO_DAY ? null : fromDay(d));

/** Started and not yet left on the analysis date. */
function present(views: ViewAccumulator, p: { startedOn: string | null; leftOn: string | null }): boolean {
  const asOf = views.model.asOfDay;
  return (p.startedOn === null || isoDay(p.startedOn) <= asOf) && (p.leftOn === null || isoDay(p.leftOn) > asOf);
}

/** `strength` is every pair's strength by pair row (base.ts `pairStrengths`). */
export function relationshipMap(
  views: ViewAccumulator,
  report: AnalysisReport,
  strength: Float64Array,
): RelationshipMap {
  const acc = views.model;
  const group = new Map<string, number>();
  report.groups.forEach((g, k) => {
    for (const id of g.members) group.set(id, k);
    for (const id of g.edge) group.set(id, k);
  });
  const trust = new Map(report.trusted.map((t) => [t.person, t.score]));
  const onMap = new Uint8Array(acc.ids.length);
  const people = views.people
    .filter((p) => present(views, p))
    .sort((x, y) => cmp(x.id, y.id))
    .map((p) => {
      const i = acc.indexOf(p.id);
      onMap[i] = 1;
      return {
        id: p.id,
        name: p.name,
        unit: p.unit,
        group: group.get(p.id) ?? null,
        trust: trust.get(p.id) ?? 0,
        since: dayOrNull(views.firstDayOfPerson(i)),
      };
    });

  const pairs = acc.pairs;
  const e = emptyEvidence();
  const ties: RelationshipMap['ties'] = [];
  for (let r = 0; r < pairs.capacity; r++) {
    if (!pairs.used(r) || !(strength[r]! > 0)) continue;
    const lo = pairs.lo(r);
    const hi = pairs.hi(r);
    if (!onMap[lo] || !onMap[hi]) continue;
    pairs.evidenceInto(r, e);
    const sides: Side[] = SIDES.filter((_, k) => e.sides[k]! > 0);
    const [a, b] = cmp(acc.ids[lo]!, acc.ids[hi]!) < 0 ? [acc.ids[lo]!, acc.ids[hi]!] : [acc.ids[hi]!, acc.ids[lo]!];
    ties.push({
      a,
      b,
      strength: round4(strength[r]!),
      strong: strength[r]! >= acc.settings.strongTie,
      sides,
      since: dayOrNull(views.firstDayOfPair(lo, hi)),
    });
  }
  ties.sort((x, y) => cmp(x.a, y.a) || cmp(x.b, y.b));
  return { asOf: acc.asOf, people, ties };
}

export function wallChart(views: ViewAccumulator, strength: Float64Array): WallChart {
  const acc = views.model;
  const n = acc.ids.length;
  const inBase = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (isCounted(acc, i) && (acc.people.committee[i] || acc.people.supporter[i])) inBase[i] = 1;
  }
  const stone = new Uint8Array(n);
  const pairs = acc.pairs;
  for (let r = 0; r < pairs.capacity; r++) {
    if (!pairs.used(r) || strength[r]! < acc.settings.strongTie) continue;
    const lo = pairs.lo(r);
    const hi = pairs.hi(r);
    if (inBase[hi]) stone[lo] = 1;
    if (inBase[lo]) stone[hi] = 1;
  }
  const asOf = acc.asOfDay;
  const people = views.people
    .filter((p) => p.circle === 'sun' && (p.startedOn === null || isoDay(p.startedOn) <= asOf))
    .map((p) => ({
      id: p.id,
      name: p.name,
      unit: p.unit,
      stance: p.stance,
      base: stone[acc.indexOf(p.id)] ? ('stone' as const) : ('sand' as const),
      left: p.leftOn !== null && isoDay(p.leftOn) <= asOf,
    }))
    .sort(
      (x, y) =>
        (x.unit === null ? 1 : 0) - (y.unit === null ? 1 : 0) ||
        cmp(x.unit ?? '', y.unit ?? '') ||
        x.name.localeCompare(y.name) ||
        cmp(x.id, y.id),
    );
  return { asOf: acc.asOf, people };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

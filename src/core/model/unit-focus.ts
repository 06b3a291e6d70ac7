/**
 * A report narrowed to one unit of the workplace tree (`sunspace analyze --unit PATH`). The analysis itself
 * runs on the whole workspace, because a unit's strength includes its people's strong ties to coworkers
 * elsewhere; only what the report lists is narrowed to the unit and what lies inside it.
 */
import { isWithinUnit } from '../units.js';
import type { AnalysisReport } from './report.js';

export interface FocusedReport extends AnalysisReport {
  /** The unit the report is narrowed to. `ties`, `largestStrongGroup` and `crossUnitStrongTies` stay whole-workspace figures. */
  focus: string;
}

/**
 * Keep the units inside `unit`, the grievances that concern it (inside it, above it, or workspace-wide), and
 * the people inside it in every list; `overall`, `people` and `coverage` become the unit's own.
 * `unitOf` gives a person's unit path (null for people outside the tree). Returns null for an unknown unit.
 */
export function focusReport(
  report: AnalysisReport,
  unit: string,
  unitOf: (person: string) => string | null | undefined,
): FocusedReport | null {
  const own = report.units.find((u) => u.unit === unit);
  if (!own) return null;
  const inside = (person: string) => isWithinUnit(unitOf(person) ?? null, unit);
  const { unit: _name, ...figures } = own;
  return {
    ...report,
    focus: unit,
    people: own.people,
    coverage: own.coverage,
    overall: figures,
    units: report.units.filter((u) => isWithinUnit(u.unit, unit)),
    groups: report.groups
      .map((g) => ({ members: g.members.filter(inside), edge: g.edge.filter(inside) }))
      .filter((g) => g.members.length > 0),
    bridges: report.bridges.filter((b) => inside(b.person)),
    trusted: report.trusted.filter((t) => inside(t.person)),
    stoneSand: { stone: report.stoneSand.stone.filter(inside), sand: report.stoneSand.sand.filter(inside) },
    grievances: report.grievances.filter(
      (g) => g.unit === null || isWithinUnit(g.unit, unit) || isWithinUnit(unit, g.unit),
    ),
    careSignals: report.careSignals.filter((c) => inside(c.person)),
  };
}

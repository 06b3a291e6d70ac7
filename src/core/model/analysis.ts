/**
 * The whole analysis: from an accumulator fed with a workspace's records to the report. Every figure is a
 * pure function of the records, the analysis date and the settings (docs/model.md).
 */
import type { Lang } from '../i18n/i18n.js';
import type { WorkspaceRecords } from '../records.js';
import { ModelAccumulator } from './accumulator.js';
import type { Base } from './base.js';
import { buildBase } from './base.js';
import { careSignals } from './care-signals.js';
import { bridgeScores, idRanks, naturalGroups, strongStrength, topScored, trustedScores } from './groups.js';
import { PowerAccumulator } from './power-accumulator.js';
import { analyzePower } from './power.js';
import { largestBoundGroup, readiness } from './readiness.js';
import type { AnalysisReport, GrievanceReport } from './report.js';
import type { ModelSettings } from './settings.js';
import { MODEL_VERSION } from './settings.js';
import { stoneSandOf } from './stone-sand.js';
import type { Figures, UnitTree } from './unit-figures.js';
import { buildUnitTree, inUnit, unitFigures } from './unit-figures.js';

export interface AnalysisOptions {
  /** The analysis date (YYYY-MM-DD): records after it are ignored. */
  asOf: string;
  settings?: ModelSettings;
  /** The language of care signals' advice. Default English. */
  lang?: Lang;
  /** 'figures' leaves out groups, bridges, trusted people and care signals (for monthly series). */
  parts?: 'all' | 'figures';
  /** The power map's records (power-accumulator.ts): adds `power` and `strike` to the report. */
  power?: PowerAccumulator;
}

/** Shares and scores are given to four decimals, so that reports compare cleanly. */
export function round4(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

/** Analyse a workspace small enough to hold in memory (tests, the demo, a bundle before import). */
export function analyzeRecords(records: Partial<WorkspaceRecords>, options: AnalysisOptions): AnalysisReport {
  const acc = new ModelAccumulator({ asOf: options.asOf, settings: options.settings });
  acc.addRecords(records);
  const power =
    options.parts === 'figures' ? undefined : new PowerAccumulator({ asOf: options.asOf, settings: acc.settings });
  return analyze(acc, { ...options, power: power?.addRecords(records) });
}

/** Finish an accumulator: every figure of the report. */
export function analyze(
  acc: ModelAccumulator,
  options: { lang?: Lang; parts?: 'all' | 'figures'; power?: PowerAccumulator | undefined } = {},
): AnalysisReport {
  const s = acc.settings;
  const base = buildBase(acc);
  const tree = buildUnitTree(acc, base);
  const figures = unitFigures(acc, base, tree);
  const ids = acc.ids;
  const sortedIds = (list: number[]) => list.map((i) => ids[i]!).sort();

  const supporters: number[] = [];
  for (let i = 0; i < ids.length; i++) if (base.counted[i] && acc.people.supporter[i]) supporters.push(i);
  const stoneSand = stoneSandOf(supporters, base.strong);

  const full = options.parts !== 'figures';
  let groups: AnalysisReport['groups'] = [];
  let bridges: AnalysisReport['bridges'] = [];
  let trusted: AnalysisReport['trusted'] = [];
  if (full) {
    const rank = idRanks(ids);
    const natural = naturalGroups(base, s, rank);
    groups = natural.groups.map((g) => ({ members: sortedIds(g.members), edge: sortedIds(g.edge) }));
    const counted = (i: number) => base.counted[i] === 1;
    bridges = topScored(bridgeScores(base.ties, natural.communities, base.counted), s.listedPeople, counted, rank).map(
      (x) => ({ person: ids[x.person]!, score: round4(x.score) }),
    );
    const strengthSum = strongStrength(base.strong);
    trusted = topScored(trustedScores(base, s), s.listedPeople, counted, rank, (i) => strengthSum[i]!).map((x) => ({
      person: ids[x.person]!,
      score: x.score,
    }));
  }

  return {
    asOf: acc.asOf,
    modelVersion: MODEL_VERSION,
    people: base.people,
    ties: { total: base.ties.size, strong: base.strong.size },
    coverage: round4(figures.overall.coverage),
    largestStrongGroup: { size: figures.largestStrongGroup.size, share: round4(figures.largestStrongGroup.share) },
    crossUnitStrongTies: figures.crossUnitStrongTies,
    overall: roundFigures(figures.overall),
    units: figures.units.map((u) => ({ unit: u.unit, ...roundFigures(u) })),
    groups,
    bridges,
    trusted,
    stoneSand: { stone: sortedIds(stoneSand.stone), sand: sortedIds(stoneSand.sand) },
    grievances: grievanceReadiness(acc, base, tree),
    careSignals: full ? careSignals({ acc, strength: base.strength, counted: base.counted }, options.lang ?? 'en') : [],
    lines: {
      strongTie: s.strongTie,
      supermajority: s.supermajority,
      coworkersPerOrganizer: s.coworkersPerOrganizer,
      phaseCoverage: s.phaseCoverage,
      phaseCohesion: s.phaseCohesion,
      phaseHeat: s.phaseHeat,
    },
    ...(options.power ? analyzePower(acc, base, options.power) : {}),
  };
}

function roundFigures(f: Figures): Figures {
  return {
    people: f.people,
    cohesion: round4(f.cohesion),
    coverage: round4(f.coverage),
    heat: round4(f.heat),
    organizers: f.organizers,
    organizerRatio: round4(f.organizerRatio),
    phase: f.phase,
    forward: f.forward,
  };
}

/** Readiness of every grievance raised or recorded, by id. */
function grievanceReadiness(acc: ModelAccumulator, base: Base, tree: UnitTree): GrievanceReport[] {
  const s = acc.settings;
  const out: GrievanceReport[] = [];
  for (const g of acc.grievances.values()) {
    const unit = g.record?.unit ?? null;
    const u = unit === null ? -1 : (tree.index.get(unit) ?? -2);
    const affected = u === -1 ? base.people : u === -2 ? 0 : tree.members[u]!;
    const sharers = [...g.sharers].filter((i) => base.counted[i] === 1);
    const isAffected = (i: number) => u === -1 || (u >= 0 && inUnit(tree, i, u));
    const group = largestBoundGroup(sharers, base.strong, isAffected);
    const ready = readiness(group, affected);
    out.push({
      id: g.id,
      title: g.record?.title ?? null,
      unit,
      sharedBy: sharers.length,
      affected,
      largestGroup: group,
      readiness: round4(ready),
      reachesLine: affected > 0 && ready >= s.supermajority,
    });
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

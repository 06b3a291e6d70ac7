/**
 * Figures for every unit of the workplace tree and for the whole workspace: cohesion, coverage, heat,
 * organizer ratio and phase, and what would move each unit forward. docs/model.md#units has the formulas.
 * A person in A/B/C counts in A/B/C, A/B and A.
 */
import { UnionFind, connectedComponents } from '../graph/components.js';
import { forEachEdge } from '../graph/graph.js';
import { unitAncestry } from '../units.js';
import type { Phase } from '../vocabulary.js';
import type { ModelAccumulator } from './accumulator.js';
import type { Base } from './base.js';
import type { ModelSettings } from './settings.js';

export const FORWARD_STEPS = [
  'get_to_know',
  'connect_the_agitated',
  'join_the_circles',
  'listen',
  'act_together',
  'grow_organizers',
] as const;
export type ForwardStepKind = (typeof FORWARD_STEPS)[number];
export interface ForwardStep {
  step: ForwardStepKind;
  /** How many people the step is about, where that helps (people without a strong tie, organizers missing). */
  count?: number;
}

export interface Figures {
  people: number;
  /** Share of the people inside the largest group of at least two of them bound by strong ties among themselves. */
  cohesion: number;
  /** Share of the people with at least one strong tie to a coworker (anywhere in the workspace). */
  coverage: number;
  /** Mean over the people of the heat of the latest grievance each raised themselves. */
  heat: number;
  /** Committee members or self-declared supporters with at least `organizerStrongTies` strong ties. */
  organizers: number;
  /** organizers / people (the organizers' rule asks for 1 / coworkersPerOrganizer). */
  organizerRatio: number;
  phase: Phase;
  forward: ForwardStep[];
}
export interface UnitFigures extends Figures {
  unit: string;
}

/** strong: coverage and cohesion at their lines; hot: heat at its line. */
export function phaseOf(f: { coverage: number; cohesion: number; heat: number }, s: ModelSettings): Phase {
  const strong = f.coverage >= s.phaseCoverage && f.cohesion >= s.phaseCohesion;
  const hot = f.heat >= s.phaseHeat;
  if (strong) return hot ? 'ready' : 'connected';
  return hot ? 'agitated' : 'isolated';
}

/** Organizers still missing for one per `coworkersPerOrganizer`: ⌈people / 10⌉ − organizers, at least 0. */
export function organizersMissing(people: number, organizers: number, s: ModelSettings): number {
  return Math.max(0, Math.ceil(people / s.coworkersPerOrganizer) - organizers);
}

/** What would move a unit forward from where it is, most important first. */
export function forwardSteps(
  f: { phase: Phase; people: number; coverage: number; cohesion: number; organizers: number },
  counts: { withoutStrongTie: number; raisedWithoutStrongTie: number },
  s: ModelSettings,
): ForwardStep[] {
  const steps: ForwardStep[] = [];
  if (f.people === 0) return steps;
  if (f.phase === 'agitated' && counts.raisedWithoutStrongTie > 0) {
    steps.push({ step: 'connect_the_agitated', count: counts.raisedWithoutStrongTie });
  }
  if (f.coverage < s.phaseCoverage && counts.withoutStrongTie > 0) {
    steps.push({ step: 'get_to_know', count: counts.withoutStrongTie });
  } else if (f.cohesion < s.phaseCohesion) {
    steps.push({ step: 'join_the_circles' });
  }
  if (f.phase === 'connected') steps.push({ step: 'listen' });
  if (f.phase === 'ready') steps.push({ step: 'act_together' });
  const missing = organizersMissing(f.people, f.organizers, s);
  if (missing > 0) steps.push({ step: 'grow_organizers', count: missing });
  return steps;
}

export function isOrganizer(acc: ModelAccumulator, base: Base, i: number): boolean {
  const p = acc.people;
  return (
    base.counted[i] === 1 &&
    (p.committee[i] === 1 || p.supporter[i] === 1) &&
    base.strongDegree[i]! >= acc.settings.organizerStrongTies
  );
}

/** The units counted people belong to, and each counted person's units (root first). */
export interface UnitTree {
  paths: string[];
  index: Map<string, number>;
  /** Counted members per unit. */
  members: Int32Array;
  /** personUnits[personStart[i] .. personStart[i+1]] are person i's units, root first. */
  personStart: Int32Array;
  personUnits: Int32Array;
}

export function buildUnitTree(acc: ModelAccumulator, base: Base): UnitTree {
  const n = acc.ids.length;
  const index = new Map<string, number>();
  const paths: string[] = [];
  const ancestryOf = new Map<string, number[]>();
  const personStart = new Int32Array(n + 1);
  const lists: (number[] | null)[] = new Array<number[] | null>(n).fill(null);
  for (let i = 0; i < n; i++) {
    const unit = acc.people.unit[i];
    if (base.counted[i] && unit) {
      let chain = ancestryOf.get(unit);
      if (!chain) {
        chain = unitAncestry(unit).map((path) => {
          let u = index.get(path);
          if (u === undefined) {
            u = paths.length;
            paths.push(path);
            index.set(path, u);
          }
          return u;
        });
        ancestryOf.set(unit, chain);
      }
      lists[i] = chain;
    }
    personStart[i + 1] = personStart[i]! + (lists[i]?.length ?? 0);
  }
  const personUnits = new Int32Array(personStart[n]!);
  const members = new Int32Array(paths.length);
  for (let i = 0; i < n; i++) {
    const chain = lists[i];
    if (!chain) continue;
    personUnits.set(chain, personStart[i]);
    for (const u of chain) members[u]!++;
  }
  return { paths, index, members, personStart, personUnits };
}

/** True when person i belongs to unit u (directly or through a unit inside it). */
export function inUnit(tree: UnitTree, i: number, u: number): boolean {
  for (let k = tree.personStart[i]!; k < tree.personStart[i + 1]!; k++) if (tree.personUnits[k] === u) return true;
  return false;
}

export interface WorkspaceFigures {
  overall: Figures;
  units: UnitFigures[];
  largestStrongGroup: { size: number; share: number };
  crossUnitStrongTies: number;
}

export function unitFigures(acc: ModelAccumulator, base: Base, tree: UnitTree): WorkspaceFigures {
  const s = acc.settings;
  const n = acc.ids.length;
  const U = tree.paths.length;
  const { personStart, personUnits } = tree;

  // Each counted person's place among their unit's members, so that every unit has a union-find of its own
  // inside one array: slot = unitBase[u] + local index.
  const unitBase = new Int32Array(U + 1);
  for (let u = 0; u < U; u++) unitBase[u + 1] = unitBase[u]! + tree.members[u]!;
  const fill = unitBase.slice(0, U);
  const slot = new Int32Array(personUnits.length);
  for (let i = 0; i < n; i++) {
    for (let k = personStart[i]!; k < personStart[i + 1]!; k++) slot[k] = fill[personUnits[k]!]!++;
  }
  const sets = new UnionFind(unitBase[U]!);
  let crossUnit = 0;
  forEachEdge(base.strong, (a, b) => {
    const ua = acc.people.unit[a];
    const ub = acc.people.unit[b];
    if (ua && ub && ua !== ub) crossUnit++;
    // common ancestors are the common prefix of the two chains
    let ka = personStart[a]!;
    let kb = personStart[b]!;
    while (ka < personStart[a + 1]! && kb < personStart[b + 1]! && personUnits[ka] === personUnits[kb]) {
      sets.union(slot[ka]!, slot[kb]!);
      ka++;
      kb++;
    }
  });

  const largest = new Int32Array(U);
  const covered = new Int32Array(U);
  const heat = new Float64Array(U);
  const organizers = new Int32Array(U);
  const raisedUncovered = new Int32Array(U);
  let allCovered = 0;
  let allHeat = 0;
  let allOrganizers = 0;
  let allRaisedUncovered = 0;
  for (let i = 0; i < n; i++) {
    if (!base.counted[i]) continue;
    const hasStrong = base.strongDegree[i]! > 0;
    const h = acc.people.heat[i]!;
    const org = isOrganizer(acc, base, i);
    if (hasStrong) allCovered++;
    else if (h > 0) allRaisedUncovered++;
    allHeat += h;
    if (org) allOrganizers++;
    for (let k = personStart[i]!; k < personStart[i + 1]!; k++) {
      const u = personUnits[k]!;
      if (hasStrong) covered[u]!++;
      else if (h > 0) raisedUncovered[u]!++;
      heat[u]! += h;
      if (org) organizers[u]!++;
      const size = sets.sizeOf(slot[k]!);
      if (size > largest[u]!) largest[u] = size;
    }
  }

  const figures = (people: number, group: number, c: number, h: number, o: number, raised: number): Figures => {
    const f = {
      people,
      cohesion: people > 0 && group >= 2 ? group / people : 0,
      coverage: people > 0 ? c / people : 0,
      heat: people > 0 ? h / people : 0,
      organizers: o,
      organizerRatio: people > 0 ? o / people : 0,
    };
    const phase = phaseOf(f, s);
    return {
      ...f,
      phase,
      forward: forwardSteps({ ...f, phase }, { withoutStrongTie: people - c, raisedWithoutStrongTie: raised }, s),
    };
  };

  const units: UnitFigures[] = tree.paths.map((unit, u) => ({
    unit,
    ...figures(tree.members[u]!, largest[u]!, covered[u]!, heat[u]!, organizers[u]!, raisedUncovered[u]!),
  }));
  units.sort((x, y) => (x.unit < y.unit ? -1 : x.unit > y.unit ? 1 : 0));

  const components = connectedComponents(base.strong, { nodes: base.counted });
  let group = 0;
  for (const size of components.sizes) if (size > group) group = size;
  if (group < 2) group = 0;
  const overall = figures(base.people, group, allCovered, allHeat, allOrganizers, allRaisedUncovered);
  return {
    overall,
    units,
    largestStrongGroup: { size: group, share: base.people > 0 ? group / base.people : 0 },
    crossUnitStrongTies: crossUnit,
  };
}

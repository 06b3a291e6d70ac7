/**
 * The relationship map's data, indexed once into typed arrays so that filters and the date slider decide
 * what is visible without touching the graph: the renderer's reducers read these arrays, and a date change
 * only revisits the people and ties whose first date lies between the old and the new date.
 */
import { toDay } from '../../../src/core/dates.js';
import { SIDES, type Side } from '../../../src/core/vocabulary.js';
import { isWithinUnit } from '../../../src/core/units.js';
import type { MapFilters, MapPerson, MapStats, MapTie } from './map-types.js';

/** A date before every record: people and ties with no date are always shown. */
export const ALWAYS = -2_147_483_648;
/** After every record: no `asOf` shows everything. */
export const NEVER = 2_147_483_647;

export interface MapModel {
  ids: string[];
  index: Map<string, number>;
  /** Unit paths in sorted order (siblings next to each other); people with none get the empty string. */
  units: string[];
  groups: string[];
  nodeUnit: Int32Array;
  nodeGroup: Int32Array;
  nodeDay: Int32Array;
  edgeA: Int32Array;
  edgeB: Int32Array;
  /** A tie's first day, never before both its people's. */
  edgeDay: Int32Array;
  edgeSides: Uint8Array;
  edgeStrong: Uint8Array;
  edgeStrength: Float32Array;
  /** Node and edge indices sorted by first day, for the date slider. */
  nodeOrder: Int32Array;
  edgeOrder: Int32Array;
  /** First and last dated day, or null when nothing carries a date. */
  firstDay: number | null;
  lastDay: number | null;
  /** Ties left out: unknown people, a person tied to themselves, or the same pair twice (the earliest, strongest kept). */
  skippedTies: number;
}

const SIDE_BIT: Record<Side, number> = { social: 1, political: 2, mutual_aid: 4, emotional: 8 };
const ALL_SIDES = 15;

export function sideMask(sides: readonly Side[]): number {
  let mask = 0;
  for (const s of sides) mask |= SIDE_BIT[s];
  return mask;
}

function dayOf(date: string | null): number {
  return date === null ? ALWAYS : toDay(date);
}

export function buildMapModel(nodes: readonly MapPerson[], edges: readonly MapTie[]): MapModel {
  const ids = nodes.map((n) => n.id);
  const index = new Map<string, number>();
  ids.forEach((id, i) => index.set(id, i));

  const units = [...new Set(nodes.map((n) => n.unit ?? ''))].sort();
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const groups = [...new Set(nodes.map((n) => n.group ?? ''))].sort();
  const groupIndex = new Map(groups.map((g, i) => [g, i]));

  const n = nodes.length;
  const nodeUnit = new Int32Array(n);
  const nodeGroup = new Int32Array(n);
  const nodeDay = new Int32Array(n);
  nodes.forEach((p, i) => {
    nodeUnit[i] = unitIndex.get(p.unit ?? '') ?? 0;
    nodeGroup[i] = groupIndex.get(p.group ?? '') ?? 0;
    nodeDay[i] = dayOf(p.since);
  });

  // One tie per pair: the earliest date and the strongest reading win.
  const byPair = new Map<string, number>();
  const kept: { a: number; b: number; day: number; sides: number; strong: boolean; strength: number }[] = [];
  let skippedTies = 0;
  for (const t of edges) {
    const a = index.get(t.a);
    const b = index.get(t.b);
    if (a === undefined || b === undefined || a === b) {
      skippedTies++;
      continue;
    }
    const day = Math.max(dayOf(t.since), nodeDay[a]!, nodeDay[b]!);
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    const seen = byPair.get(key);
    if (seen !== undefined) {
      const k = kept[seen]!;
      k.day = Math.min(k.day, day);
      k.sides |= sideMask(t.sides);
      k.strong ||= t.strong;
      k.strength = Math.max(k.strength, t.strength);
      skippedTies++;
      continue;
    }
    byPair.set(key, kept.length);
    kept.push({ a, b, day, sides: sideMask(t.sides), strong: t.strong, strength: t.strength });
  }

  const m = kept.length;
  const edgeA = new Int32Array(m);
  const edgeB = new Int32Array(m);
  const edgeDay = new Int32Array(m);
  const edgeSides = new Uint8Array(m);
  const edgeStrong = new Uint8Array(m);
  const edgeStrength = new Float32Array(m);
  kept.forEach((k, i) => {
    edgeA[i] = k.a;
    edgeB[i] = k.b;
    edgeDay[i] = k.day;
    edgeSides[i] = k.sides;
    edgeStrong[i] = k.strong ? 1 : 0;
    edgeStrength[i] = k.strength;
  });

  const nodeOrder = sortedBy(nodeDay);
  const edgeOrder = sortedBy(edgeDay);
  let firstDay: number | null = null;
  let lastDay: number | null = null;
  for (const day of [...nodeDay, ...edgeDay]) {
    if (day === ALWAYS) continue;
    firstDay = firstDay === null ? day : Math.min(firstDay, day);
    lastDay = lastDay === null ? day : Math.max(lastDay, day);
  }

  return {
    ids,
    index,
    units,
    groups,
    nodeUnit,
    nodeGroup,
    nodeDay,
    edgeA,
    edgeB,
    edgeDay,
    edgeSides,
    edgeStrong,
    edgeStrength,
    nodeOrder,
    edgeOrder,
    firstDay,
    lastDay,
    skippedTies,
  };
}

function sortedBy(days: Int32Array): Int32Array {
  const order = new Int32Array(days.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((x, y) => days[x]! - days[y]! || x - y);
  return order;
}

/** The current view, in the form the reducers read on every item. */
export interface MapView {
  day: number;
  /** 1 for each unit index shown. */
  unitShown: Uint8Array;
  sides: number;
}

export function mapView(model: MapModel, filters: MapFilters, asOf: string | null): MapView {
  const unitShown = new Uint8Array(model.units.length);
  model.units.forEach((u, i) => {
    const shown = filters.units.length === 0 || filters.units.some((f) => isWithinUnit(u === '' ? null : u, f));
    unitShown[i] = shown ? 1 : 0;
  });
  return { day: asOf === null ? NEVER : toDay(asOf), unitShown, sides: sideMask(filters.sides) };
}

export function nodeShown(model: MapModel, view: MapView, i: number): boolean {
  return model.nodeDay[i]! <= view.day && view.unitShown[model.nodeUnit[i]!] === 1;
}

export function edgeShown(model: MapModel, view: MapView, i: number): boolean {
  if (model.edgeDay[i]! > view.day) return false;
  if (view.sides !== ALL_SIDES && (model.edgeSides[i]! & view.sides) === 0) return false;
  return (
    view.unitShown[model.nodeUnit[model.edgeA[i]!]!] === 1 && view.unitShown[model.nodeUnit[model.edgeB[i]!]!] === 1
  );
}

export function countShown(model: MapModel, view: MapView): MapStats {
  let people = 0;
  for (let i = 0; i < model.ids.length; i++) if (nodeShown(model, view, i)) people++;
  let ties = 0;
  let strongTies = 0;
  for (let i = 0; i < model.edgeDay.length; i++) {
    if (!edgeShown(model, view, i)) continue;
    ties++;
    strongTies += model.edgeStrong[i]!;
  }
  return { people, ties, strongTies, totalPeople: model.ids.length, totalTies: model.edgeDay.length };
}

/** First position in `order` whose day is greater than `day`. */
function upperBound(order: Int32Array, days: Int32Array, day: number): number {
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[order[mid]!]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The people and ties whose visibility may differ between two dates: those first seen between them. */
export function changedBetween(model: MapModel, fromDay: number, toDay_: number): { nodes: number[]; edges: number[] } {
  const lo = Math.min(fromDay, toDay_);
  const hi = Math.max(fromDay, toDay_);
  const slice = (order: Int32Array, days: Int32Array) =>
    Array.from(order.subarray(upperBound(order, days, lo), upperBound(order, days, hi)));
  return { nodes: slice(model.nodeOrder, model.nodeDay), edges: slice(model.edgeOrder, model.edgeDay) };
}

export const ALL_SIDE_LIST: readonly Side[] = SIDES;

/** The first and last dates the map's data carries, for the date slider; null when nothing is dated. */
export function dateRange(
  nodes: readonly MapPerson[],
  edges: readonly MapTie[],
): { first: string; last: string } | null {
  let first: string | null = null;
  let last: string | null = null;
  for (const item of [...nodes, ...edges]) {
    const d = item.since;
    if (d === null) continue;
    if (first === null || d < first) first = d;
    if (last === null || d > last) last = d;
  }
  return first === null || last === null ? null : { first, last };
}

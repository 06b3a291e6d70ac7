/**
 * Stone and sand (shared/CONCEPTS.md §2): for any set of people (supporters by their own stance, a
 * committee, an action's participants, a list of signers), stone are those bound by a strong tie to at
 * least one other person in the set; sand are those with no strong tie to anyone in it.
 */
import type { Graph } from '../graph/graph.js';

export interface StoneSand<T> {
  stone: T[];
  sand: T[];
}

/** Stone and sand of `set` (node indices) on a graph of strong ties. */
export function stoneSandOf(set: Iterable<number>, strong: Graph): StoneSand<number> {
  const members = [...new Set(set)];
  const inSet = new Uint8Array(strong.order);
  for (const i of members) inSet[i] = 1;
  const stone: number[] = [];
  const sand: number[] = [];
  for (const i of members) {
    let bound = false;
    for (let e = strong.offsets[i]!; e < strong.offsets[i + 1]! && !bound; e++) bound = inSet[strong.targets[e]!] === 1;
    (bound ? stone : sand).push(i);
  }
  return { stone, sand };
}

/** Stone and sand of a set of people by id, given the strong ties as pairs of ids. Ids keep the set's order. */
export function stoneSand(set: readonly string[], strongTies: Iterable<readonly [string, string]>): StoneSand<string> {
  const members = new Set(set);
  const bound = new Set<string>();
  for (const [a, b] of strongTies) {
    if (a !== b && members.has(a) && members.has(b)) {
      bound.add(a);
      bound.add(b);
    }
  }
  const stone: string[] = [];
  const sand: string[] = [];
  for (const id of members) (bound.has(id) ? stone : sand).push(id);
  return { stone, sand };
}

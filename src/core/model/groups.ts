/**
 * Natural groups, bridges and trusted people (docs/model.md#groups). The words are about trust: nobody is
 * labelled a "target".
 */
import type { Graph } from '../graph/graph.js';
import { relabel } from '../graph/graph.js';
import { louvain } from '../graph/louvain.js';
import type { Base } from './base.js';
import type { ModelSettings } from './settings.js';

export interface NaturalGroup {
  /** Bound into the group: at least one strong tie to another member. */
  members: number[];
  /** In the same community by their ties, but with no strong tie inside it yet. */
  edge: number[];
}

export interface NaturalGroups {
  /** Community of every person index (Louvain on every tie between counted people, weighted by strength). */
  communities: Int32Array;
  modularity: number;
  /** Communities with at least two bound members, largest first. */
  groups: NaturalGroup[];
}

/**
 * `rank[i]` is person i's place in id order: communities are found on the graph numbered by rank, so that the
 * groups depend on who is tied to whom, not on the order the records were read in.
 */
export function naturalGroups(base: Base, s: ModelSettings, rank: Int32Array): NaturalGroups {
  const found = louvain(relabel(base.ties, rank), { seed: s.louvainSeed, resolution: s.louvainResolution });
  const communities = new Int32Array(base.ties.order);
  for (let i = 0; i < communities.length; i++) communities[i] = found.communities[rank[i]!]!;
  const byCommunity = new Map<number, NaturalGroup>();
  for (let i = 0; i < base.ties.order; i++) {
    if (!base.counted[i]) continue;
    const c = communities[i]!;
    let bound = false;
    for (let e = base.strong.offsets[i]!; e < base.strong.offsets[i + 1]! && !bound; e++) {
      bound = communities[base.strong.targets[e]!] === c;
    }
    let g = byCommunity.get(c);
    if (!g) {
      g = { members: [], edge: [] };
      byCommunity.set(c, g);
    }
    (bound ? g.members : g.edge).push(i);
  }
  const groups = [...byCommunity.values()].filter((g) => g.members.length >= 2);
  const first = (g: NaturalGroup) => g.members.reduce((low, i) => Math.min(low, rank[i]!), Infinity);
  groups.sort((a, b) => b.members.length - a.members.length || first(a) - first(b));
  return { communities, modularity: found.modularity, groups };
}

/**
 * How much each person's ties join groups that would otherwise be apart. For a person p in community c,
 * over every other community g that p has a tie into:
 *   score(p) = Σ_g  maxStrength(p → g) × W(p → g) / W(c ↔ g)
 * where W sums tie strengths. A person who alone links two groups with a strong tie scores that tie's
 * strength for it; one of many links between the same two groups scores a small part of it.
 */
export function bridgeScores(ties: Graph, communities: Int32Array, counted: Uint8Array): Float64Array {
  const n = ties.order;
  let count = 0;
  for (let i = 0; i < n; i++) if (communities[i]! + 1 > count) count = communities[i]! + 1;
  const between = new Map<number, number>();
  for (let u = 0; u < n; u++) {
    const cu = communities[u]!;
    for (let e = ties.offsets[u]!; e < ties.offsets[u + 1]!; e++) {
      const v = ties.targets[e]!;
      const cv = communities[v]!;
      if (u < v && cu !== cv) {
        const key = cu < cv ? cu * count + cv : cv * count + cu;
        between.set(key, (between.get(key) ?? 0) + ties.weights[e]!);
      }
    }
  }
  const scores = new Float64Array(n);
  const sum = new Map<number, number>();
  const max = new Map<number, number>();
  for (let p = 0; p < n; p++) {
    if (!counted[p]) continue;
    const c = communities[p]!;
    sum.clear();
    max.clear();
    for (let e = ties.offsets[p]!; e < ties.offsets[p + 1]!; e++) {
      const g = communities[ties.targets[e]!]!;
      if (g === c) continue;
      const w = ties.weights[e]!;
      sum.set(g, (sum.get(g) ?? 0) + w);
      if (w > (max.get(g) ?? 0)) max.set(g, w);
    }
    let score = 0;
    for (const [g, w] of sum) {
      const total = between.get(c < g ? c * count + g : g * count + c)!;
      score += (max.get(g)! * w) / total;
    }
    scores[p] = score;
  }
  return scores;
}

export interface Scored {
  person: number;
  score: number;
}

/** People with a score above 0, highest first (ties broken by `then`, then by `rank`), at most `limit`. */
export function topScored(
  scores: ArrayLike<number>,
  limit: number,
  keep: (i: number) => boolean,
  rank: ArrayLike<number>,
  then: (i: number) => number = () => 0,
): Scored[] {
  const out: Scored[] = [];
  for (let i = 0; i < scores.length; i++) if (scores[i]! > 0 && keep(i)) out.push({ person: i, score: scores[i]! });
  out.sort((a, b) => b.score - a.score || then(b.person) - then(a.person) || rank[a.person]! - rank[b.person]!);
  return out.slice(0, limit);
}

/** Each id's place in sorted order. */
export function idRanks(ids: readonly string[]): Int32Array {
  const order = ids.map((_, i) => i).sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  const rank = new Int32Array(ids.length);
  order.forEach((i, k) => (rank[i] = k));
  return rank;
}

/** Trusted: the number of coworkers with a strong tie to each person, for those with at least `trustedStrongTies`. */
export function trustedScores(base: Base, s: ModelSettings): Float64Array {
  const scores = new Float64Array(base.strongDegree.length);
  for (let i = 0; i < scores.length; i++) {
    if (base.counted[i] && base.strongDegree[i]! >= s.trustedStrongTies) scores[i] = base.strongDegree[i]!;
  }
  return scores;
}

/** The total strength of each person's strong ties (breaks ties between equally trusted people). */
export function strongStrength(strong: Graph): Float64Array {
  const out = new Float64Array(strong.order);
  for (let u = 0; u < strong.order; u++) {
    for (let e = strong.offsets[u]!; e < strong.offsets[u + 1]!; e++) out[u]! += strong.weights[e]!;
  }
  return out;
}

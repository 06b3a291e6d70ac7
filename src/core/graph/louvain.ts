import type { Graph } from './graph.js';
import { weightedDegree } from './graph.js';
import { seededRandom, shuffleInPlace } from './random.js';

/**
 * Community detection by the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008): move each
 * node to the neighbouring community that raises modularity most, until no move helps; then fold each
 * community into one node and start again on the coarser graph, until nothing changes. docs/model.md
 * (natural groups) says how the model uses it.
 */
export interface LouvainOptions {
  /** Resolution γ: above 1 favours smaller communities, below 1 larger ones. Default 1. */
  resolution?: number;
  /** Seeds the order nodes are visited in, so the same graph always gives the same communities. Default 1. */
  seed?: number;
  /** A pass that raises modularity by less than this ends the level. Default 1e-7. */
  minGain?: number;
  /** At most this many passes over the nodes per level. Default 100. */
  maxPasses?: number;
  /**
   * Louvain finds a good partition, not always the best: the order nodes are visited in matters. It runs this
   * many times (each with its own visiting order drawn from the seed) and keeps the highest modularity.
   * Default: as many runs as fit in about half a million edge visits, between 1 and 32 (small graphs, where
   * one unlucky order costs most, get the most runs; a graph of 250,000 ties or more gets one, which on the
   * benchmark's graph of 193,000 ties already finds what five do: docs/model.md#groups).
   */
  restarts?: number;
}

export interface LouvainResult {
  /** Community of each node, numbered 0..count-1 by each community's lowest node. */
  communities: Int32Array;
  count: number;
  modularity: number;
  levels: number;
}

interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  loops: Float64Array;
  k: Float64Array;
}

export function louvain(g: Graph, options: LouvainOptions = {}): LouvainResult {
  const gamma = options.resolution ?? 1;
  const random = seededRandom(options.seed ?? 1);
  const restarts = Math.max(1, options.restarts ?? defaultRestarts(g));
  const minGain = options.minGain ?? 1e-7;
  const maxPasses = options.maxPasses ?? 100;
  const base: Level = {
    n: g.order,
    offsets: g.offsets,
    targets: g.targets,
    weights: g.weights,
    loops: g.loops ?? new Float64Array(g.order),
    k: weightedDegree(g),
  };
  let m2 = 0;
  for (let u = 0; u < base.n; u++) m2 += base.k[u]!;

  // Plain Louvain stops where its coarse graph can no longer improve; starting it again from the partition it
  // found, at the finest level, often moves a few nodes the coarse levels had locked in (a refinement pass).
  let best: { membership: Int32Array; levels: number } = { membership: new Int32Array(0), levels: 0 };
  let bestQ = -Infinity;
  for (let run = 0; run < restarts; run++) {
    const limits = { minGain, maxPasses, mode: run % 2 === 0 ? ('sweep' as const) : ('queue' as const) };
    let found = multilevel(base, m2, null, gamma, random, limits);
    let foundQ = modularity(g, found.membership, gamma);
    for (let round = 0; round < 20 && m2 > 0; round++) {
      const next = multilevel(base, m2, found.membership, gamma, random, limits);
      const q = modularity(g, next.membership, gamma);
      if (!(q > foundQ + 1e-10)) break;
      found = next;
      foundQ = q;
    }
    if (foundQ > bestQ + 1e-10) {
      best = found;
      bestQ = foundQ;
    }
    if (m2 === 0) break;
  }
  const communities = new Int32Array(g.order);
  const count = renumberByFirst(best.membership, communities);
  return { communities, count, modularity: modularity(g, communities, gamma), levels: best.levels };
}

function defaultRestarts(g: Graph): number {
  return Math.min(32, Math.max(1, Math.floor(500_000 / (g.order + 2 * g.size))));
}

/** Louvain's levels, the first starting from `start` (or every node alone). */
function multilevel(
  base: Level,
  m2: number,
  start: Int32Array | null,
  gamma: number,
  random: () => number,
  limits: { minGain: number; maxPasses: number; mode: 'sweep' | 'queue' },
): { membership: Int32Array; levels: number } {
  const membership = new Int32Array(base.n);
  for (let u = 0; u < base.n; u++) membership[u] = start ? start[u]! : u;
  if (m2 === 0) return { membership, levels: 0 };
  let level = base;
  let init = start;
  let levels = 0;
  for (;;) {
    const { comm, moved } = moveNodes(level, m2, gamma, random, limits, init);
    init = null;
    if (!moved && levels > 0) break;
    levels++;
    const count = renumber(comm);
    if (level === base) membership.set(comm);
    else for (let u = 0; u < base.n; u++) membership[u] = comm[membership[u]!]!;
    if (count === level.n) break;
    level = aggregate(level, comm, count);
  }
  return { membership, levels };
}

/**
 * The local moving phase on one level. Returns each node's community (not yet renumbered). `sweep` visits
 * every node in turn, pass after pass; `queue` revisits only the neighbours of nodes that moved (Traag's
 * fast local move, as graphology does). The two reach different local optima, so restarts alternate them.
 */
function moveNodes(
  level: Level,
  m2: number,
  gamma: number,
  random: () => number,
  limits: { minGain: number; maxPasses: number; mode: 'sweep' | 'queue' },
  init: Int32Array | null,
): { comm: Int32Array; moved: boolean } {
  const { n, offsets, targets, weights, k } = level;
  const comm = new Int32Array(n);
  const tot = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = init ? init[i]! : i;
    comm[i] = c;
    tot[c]! += k[i]!;
  }
  // sweep: a shuffled order; queue: node order from a random starting point, as graphology does
  const order = new Int32Array(n);
  const from = limits.mode === 'queue' ? Math.floor(random() * n) : 0;
  for (let i = 0; i < n; i++) order[i] = (from + i) % n;
  if (limits.mode === 'sweep') shuffleInPlace(order, random);

  const toComm = new Float64Array(n);
  const seen = new Int32Array(n).fill(-1);
  const touched = new Int32Array(n + 1);

  /** Move node i to its best community; returns the modularity gained (0 when it stays). */
  const visit = (i: number): number => {
    const ki = k[i]!;
    if (ki === 0) return 0;
    const ci = comm[i]!;
    let nt = 0;
    seen[ci] = i;
    toComm[ci] = 0;
    touched[nt++] = ci;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const j = targets[e]!;
      if (j === i) continue;
      const c = comm[j]!;
      if (seen[c] !== i) {
        seen[c] = i;
        toComm[c] = 0;
        touched[nt++] = c;
      }
      toComm[c]! += weights[e]!;
    }
    tot[ci]! -= ki;
    // Gain of joining c, up to a factor 2/m2 common to every c: k_i,in(c) - γ tot(c) k_i / m2.
    const stay = toComm[ci] - (gamma * tot[ci]! * ki) / m2;
    // Move only for a real gain; among equally good communities, draw one (so restarts explore).
    let best = ci;
    let bestGain = stay;
    let ties = 0;
    for (let t = 1; t < nt; t++) {
      const c = touched[t]!;
      const gain = toComm[c]! - (gamma * tot[c]! * ki) / m2;
      const eps = 1e-12 * Math.abs(bestGain) + 1e-15;
      if (gain > bestGain + eps) {
        bestGain = gain;
        best = c;
        ties = 1;
      } else if (best !== ci && gain >= bestGain - eps && random() * ++ties < 1) {
        best = c;
      }
    }
    tot[best]! += ki;
    if (best === ci) return 0;
    comm[i] = best;
    return ((bestGain - stay) * 2) / m2;
  };

  let moved = false;
  if (limits.mode === 'sweep') {
    for (let pass = 0; pass < limits.maxPasses; pass++) {
      let gainSum = 0;
      let moves = 0;
      for (let idx = 0; idx < n; idx++) {
        const gain = visit(order[idx]!);
        if (gain > 0) {
          moves++;
          gainSum += gain;
        }
      }
      if (moves > 0) moved = true;
      if (moves === 0 || gainSum < limits.minGain) break;
    }
    return { comm, moved };
  }

  // queue: a ring of at most n nodes, each at most once
  const queued = new Uint8Array(n).fill(1);
  const ring = order;
  let head = 0;
  let size = n;
  let budget = limits.maxPasses * n;
  while (size > 0 && budget-- > 0) {
    const i = ring[head]!;
    head = (head + 1) % n;
    size--;
    queued[i] = 0;
    if (visit(i) > 0) {
      moved = true;
      const c = comm[i]!;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
        const j = targets[e]!;
        if (queued[j] || comm[j] === c) continue;
        queued[j] = 1;
        ring[(head + size) % n] = j;
        size++;
      }
    }
  }
  return { comm, moved };
}

/** Renumber community labels to 0..count-1 in place; returns count. */
function renumber(comm: Int32Array): number {
  const map = new Int32Array(comm.length).fill(-1);
  let count = 0;
  for (let i = 0; i < comm.length; i++) {
    const c = comm[i]!;
    if (map[c] === -1) map[c] = count++;
    comm[i] = map[c]!;
  }
  return count;
}

/** Labels numbered by each community's lowest node, written into `out`; returns the count. */
function renumberByFirst(labels: Int32Array, out: Int32Array): number {
  const map = new Map<number, number>();
  for (let i = 0; i < labels.length; i++) {
    const c = labels[i]!;
    let to = map.get(c);
    if (to === undefined) {
      to = map.size;
      map.set(c, to);
    }
    out[i] = to;
  }
  return map.size;
}

/** Fold each community of `level` into one node: inner edges become its self-loop. */
function aggregate(level: Level, comm: Int32Array, count: number): Level {
  const { n, offsets, targets, weights, loops, k } = level;
  // members of each community, by counting sort
  const start = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) start[comm[i]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[comm[i]!]!++] = i;

  const newLoops = new Float64Array(count);
  const newK = new Float64Array(count);
  const newOffsets = new Int32Array(count + 1);
  let cap = Math.max(16, targets.length);
  let newTargets = new Int32Array(cap);
  let newWeights = new Float64Array(cap);
  let write = 0;
  const acc = new Float64Array(count);
  const seen = new Int32Array(count).fill(-1);
  const touched = new Int32Array(count);

  for (let c = 0; c < count; c++) {
    let nt = 0;
    let loop = 0;
    let kc = 0;
    for (let m = start[c]!; m < start[c + 1]!; m++) {
      const i = members[m]!;
      loop += loops[i]!;
      kc += k[i]!;
      for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
        const d = comm[targets[e]!]!;
        if (d === c) {
          loop += weights[e]!;
          continue;
        }
        if (seen[d] !== c) {
          seen[d] = c;
          acc[d] = 0;
          touched[nt++] = d;
        }
        acc[d]! += weights[e]!;
      }
    }
    newLoops[c] = loop;
    newK[c] = kc;
    if (write + nt > cap) {
      cap = Math.max(cap * 2, write + nt);
      const t = new Int32Array(cap);
      t.set(newTargets.subarray(0, write));
      newTargets = t;
      const w = new Float64Array(cap);
      w.set(newWeights.subarray(0, write));
      newWeights = w;
    }
    for (let t = 0; t < nt; t++) {
      const d = touched[t]!;
      newTargets[write] = d;
      newWeights[write++] = acc[d]!;
    }
    newOffsets[c + 1] = write;
  }
  return {
    n: count,
    offsets: newOffsets,
    targets: newTargets.subarray(0, write),
    weights: newWeights.subarray(0, write),
    loops: newLoops,
    k: newK,
  };
}

/**
 * Modularity of a partition: Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ], where in_c sums the weights of
 * edges inside c (both directions, as in the adjacency matrix) and tot_c the weighted degrees of its nodes.
 */
export function modularity(g: Graph, communities: Int32Array, resolution = 1): number {
  const k = weightedDegree(g);
  let m2 = 0;
  let count = 0;
  for (let u = 0; u < g.order; u++) {
    m2 += k[u]!;
    if (communities[u]! + 1 > count) count = communities[u]! + 1;
  }
  if (m2 === 0) return 0;
  const inner = new Float64Array(count);
  const tot = new Float64Array(count);
  for (let u = 0; u < g.order; u++) {
    const c = communities[u]!;
    tot[c]! += k[u]!;
    if (g.loops) inner[c]! += g.loops[u]!;
    for (let e = g.offsets[u]!; e < g.offsets[u + 1]!; e++) {
      if (communities[g.targets[e]!] === c) inner[c]! += g.weights[e]!;
    }
  }
  let q = 0;
  for (let c = 0; c < count; c++) q += inner[c]! / m2 - resolution * (tot[c]! / m2) ** 2;
  return q;
}

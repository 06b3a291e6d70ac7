/**
 * A small undirected, weighted graph in compressed adjacency form (CSR): every node's neighbours sit in one
 * slice of two typed arrays. The analysis of a large workspace runs on this rather than on graphology, which
 * needs an object per node and per edge (DESIGN.md, graph work). graphology stays the reference in tests.
 *
 * Nodes are the integers 0..order-1. Each undirected edge {u, v} appears twice, once in u's slice and once
 * in v's. `loops[u]` holds a node's weight to itself, counted as in the adjacency matrix (A_uu): only the
 * coarse graphs of community detection have any.
 */
export interface Graph {
  /** Number of nodes. */
  readonly order: number;
  /** Number of undirected edges between distinct nodes. */
  readonly size: number;
  /** `targets[offsets[u] .. offsets[u+1]]` are u's neighbours; length order + 1. */
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
  /** A_uu per node, or null when there are no self-loops. */
  readonly loops: Float64Array | null;
}

/**
 * Build a graph from an edge list: `count` edges `sources[i] - targets[i]` of weight `weights[i]` (1 when
 * weights are not given). Edges listed more than once are merged and their weights added; self-loops and
 * edges of weight 0 or less are dropped. Runs in time linear in nodes plus edges.
 */
export function buildGraph(
  order: number,
  sources: ArrayLike<number>,
  targets: ArrayLike<number>,
  weights?: ArrayLike<number>,
  count: number = sources.length,
): Graph {
  const degree = new Int32Array(order + 1);
  for (let i = 0; i < count; i++) {
    const u = sources[i]!;
    const v = targets[i]!;
    if (u === v || (weights && !(weights[i]! > 0))) continue;
    checkNode(u, order);
    checkNode(v, order);
    degree[u]!++;
    degree[v]!++;
  }
  const offsets = new Int32Array(order + 1);
  for (let u = 0; u < order; u++) offsets[u + 1] = offsets[u]! + degree[u]!;
  const cursor = offsets.slice(0, order);
  const total = offsets[order]!;
  const adj = new Int32Array(total);
  const w = new Float64Array(total);
  for (let i = 0; i < count; i++) {
    const u = sources[i]!;
    const v = targets[i]!;
    const x = weights ? weights[i]! : 1;
    if (u === v || !(x > 0)) continue;
    adj[cursor[u]!] = v;
    w[cursor[u]!++] = x;
    adj[cursor[v]!] = u;
    w[cursor[v]!++] = x;
  }
  return mergeDuplicates(order, offsets, adj, w);
}

function checkNode(u: number, order: number): void {
  if (!(u >= 0 && u < order && Number.isInteger(u))) throw new RangeError(`node ${u} is not in 0..${order - 1}`);
}

/** Merge repeated neighbours within each slice (weights added), compacting the arrays. */
function mergeDuplicates(order: number, offsets: Int32Array, adj: Int32Array, w: Float64Array): Graph {
  const slot = new Int32Array(order).fill(-1);
  const out = new Int32Array(order + 1);
  let write = 0;
  for (let u = 0; u < order; u++) {
    const start = write;
    for (let e = offsets[u]!; e < offsets[u + 1]!; e++) {
      const v = adj[e]!;
      const at = slot[v]!;
      if (at >= start) {
        w[at]! += w[e]!;
      } else {
        slot[v] = write;
        adj[write] = v;
        w[write] = w[e]!;
        write++;
      }
    }
    out[u + 1] = write;
  }
  const targets = write === adj.length ? adj : adj.slice(0, write);
  const weights = write === w.length ? w : w.slice(0, write);
  return { order, size: write / 2, offsets: out, targets, weights, loops: null };
}

/** Each node's weighted degree: the sum of its edges' weights, plus its self-loop (A_uu). */
export function weightedDegree(g: Graph): Float64Array {
  const k = new Float64Array(g.order);
  for (let u = 0; u < g.order; u++) {
    let sum = g.loops ? g.loops[u]! : 0;
    for (let e = g.offsets[u]!; e < g.offsets[u + 1]!; e++) sum += g.weights[e]!;
    k[u] = sum;
  }
  return k;
}

/** Each node's number of neighbours. */
export function degree(g: Graph): Int32Array {
  const d = new Int32Array(g.order);
  for (let u = 0; u < g.order; u++) d[u] = g.offsets[u + 1]! - g.offsets[u]!;
  return d;
}

/** The graph with only the edges `keep` accepts (called once per undirected edge, with u < v). */
export function filterEdges(g: Graph, keep: (u: number, v: number, weight: number) => boolean): Graph {
  const src: number[] = [];
  const dst: number[] = [];
  const wt: number[] = [];
  forEachEdge(g, (u, v, weight) => {
    if (keep(u, v, weight)) {
      src.push(u);
      dst.push(v);
      wt.push(weight);
    }
  });
  return buildGraph(g.order, src, dst, wt);
}

/** Call `fn` once per undirected edge between distinct nodes, with u < v. */
export function forEachEdge(g: Graph, fn: (u: number, v: number, weight: number) => void): void {
  for (let u = 0; u < g.order; u++) {
    for (let e = g.offsets[u]!; e < g.offsets[u + 1]!; e++) {
      const v = g.targets[e]!;
      if (u < v) fn(u, v, g.weights[e]!);
    }
  }
}

/**
 * The same graph with node u renamed `label[u]` (a permutation), each neighbour slice in increasing order. Two
 * graphs that differ only in how their nodes were numbered become identical, so algorithms that depend on
 * visiting order (community detection) give the same answer for the same people however they were read.
 * Two counting sorts, linear in nodes plus edges.
 */
export function relabel(g: Graph, label: Int32Array): Graph {
  const n = g.order;
  const m = g.targets.length;
  // every adjacency entry (u → v) as (label u → label v), bucketed by label v first...
  const byTarget = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) byTarget[label[g.targets[e]!]! + 1]!++;
  for (let x = 0; x < n; x++) byTarget[x + 1]! += byTarget[x]!;
  const sortedEntry = new Int32Array(m);
  const sourceOf = new Int32Array(m);
  for (let u = 0; u < n; u++) {
    for (let e = g.offsets[u]!; e < g.offsets[u + 1]!; e++) {
      const at = byTarget[label[g.targets[e]!]!]!++;
      sortedEntry[at] = e;
      sourceOf[at] = label[u]!;
    }
  }
  // ...then, stably, by label u: each slice comes out in increasing label v
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < m; k++) offsets[sourceOf[k]! + 1]!++;
  for (let x = 0; x < n; x++) offsets[x + 1]! += offsets[x]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const e = sortedEntry[k]!;
    const at = fill[sourceOf[k]!]!++;
    targets[at] = label[g.targets[e]!]!;
    weights[at] = g.weights[e]!;
  }
  let loops: Float64Array | null = null;
  if (g.loops) {
    loops = new Float64Array(n);
    for (let u = 0; u < n; u++) loops[label[u]!] = g.loops[u]!;
  }
  return { order: n, size: g.size, offsets, targets, weights, loops };
}

import type { Graph } from './graph.js';

/** Connected components: a label per node (-1 for nodes left out), and each component's size. */
export interface Components {
  count: number;
  /** Component of each node, numbered in order of each component's lowest node; -1 when left out. */
  labels: Int32Array;
  sizes: Int32Array;
}

/**
 * The connected components of `g`, by breadth-first search over the adjacency slices. `nodes` (a 0/1 mask)
 * restricts the search to some nodes, the rest labelled -1; `minWeight` keeps only edges at least that heavy.
 */
export function connectedComponents(g: Graph, options: { nodes?: Uint8Array; minWeight?: number } = {}): Components {
  const { nodes, minWeight } = options;
  const labels = new Int32Array(g.order).fill(-1);
  const queue = new Int32Array(g.order);
  const sizes: number[] = [];
  for (let s = 0; s < g.order; s++) {
    if (labels[s] !== -1 || (nodes && !nodes[s])) continue;
    const c = sizes.length;
    labels[s] = c;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    while (head < tail) {
      const u = queue[head++]!;
      for (let e = g.offsets[u]!; e < g.offsets[u + 1]!; e++) {
        const v = g.targets[e]!;
        if (labels[v] !== -1 || (nodes && !nodes[v])) continue;
        if (minWeight !== undefined && g.weights[e]! < minWeight) continue;
        labels[v] = c;
        queue[tail++] = v;
      }
    }
    sizes.push(tail);
  }
  return { count: sizes.length, labels, sizes: Int32Array.from(sizes) };
}

/** Disjoint sets over 0..n-1 (union by size, path halving), for groups built one edge at a time. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly weight: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.weight = new Int32Array(n).fill(1);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }

  union(a: number, b: number): void {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return;
    if (this.weight[ra]! < this.weight[rb]!) [ra, rb] = [rb, ra];
    this.parent[rb] = ra;
    this.weight[ra]! += this.weight[rb]!;
  }

  /** The size of x's set. */
  sizeOf(x: number): number {
    return this.weight[this.find(x)]!;
  }
}

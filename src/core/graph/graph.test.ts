import { describe, expect, it } from 'vitest';
import { buildGraph, degree, filterEdges, forEachEdge, relabel, weightedDegree } from './graph.js';

describe('the compressed graph', () => {
  it('keeps each edge in both neighbours’ slices, merging repeats and dropping self-loops', () => {
    // 0-1 twice (weights 1 and 2 → 3), 1-2 once (0.5), a self-loop on 2 and a zero-weight edge 0-2: dropped
    const g = buildGraph(3, [0, 1, 1, 2, 0], [1, 0, 2, 2, 2], [1, 2, 0.5, 9, 0]);
    expect(g.size).toBe(2);
    expect(Array.from(degree(g))).toEqual([1, 2, 1]);
    // weighted degree: node 0 = 3; node 1 = 3 + 0.5; node 2 = 0.5
    expect(Array.from(weightedDegree(g))).toEqual([3, 3.5, 0.5]);
    const edges: [number, number, number][] = [];
    forEachEdge(g, (u, v, w) => edges.push([u, v, w]));
    expect(edges).toEqual([
      [0, 1, 3],
      [1, 2, 0.5],
    ]);
  });

  it('weighs every edge 1 when no weights are given', () => {
    const g = buildGraph(4, [0, 1, 2], [1, 2, 3]);
    expect(Array.from(weightedDegree(g))).toEqual([1, 2, 2, 1]);
  });

  it('refuses an edge to a node that does not exist', () => {
    expect(() => buildGraph(2, [0], [2])).toThrow(RangeError);
  });

  it('keeps only the edges a filter accepts', () => {
    const g = buildGraph(3, [0, 1], [1, 2], [0.9, 0.2]);
    const strong = filterEdges(g, (_u, _v, w) => w >= 0.5);
    expect(strong.size).toBe(1);
    expect(Array.from(degree(strong))).toEqual([1, 1, 0]);
  });
});

describe('renumbering a graph', () => {
  it('gives the same graph for the same edges however the nodes were numbered', () => {
    // a triangle 0-1-2 with a tail 2-3, numbered two ways
    const g = buildGraph(4, [0, 1, 2, 0], [1, 2, 3, 2], [1, 2, 3, 4]);
    // node u of g is node label[u] of h
    const label = Int32Array.from([3, 1, 0, 2]);
    const h = buildGraph(4, [3, 1, 0, 3], [1, 0, 2, 0], [1, 2, 3, 4]);
    const a = relabel(g, label);
    const b = relabel(h, Int32Array.from([0, 1, 2, 3]));
    expect(Array.from(a.offsets)).toEqual(Array.from(b.offsets));
    expect(Array.from(a.targets)).toEqual(Array.from(b.targets));
    expect(Array.from(a.weights)).toEqual(Array.from(b.weights));
    // slices in increasing order: node 0 (old 2) sees 1 (old 1), 2 (old 3), 3 (old 0)
    expect(Array.from(a.targets.subarray(a.offsets[0], a.offsets[1]))).toEqual([1, 2, 3]);
  });
});

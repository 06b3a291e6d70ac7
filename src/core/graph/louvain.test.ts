import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph.js';
import { louvain, modularity } from './louvain.js';

// two triangles, 0-1-2 and 3-4-5, joined by the edge 2-3
const twoTriangles = buildGraph(6, [0, 1, 0, 3, 4, 3, 2], [1, 2, 2, 4, 5, 5, 3]);

describe('modularity', () => {
  it('matches the formula worked by hand for two triangles', () => {
    // m = 7 edges, 2m = 14. Each triangle: in_c = 6 (3 edges, both directions), tot_c = 2+2+3 = 7.
    // Q = 2 × [6/14 − (7/14)²] = 2 × (0.428571 − 0.25) = 0.357143
    const q = modularity(twoTriangles, Int32Array.from([0, 0, 0, 1, 1, 1]));
    expect(q).toBeCloseTo(0.357143, 6);
    // everyone together: in = 14, tot = 14 → Q = 1 − 1 = 0
    expect(modularity(twoTriangles, new Int32Array(6))).toBeCloseTo(0, 12);
  });

  it('with resolution γ weighs the expected part by γ', () => {
    // γ = 2: Q = 2 × [6/14 − 2 × 0.25] = −0.142857
    expect(modularity(twoTriangles, Int32Array.from([0, 0, 0, 1, 1, 1]), 2)).toBeCloseTo(-0.142857, 6);
  });
});

describe('Louvain', () => {
  it('finds the two triangles', () => {
    const r = louvain(twoTriangles);
    expect(r.count).toBe(2);
    expect(Array.from(r.communities)).toEqual([0, 0, 0, 1, 1, 1]);
    expect(r.modularity).toBeCloseTo(0.357143, 6);
  });

  it('gives the same communities for the same seed, every time', () => {
    const a = louvain(twoTriangles, { seed: 7 });
    const b = louvain(twoTriangles, { seed: 7 });
    expect(Array.from(a.communities)).toEqual(Array.from(b.communities));
  });

  it('leaves isolated nodes and edgeless graphs each alone', () => {
    const g = buildGraph(3, [0], [1]);
    const r = louvain(g);
    expect(r.count).toBe(2);
    expect(r.communities[2]).toBe(1);
    const empty = louvain(buildGraph(2, [], []));
    expect(empty.count).toBe(2);
    expect(empty.modularity).toBe(0);
  });

  it('follows the weights: a heavy edge holds its two ends together', () => {
    // a ring of six where every other edge is heavy: the heavy pairs 1-2, 3-4, 5-0 hold together
    const g = buildGraph(6, [0, 1, 2, 3, 4, 0], [1, 2, 3, 4, 5, 5], [1, 10, 1, 10, 1, 10]);
    const r = louvain(g);
    expect(r.communities[1]).toBe(r.communities[2]);
    expect(r.communities[3]).toBe(r.communities[4]);
    expect(r.communities[0]).toBe(r.communities[5]);
    expect(r.count).toBe(3);
  });
});

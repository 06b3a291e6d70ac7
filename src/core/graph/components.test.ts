import { describe, expect, it } from 'vitest';
import { UnionFind, connectedComponents } from './components.js';
import { buildGraph } from './graph.js';

describe('connected components', () => {
  // 0-1-2 and 3-4, 5 alone
  const g = buildGraph(6, [0, 1, 3], [1, 2, 4], [1, 0.2, 1]);

  it('labels each component by its lowest node and counts its size', () => {
    const c = connectedComponents(g);
    expect(c.count).toBe(3);
    expect(Array.from(c.labels)).toEqual([0, 0, 0, 1, 1, 2]);
    expect(Array.from(c.sizes)).toEqual([3, 2, 1]);
  });

  it('can leave nodes out, and light edges', () => {
    const mask = Uint8Array.from([1, 1, 1, 0, 1, 1]);
    const c = connectedComponents(g, { nodes: mask, minWeight: 0.5 });
    expect(Array.from(c.labels)).toEqual([0, 0, 1, -1, 2, 3]);
    expect(Array.from(c.sizes)).toEqual([2, 1, 1, 1]);
  });
});

describe('disjoint sets', () => {
  it('joins sets and knows their sizes', () => {
    const u = new UnionFind(5);
    u.union(0, 1);
    u.union(3, 4);
    u.union(1, 4);
    expect(u.find(0)).toBe(u.find(3));
    expect(u.sizeOf(4)).toBe(4);
    expect(u.sizeOf(2)).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/graph.js';
import { stoneSand, stoneSandOf } from './stone-sand.js';

describe('stone and sand', () => {
  it('stone are bound by a strong tie to someone else in the set; sand are not', () => {
    // signers a, b, c, d: a-b strong; c's strong tie is to x, who did not sign; d has none
    const strong: [string, string][] = [
      ['a', 'b'],
      ['c', 'x'],
    ];
    expect(stoneSand(['a', 'b', 'c', 'd'], strong)).toEqual({ stone: ['a', 'b'], sand: ['c', 'd'] });
  });

  it('a list of strangers is all sand, however long', () => {
    const list = Array.from({ length: 500 }, (_, i) => `s${i}`);
    expect(stoneSand(list, []).stone).toEqual([]);
    expect(stoneSand(list, []).sand).toHaveLength(500);
  });

  it('works on node indices and a graph of strong ties, counting each member once', () => {
    const g = buildGraph(5, [0, 2], [1, 4]);
    expect(stoneSandOf([0, 1, 2, 3, 1], g)).toEqual({ stone: [0, 1], sand: [2, 3] });
  });
});

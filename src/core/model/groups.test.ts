import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/graph.js';
import { bridgeScores, topScored } from './groups.js';

describe('bridges', () => {
  it('a person who alone joins two groups scores the strength of that tie', () => {
    // groups {0,1,2} and {3,4,5}; the only tie between them is 2-3, strength 0.8.
    // score(2) = maxStrength(2 → group B) × W(2 → B) / W(A ↔ B) = 0.8 × 0.8 / 0.8 = 0.8
    const ties = buildGraph(6, [0, 1, 0, 3, 4, 3, 2], [1, 2, 2, 4, 5, 5, 3], [0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.8]);
    const communities = Int32Array.from([0, 0, 0, 1, 1, 1]);
    const scores = bridgeScores(ties, communities, new Uint8Array(6).fill(1));
    expect(Array.from(scores, (x) => Math.round(x * 1e9) / 1e9)).toEqual([0, 0, 0.8, 0.8, 0, 0]);
  });

  it('one of many links between the same two groups scores a small part', () => {
    // as above, plus 1-4 at 0.2: W(A ↔ B) = 1.0. score(2) = 0.8 × 0.8 / 1 = 0.64; score(1) = 0.2 × 0.2 / 1 = 0.04
    const ties = buildGraph(
      6,
      [0, 1, 0, 3, 4, 3, 2, 1],
      [1, 2, 2, 4, 5, 5, 3, 4],
      [0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.8, 0.2],
    );
    const scores = bridgeScores(ties, Int32Array.from([0, 0, 0, 1, 1, 1]), new Uint8Array(6).fill(1));
    expect(scores[2]).toBeCloseTo(0.64, 12);
    expect(scores[1]).toBeCloseTo(0.04, 12);
  });

  it('lists the highest first, leaving out scores of zero', () => {
    expect(topScored([0, 0.5, 0.9, 0.5], 10, () => true, [0, 1, 2, 3])).toEqual([
      { person: 2, score: 0.9 },
      { person: 1, score: 0.5 },
      { person: 3, score: 0.5 },
    ]);
    expect(topScored([0, 0.5, 0.9, 0.5], 1, () => true, [0, 1, 2, 3])).toHaveLength(1);
    // equal scores in id order
    expect(topScored([0, 0.5, 0, 0.5], 10, () => true, [0, 2, 1, 0]).map((x) => x.person)).toEqual([3, 1]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/graph.js';
import { largestBoundGroup, readiness } from './readiness.js';

describe('readiness', () => {
  // strong ties: 0-1, 1-2 (a group of three), 3-4 (a pair), 5 alone; 6 is strongly tied to 0 but did not raise it
  const strong = buildGraph(7, [0, 1, 3, 0], [1, 2, 4, 6]);

  it('the largest group of sharers bound by strong ties among themselves', () => {
    // sharers 0, 1, 2, 3, 4, 5: groups {0,1,2}, {3,4}, {5}: the largest holds 3
    expect(largestBoundGroup([0, 1, 2, 3, 4, 5], strong)).toBe(3);
    // 6 did not raise it, so the tie 0-6 does not bind anything here; 5 alone is not a group
    expect(largestBoundGroup([5, 0], strong)).toBe(0);
  });

  it('counts only the affected inside the group, and picks the group holding most of them', () => {
    // only 1, 3 and 4 are in the grievance's unit: {0,1,2} holds 1 of them, {3,4} holds 2
    const affected = new Set([1, 3, 4]);
    expect(largestBoundGroup([0, 1, 2, 3, 4], strong, (i) => affected.has(i))).toBe(2);
  });

  it('is the share of the affected inside that group, measured against the line', () => {
    // 13 of 20 affected inside: 0.65, exactly the supermajority line
    expect(readiness(13, 20)).toBe(0.65);
    expect(readiness(3, 0)).toBe(0);
  });
});

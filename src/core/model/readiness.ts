/**
 * Readiness for a grievance (docs/model.md#readiness): of the people the grievance affects, the share inside
 * the largest group of the people who raised it themselves that is bound by strong ties among themselves
 * (at least two people), measured against the supermajority line (65% by default) organizers want before
 * going public.
 */
import { UnionFind } from '../graph/components.js';
import type { Graph } from '../graph/graph.js';

/**
 * The largest group of `members` bound together by strong ties between members, at least two people, counting
 * only those `counts` accepts (every member when not given). Returns how many of them it holds, 0 if none.
 */
export function largestBoundGroup(
  members: readonly number[],
  strong: Graph,
  counts: (i: number) => boolean = () => true,
): number {
  if (members.length < 2) return 0;
  const local = new Map<number, number>();
  for (const i of members) if (!local.has(i)) local.set(i, local.size);
  const sets = new UnionFind(local.size);
  for (const [i, li] of local) {
    for (let e = strong.offsets[i]!; e < strong.offsets[i + 1]!; e++) {
      const lj = local.get(strong.targets[e]!);
      if (lj !== undefined) sets.union(li, lj);
    }
  }
  const tally = new Map<number, number>();
  const size = new Map<number, number>();
  let best = 0;
  for (const [i, li] of local) {
    const root = sets.find(li);
    size.set(root, (size.get(root) ?? 0) + 1);
    if (counts(i)) tally.set(root, (tally.get(root) ?? 0) + 1);
  }
  for (const [root, n] of tally) if (size.get(root)! >= 2 && n > best) best = n;
  return best;
}

/** largest group of sharers (counting the affected among them) / affected; 0 when nobody is affected. */
export function readiness(largestGroup: number, affected: number): number {
  return affected > 0 ? largestGroup / affected : 0;
}

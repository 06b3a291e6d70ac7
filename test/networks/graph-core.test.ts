/**
 * The typed-array graph core against graphology, its reference: on every shared real network (each relation
 * on its own and all of them together, arcs taken as undirected, repeated pairs adding their weights), and
 * on a generated graph of 50,000 people. Components must be exactly graphology's; Louvain's modularity must
 * come within 1% of the best graphology reaches in ten seeded runs (graphology's own result depends on its
 * random visiting order, so one run of it is not a fixed bar).
 */
import { describe, expect, it } from 'vitest';
import { connectedComponents } from '../../src/core/graph/components.js';
import { louvain, modularity } from '../../src/core/graph/louvain.js';
import { seededRandom } from '../../src/core/graph/random.js';
import {
  bothGraphs,
  canonical,
  haveNetworks,
  networkNames,
  readNetwork,
  referenceComponents,
  referenceModularity,
  type BothGraphs,
} from './reference.js';

function coreComponents({ ids, core }: BothGraphs): string[][] {
  const c = connectedComponents(core);
  const groups: string[][] = Array.from({ length: c.count }, () => []);
  ids.forEach((id, i) => groups[c.labels[i]!]!.push(id));
  return canonical(groups);
}

const cases = haveNetworks
  ? networkNames().flatMap((name) => {
      const net = readNetwork(name);
      const types = [...new Set(net.edges.map((e) => e.type))].sort();
      return [...types, 'all relations'].map((type) => ({
        name: `${name}, ${type}`,
        graphs: () =>
          bothGraphs(
            net.nodes.map((n) => n.id),
            type === 'all relations' ? net.edges : net.edges.filter((e) => e.type === type),
          ),
      }));
    })
  : [];

describe.skipIf(!haveNetworks)('the graph core on the shared real networks', () => {
  it('reads every network', () => {
    expect(cases.length).toBeGreaterThan(9);
  });

  describe.each(cases)('$name', ({ graphs }) => {
    const g = graphs();

    it('finds exactly the connected components graphology finds', () => {
      expect(coreComponents(g)).toEqual(referenceComponents(g.reference));
    });

    it("reaches graphology's modularity within 1%", () => {
      const ours = louvain(g.core);
      const theirs = referenceModularity(g.reference, 10);
      // our own figure, recomputed independently of Louvain's bookkeeping
      expect(modularity(g.core, ours.communities)).toBeCloseTo(ours.modularity, 12);
      expect(ours.modularity).toBeGreaterThanOrEqual(theirs - 0.01 * Math.abs(theirs));
    });
  });
});

/**
 * 50,000 people in 500 teams of 100: each person has about 5 ties inside their team and 1 outside, weights
 * between 0.1 and 1; the last 2,000 people form 400 separate little groups of five, and 100 are alone.
 */
function generated(): BothGraphs {
  const random = seededRandom(2024);
  const n = 50_000;
  const ids = Array.from({ length: n }, (_, i) => `p${i}`);
  const edges: { source: string; target: string; weight: number }[] = [];
  const main = n - 2_100;
  for (let i = 0; i < main; i++) {
    const team = Math.floor(i / 100);
    for (let k = 0; k < 3; k++) {
      const j = Math.min(main - 1, team * 100 + Math.floor(random() * 100));
      edges.push({ source: ids[i]!, target: ids[j]!, weight: 0.1 + 0.9 * random() });
    }
    if (random() < 0.5) {
      edges.push({ source: ids[i]!, target: ids[Math.floor(random() * main)]!, weight: 0.1 + 0.9 * random() });
    }
  }
  for (let g = 0; g < 400; g++) {
    const first = main + g * 5;
    for (let k = 1; k < 5; k++) edges.push({ source: ids[first]!, target: ids[first + k]!, weight: 1 });
  }
  return bothGraphs(ids, edges);
}

describe('the graph core on a generated graph of 50,000 people', () => {
  const g = generated();

  it('finds exactly the connected components graphology finds', () => {
    const ours = coreComponents(g);
    expect(ours).toEqual(referenceComponents(g.reference));
    // one large component, 400 groups of five, 100 people alone
    expect(ours.length).toBe(501);
  });

  it("reaches graphology's modularity within 1%", () => {
    const ours = louvain(g.core);
    const theirs = referenceModularity(g.reference, 2);
    expect(ours.modularity).toBeGreaterThanOrEqual(theirs - 0.01 * Math.abs(theirs));
  });
});

/**
 * The organizing model on two real workplaces from published studies (../shared/data/networks/README.md),
 * built into Sunspace records from the published relations, as a committee would have recorded them.
 */
import { describe, expect, it } from 'vitest';
import { analyzeRecords } from '../../src/core/model/analysis.js';
import { person } from '../../src/core/model/model-test-records.js';
import type { Interaction, TieObservation } from '../../src/core/records.js';
import { haveNetworks, readNetwork, type Network } from './reference.js';

describe.skipIf(!haveNetworks)("Zachary's karate club", () => {
  /**
   * Records: each member a worker of one unit. Zachary counted, for each pair, in how many of the club's
   * settings they met (the "association_strength_contexts" weights, 1 to 7); each setting becomes one social
   * interaction between the two, all on the analysis date.
   */
  const net: Network = haveNetworks ? readNetwork('karate') : { name: '', nodes: [], edges: [] };
  const asOf = '1972-06-30';
  const interactions: Interaction[] = net.edges
    .filter((e) => e.type === 'association_strength_contexts')
    .flatMap((e) =>
      Array.from({ length: e.weight }, (_, k) => ({
        id: `${e.source}-${e.target}-${k}`,
        occurredOn: asOf,
        participants: [e.source, e.target],
        kind: 'social' as const,
        sides: [],
        initiatedBy: null,
        space: null,
        raised: [],
        notes: null,
      })),
    );
  const report = analyzeRecords(
    { people: net.nodes.map((n) => person(n.id, { unit: 'Club' })), interactions },
    { asOf },
  );
  const side = new Map(net.nodes.map((n) => [n.id, n.attributes.club_after_split_networkx!]));

  it('puts each natural group on one side of the split, but for one or two members at the boundary', () => {
    expect(report.groups.length).toBeGreaterThanOrEqual(2);
    let across = 0;
    const sidesOfGroups = report.groups.map((g) => {
      const count = new Map<string, number>();
      for (const m of g.members) count.set(side.get(m)!, (count.get(side.get(m)!) ?? 0) + 1);
      const [majority, n] = [...count].sort((a, b) => b[1] - a[1])[0]!;
      across += g.members.length - n;
      return majority;
    });
    // Both sides have groups of their own.
    expect(new Set(sidesOfGroups)).toEqual(new Set(['Mr. Hi', 'Officer']));
    // The usual boundary case is member 9, whom the networkx attribute puts with Mr. Hi although his ties
    // were mostly with the officer's side (Zachary himself discusses him); at most two such members.
    expect(across).toBeLessThanOrEqual(2);
    // The instructor and the president are never in the same group.
    const groupOf = (id: string) => report.groups.findIndex((g) => g.members.includes(id) || g.edge.includes(id));
    expect(groupOf('1')).not.toBe(groupOf('34'));
  });
});

describe.skipIf(!haveNetworks)('the Hawthorne bank wiring room', () => {
  /**
   * Records: the fourteen men, workers of one room. Each published relation between two of them becomes one
   * tie observation on the analysis date, seen by the researchers:
   *   games (played together at lunch)  → social, closeness 1 (acquaintance)
   *   friendship                        → social and emotional, closeness 3 (close)
   *   helping (an arc: who helped whom) → mutual aid, closeness 2, directed
   *   job trading (an arc)              → mutual aid, closeness 1, directed
   *   antagonism, window arguments      → tension
   * Nothing else: the cliques and who stood outside them are what the test looks for, not what it feeds in.
   */
  const net: Network = haveNetworks ? readNetwork('bank_wiring') : { name: '', nodes: [], edges: [] };
  const asOf = '1932-05-31';
  const label = new Map(net.nodes.map((n) => [n.id, n.label]));
  const AS: Record<string, Pick<TieObservation, 'sides' | 'closeness'>> = {
    games: { sides: ['social'], closeness: 1 },
    friendship: { sides: ['social', 'emotional'], closeness: 3 },
    helping: { sides: ['mutual_aid'], closeness: 2 },
    job_trading: { sides: ['mutual_aid'], closeness: 1 },
    antagonism: { sides: ['tension'], closeness: null },
    window_controversy: { sides: ['tension'], closeness: null },
  };
  const ties: TieObservation[] = net.edges.map((e) => ({
    a: label.get(e.source)!,
    b: label.get(e.target)!,
    ...AS[e.type]!,
    directed: e.directed,
    observedOn: asOf,
    observedBy: null,
  }));
  const report = analyzeRecords({ people: net.nodes.map((n) => person(n.label, { unit: 'Room' })), ties }, { asOf });
  const clique = (c: string) => net.nodes.filter((n) => n.attributes.clique_RD_fig45 === c).map((n) => n.label);

  it('every relation in the study maps to a record', () => {
    expect(ties).toHaveLength(net.edges.length);
  });

  it('the two cliques come out as natural groups while the antagonists stay outside them', () => {
    const [a, b, outsiders] = [clique('A'), clique('B'), clique('O')];
    expect(a).toEqual(['I1', 'W1', 'W3', 'W4', 'S1']);
    expect(b).toEqual(['W7', 'W8', 'W9', 'S4']);
    expect(outsiders).toEqual(['I3', 'W5', 'S2']);
    const groupA = report.groups.find((g) => g.members.includes('W1'))!;
    const groupB = report.groups.find((g) => g.members.includes('W7'))!;
    expect(groupA).not.toBe(groupB);
    expect(groupA.members).toEqual(expect.arrayContaining(a));
    expect(groupB.members).toEqual(expect.arrayContaining(b));
    // No antagonist is bound into any group (W5 and S2 may sit at a group's edge: ties in, none strong).
    for (const g of report.groups) for (const o of outsiders) expect(g.members).not.toContain(o);
  });
});

/**
 * The shared real networks (../shared/data/networks/, read there, never copied) and graphology, the reference
 * the typed-array graph core is measured against.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import { connectedComponents as graphologyComponents } from 'graphology-components';
import { buildGraph, type Graph } from '../../src/core/graph/graph.js';
import { seededRandom } from '../../src/core/graph/random.js';

/**
 * Where the shared networks are: SUNSPACE_NETWORKS, else `../shared/data/networks` beside the checkout, else
 * the workplace's fixed /work/shared (a clean clone elsewhere, as CI makes, still finds them there).
 */
const CANDIDATES = [
  process.env.SUNSPACE_NETWORKS,
  path.resolve(import.meta.dirname, '../../../shared/data/networks'),
  '/work/shared/data/networks',
].filter((dir): dir is string => Boolean(dir));

export const NETWORKS_DIR = CANDIDATES.find((dir) => fs.existsSync(path.join(dir, 'README.md'))) ?? CANDIDATES[0]!;
export const haveNetworks = fs.existsSync(NETWORKS_DIR);
if (!haveNetworks) {
  console.warn(`[networks] skipping the tests on real networks: none found at ${CANDIDATES.join(' or ')}`);
}

type Louvain = (typeof louvainImport)['default'];
// graphology-communities-louvain is CommonJS: its default export is module.exports itself at run time
const graphologyLouvain = ((louvainImport as unknown as { default?: Louvain }).default ??
  louvainImport) as unknown as Louvain;

export interface NetworkNode {
  id: string;
  label: string;
  /** Every other column of nodes.csv. */
  attributes: Record<string, string>;
}

export interface NetworkEdge {
  source: string;
  target: string;
  type: string;
  weight: number;
  time: string;
  directed: boolean;
}

export interface Network {
  name: string;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

/** A CSV line split on commas, honouring double quotes (the files are RFC 4180). */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cell);
      cell = '';
    } else cell += c;
  }
  out.push(cell);
  return out;
}

function readCsv(file: string): Record<string, string>[] {
  const [header, ...rows] = fs.readFileSync(file, 'utf8').split(/\r?\n/).filter(Boolean);
  const names = splitCsv(header!);
  return rows.map((row) => {
    const cells = splitCsv(row);
    return Object.fromEntries(names.map((n, i) => [n, cells[i] ?? '']));
  });
}

export function networkNames(): string[] {
  return fs
    .readdirSync(NETWORKS_DIR)
    .filter((n) => fs.statSync(path.join(NETWORKS_DIR, n)).isDirectory())
    .sort();
}

export function readNetwork(name: string): Network {
  const dir = path.join(NETWORKS_DIR, name);
  const nodes = readCsv(path.join(dir, 'nodes.csv')).map(({ id, label, ...attributes }) => ({
    id: id!,
    label: label!,
    attributes,
  }));
  const edges = readCsv(path.join(dir, 'edges.csv')).map((e) => ({
    source: e.source!,
    target: e.target!,
    type: e.type!,
    weight: e.weight === '' ? 1 : Number(e.weight),
    time: e.time ?? '',
    directed: e.directed === 'true',
  }));
  return { name, nodes, edges };
}

/** The network as an undirected weighted graph: arcs lose their direction, repeated pairs add their weights. */
export interface BothGraphs {
  ids: string[];
  core: Graph;
  reference: UndirectedGraph;
}

export function bothGraphs(
  ids: string[],
  edges: readonly { source: string; target: string; weight: number }[],
): BothGraphs {
  const index = new Map(ids.map((id, i) => [id, i]));
  const reference = new UndirectedGraph();
  for (const id of ids) reference.addNode(id);
  const src: number[] = [];
  const dst: number[] = [];
  const wt: number[] = [];
  for (const e of edges) {
    if (e.source === e.target || !(e.weight > 0)) continue;
    src.push(index.get(e.source)!);
    dst.push(index.get(e.target)!);
    wt.push(e.weight);
    if (reference.hasEdge(e.source, e.target)) {
      reference.updateEdgeAttribute(e.source, e.target, 'weight', (w: number | undefined) => (w ?? 0) + e.weight);
    } else reference.addEdge(e.source, e.target, { weight: e.weight });
  }
  return { ids, core: buildGraph(ids.length, src, dst, wt), reference };
}

/** Components as sorted lists of ids, sorted: two partitions are equal exactly when these are. */
export function canonical(groups: string[][]): string[][] {
  return groups.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

export function referenceComponents(g: UndirectedGraph): string[][] {
  return canonical(graphologyComponents(g));
}

/** The best modularity graphology's Louvain reaches over `runs` seeded runs (its result depends on its RNG). */
export function referenceModularity(g: UndirectedGraph, runs: number): number {
  let best = -Infinity;
  for (let k = 1; k <= runs; k++) {
    const { modularity } = graphologyLouvain.detailed(g, { getEdgeWeight: 'weight', rng: seededRandom(k) });
    if (modularity > best) best = modularity;
  }
  return best;
}

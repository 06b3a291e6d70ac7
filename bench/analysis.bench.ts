/**
 * The analysis benchmarks (issue 3, item 10; docs/benchmarks.md): the full analysis from the database
 * (analyzeWorkspace: streaming the records out of encrypted SQLite into the model, then every figure), its
 * time by phase and its peak memory, against graphology's own Louvain and connected components on the same
 * graph in the same process; and how long one new interaction takes to show in that person's figures.
 *
 *   npm run bench:analysis                      10,000 people / 100,000 ties / 1,000,000 interactions
 *   npm run bench:analysis -- --large           and 100,000 / 1,000,000 / 10,000,000 (first build: minutes)
 *   npm run bench:analysis -- --only-large      the large one alone
 *   BENCH_NO_GRAPHOLOGY=1 npm run bench:analysis   without the graphology comparison
 *
 * Each workplace is generated once (the demo generator, seed 1) and kept in an encrypted SQLite file in
 * os.tmpdir()/sunspace-bench, keyed by its parameters. Building and measuring each run in a child process
 * of their own, so that each peak memory figure is that size's analysis alone.
 */
import fs from 'node:fs';
import { UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import { connectedComponents as graphologyComponents } from 'graphology-components';
import { connectedComponents } from '../src/core/graph/components.js';
import { relabel } from '../src/core/graph/graph.js';
import { louvain } from '../src/core/graph/louvain.js';
import { seededRandom } from '../src/core/graph/random.js';
import { analyze } from '../src/core/model/analysis.js';
import { buildBase } from '../src/core/model/base.js';
import { careSignals } from '../src/core/model/care-signals.js';
import { idRanks, naturalGroups } from '../src/core/model/groups.js';
import { buildUnitTree, unitFigures } from '../src/core/model/unit-figures.js';
import type { Interaction, RecordKind } from '../src/core/records.js';
import { streamDemo, type DemoOptions } from '../src/demo/demo.js';
import { accumulateWorkspace, personFiguresFromStore } from '../src/store/analysis.store.js';
import { inTransaction } from '../src/store/database.js';
import { writeRecords } from '../src/store/records.store.js';
import type { Store } from '../src/store/store.js';
import { createWorkspace, findWorkspace } from '../src/store/workspaces.store.js';
import {
  BENCH_END_DATE,
  benchPath,
  benchRole,
  cacheName,
  flag,
  freshSqlite,
  gib,
  HeapSampler,
  machineLine,
  ms,
  openBenchSqlite,
  peakRss,
  percentile,
  removeSqlite,
  runChild,
  secs,
  Stopwatch,
  table,
  thousands,
} from './bench-support.js';

type Louvain = (typeof louvainImport)['default'];
// graphology-communities-louvain is CommonJS: its default export is module.exports itself at run time
const graphologyLouvain = ((louvainImport as unknown as { default?: Louvain }).default ??
  louvainImport) as unknown as Louvain;

const SIZES = {
  small: { people: 10_000, tiesPerPerson: 10, interactionsPerPerson: 100 },
  large: { people: 100_000, tiesPerPerson: 10, interactionsPerPerson: 100 },
} as const;
type Size = keyof typeof SIZES;

const WORKSPACE = 'Bench';
const AS_OF = BENCH_END_DATE;
const LATENCY_PEOPLE = 50;

function demoOf(size: Size): DemoOptions {
  return { endDate: BENCH_END_DATE, seed: 1, ...SIZES[size] };
}

function dbFile(size: Size): string {
  const d = SIZES[size];
  return benchPath(
    `${cacheName('workplace', {
      people: d.people,
      ties: d.tiesPerPerson,
      interactions: d.interactionsPerPerson,
      seed: 1,
      end: BENCH_END_DATE,
    })}.db`,
  );
}

/** The size a child process works on. */
function childSize(): Size {
  const size = process.env.BENCH_SIZE;
  if (size !== 'small' && size !== 'large') throw new Error(`BENCH_SIZE=${size}: small or large`);
  return size;
}

/** Generate the workplace into a fresh database, in one transaction, as `sunspace demo` does. */
async function build(size: Size): Promise<void> {
  const file = dbFile(size);
  const clock = new Stopwatch();
  const store = await freshSqlite(file);
  let records = 0;
  try {
    await inTransaction(store, async (tx) => {
      const ws = await createWorkspace(tx, WORKSPACE, new Date(0));
      for (const chunk of streamDemo(demoOf(size), { chunkSize: 20_000 })) {
        await writeRecords(tx, ws.id, { [chunk.kind]: chunk.records });
        records += chunk.records.length;
      }
    });
  } finally {
    await store.close();
  }
  fs.writeFileSync(`${file}.ready`, `${records}\n`);
  console.log(`  built ${thousands(records)} records into ${file} in ${secs(clock.seconds())}`);
}

async function workspaceId(store: Store): Promise<number> {
  const ws = await findWorkspace(store, WORKSPACE);
  if (!ws) throw new Error(`no workspace ${WORKSPACE} in ${store.location}`);
  return ws.id;
}

/** Seconds each kind took to stream in, from the accumulator's progress reports. */
class KindTimes {
  readonly times = new Map<RecordKind, number>();
  readonly counts = new Map<RecordKind, number>();
  private last = 0;
  private current: RecordKind | null = null;

  constructor(private readonly clock: Stopwatch) {}

  progress(kind: RecordKind, read: number): void {
    const now = this.clock.seconds();
    this.times.set(kind, (this.times.get(kind) ?? 0) + now - this.last);
    this.counts.set(kind, read);
    this.last = now;
    this.current = kind;
  }

  line(): string {
    return [...this.times]
      .map(([kind, s]) => `${kind} ${secs(s)} (${thousands(this.counts.get(kind) ?? 0)})`)
      .join(', ');
  }

  get kind(): RecordKind | null {
    return this.current;
  }
}

async function measure(size: Size): Promise<void> {
  const d = SIZES[size];
  console.log(
    `\n${thousands(d.people)} people, ${d.tiesPerPerson} tie observations and ${d.interactionsPerPerson} ` +
      `interactions per person (${dbFile(size)}):`,
  );
  const store = await openBenchSqlite(dbFile(size));
  let people: [string, string][];
  try {
    const ws = await workspaceId(store);

    // The full analysis from the database, as `sunspace analyze` runs it.
    const heap = new HeapSampler();
    const clock = new Stopwatch();
    const kinds = new KindTimes(clock);
    const acc = await accumulateWorkspace(store, ws, { asOf: AS_OF, onProgress: (k, n) => kinds.progress(k, n) });
    const readSeconds = clock.seconds();
    heap.sample();
    const report = analyze(acc);
    const total = clock.seconds();
    const cpu = clock.cpuSeconds();
    const peakHeap = heap.stop();
    const peak = peakRss();

    // The same analysis again, a part at a time, for where its time goes (not part of the total above).
    const part = new Stopwatch();
    const base = buildBase(acc);
    const baseSeconds = part.seconds();
    const unitsStart = part.seconds();
    unitFigures(acc, base, buildUnitTree(acc, base));
    const unitsSeconds = part.seconds() - unitsStart;
    const groupsStart = part.seconds();
    const rank = idRanks(acc.ids);
    naturalGroups(base, acc.settings, rank);
    const groupsSeconds = part.seconds() - groupsStart;
    const careStart = part.seconds();
    careSignals({ acc, strength: base.strength, counted: base.counted }, 'en');
    const careSeconds = part.seconds() - careStart;

    console.log(
      table([
        ['full analysis', `${secs(total)} (CPU ${secs(cpu)}) ${aim(size, total, peak)}`],
        ['  read from the database', `${secs(readSeconds)}: ${kinds.line()}`],
        ['  figures (analyze)', secs(total - readSeconds)],
        [
          '    of which',
          `strengths and graphs ${secs(baseSeconds)}, units ${secs(unitsSeconds)}, ` +
            `natural groups ${secs(groupsSeconds)}, care signals ${secs(careSeconds)}`,
        ],
        [
          'workspace',
          `${thousands(report.people)} counted people, ${thousands(acc.pairs.size)} pairs, ` +
            `${thousands(report.ties.total)} ties (${thousands(report.ties.strong)} strong), ` +
            `${report.groups.length} natural groups, ${thousands(report.careSignals.length)} care signals`,
        ],
        ['peak RSS', gib(peak)],
        ['peak heap (sampled)', gib(peakHeap)],
      ]),
    );

    if (!flag('no-graphology')) compareWithGraphology(acc.ids, base, rank);
    people = latencyPeople(acc.ids, base.counted);
  } finally {
    await store.close();
  }
  await latency(size, people);
}

function aim(size: Size, seconds: number, peak: number): string {
  if (size === 'small') return `(aim: under 2 s)`;
  return `(aim: under 30 s and 4 GiB; ${seconds < 30 && peak < 4 * 2 ** 30 ? 'met' : 'not met'})`;
}

/** graphology's Louvain and connected components on the same graphs, in the same process. */
function compareWithGraphology(ids: readonly string[], base: ReturnType<typeof buildBase>, rank: Int32Array): void {
  const n = ids.length;
  const byRank = new Array<number>(n);
  for (let i = 0; i < n; i++) byRank[rank[i]!] = i;

  let clock = new Stopwatch();
  const ordered = relabel(base.ties, rank);
  const ours = louvain(ordered, { seed: 1 });
  const oursLouvain = clock.seconds();
  clock = new Stopwatch();
  const oursOnce = louvain(ordered, { seed: 1, restarts: 1 });
  const oursOnceSeconds = clock.seconds();
  clock = new Stopwatch();
  const oursComponents = connectedComponents(base.strong, { nodes: base.counted });
  const oursComponentsSeconds = clock.seconds();

  // every person, in id order as the core numbers them; ties weighted by strength
  clock = new Stopwatch();
  const ties = new UndirectedGraph();
  for (const i of byRank) ties.addNode(ids[i]!);
  for (let u = 0; u < n; u++) {
    for (let e = base.ties.offsets[u]!; e < base.ties.offsets[u + 1]!; e++) {
      const v = base.ties.targets[e]!;
      if (u < v) ties.addEdge(ids[u]!, ids[v]!, { weight: base.ties.weights[e]! });
    }
  }
  const strong = new UndirectedGraph();
  for (const i of byRank) if (base.counted[i]) strong.addNode(ids[i]!);
  for (let u = 0; u < n; u++) {
    for (let e = base.strong.offsets[u]!; e < base.strong.offsets[u + 1]!; e++) {
      const v = base.strong.targets[e]!;
      if (u < v) strong.addEdge(ids[u]!, ids[v]!);
    }
  }
  const buildSeconds = clock.seconds();
  clock = new Stopwatch();
  const theirs = graphologyLouvain.detailed(ties, { getEdgeWeight: 'weight', rng: seededRandom(1) });
  const theirLouvain = clock.seconds();
  clock = new Stopwatch();
  const theirComponents = graphologyComponents(strong);
  const theirComponentsSeconds = clock.seconds();

  const sameComponents =
    theirComponents.length === oursComponents.count &&
    theirComponents
      .map((c) => c.length)
      .sort((a, b) => a - b)
      .join() === [...oursComponents.sizes].sort((a, b) => a - b).join();
  console.log(
    table([
      ['graphology, same graphs', `building them ${secs(buildSeconds)} (the core reads its graphs from the model)`],
      [
        '  Louvain, one run',
        `graphology ${secs(theirLouvain)} (modularity ${theirs.modularity.toFixed(4)}); core ` +
          `${secs(oursOnceSeconds)} (modularity ${oursOnce.modularity.toFixed(4)}): ` +
          `${(theirLouvain / oursOnceSeconds).toFixed(1)}× faster`,
      ],
      [
        '  Louvain, as the model runs it',
        `core ${secs(oursLouvain)}: the best of several runs and refinements (modularity ${ours.modularity.toFixed(4)})`,
      ],
      [
        '  connected components',
        `graphology ${ms(theirComponentsSeconds * 1000)}; core ${ms(oursComponentsSeconds * 1000)}: ` +
          `${(theirComponentsSeconds / oursComponentsSeconds).toFixed(1)}× faster; ` +
          `${sameComponents ? 'the same components' : 'DIFFERENT components'} (${thousands(oursComponents.count)})`,
      ],
    ]),
  );
}

/** LATENCY_PEOPLE counted people spread over the workplace (in id order), each with a coworker. */
function latencyPeople(ids: readonly string[], counted: Uint8Array): [string, string][] {
  const people: string[] = [];
  for (let i = 0; i < ids.length; i++) if (counted[i]) people.push(ids[i]!);
  people.sort();
  const step = Math.max(1, Math.floor(people.length / LATENCY_PEOPLE));
  const out: [string, string][] = [];
  for (let k = 0; k < LATENCY_PEOPLE && k * step < people.length; k++) {
    out.push([people[k * step]!, people[(k * step + 1) % people.length]!]);
  }
  return out;
}

/**
 * One new interaction, written as the web app writes it (its own transaction), then that person's figures
 * from the store. Runs on a copy of the cached database (closed first, so that the copy is whole), so that
 * the cache stays as generated.
 */
async function latency(size: Size, people: readonly [string, string][]): Promise<void> {
  const copy = benchPath(`latency-${size}.db`);
  removeSqlite(copy);
  fs.copyFileSync(dbFile(size), copy);
  const store = await openBenchSqlite(copy);
  const write: number[] = [];
  const figures: number[] = [];
  const both: number[] = [];
  let interactions = 0;
  let reflected = 0;
  try {
    const ws = await workspaceId(store);
    for (const [k, [person, other]] of people.entries()) {
      const interaction: Interaction = {
        id: `bench-latency-${k}`,
        occurredOn: AS_OF,
        participants: [person, other],
        kind: 'one_on_one',
        sides: ['social'],
        initiatedBy: person,
        space: null,
        raised: [],
        notes: null,
      };
      const clock = new Stopwatch();
      await inTransaction(store, (tx) => writeRecords(tx, ws, { interactions: [interaction] }));
      const written = clock.seconds();
      const result = await personFiguresFromStore(store, ws, person, { asOf: AS_OF });
      const done = clock.seconds();
      write.push(written * 1000);
      figures.push((done - written) * 1000);
      both.push(done * 1000);
      interactions += result.ties.length;
      if (result.ties.some((t) => t.other === other && t.lastContact === AS_OF)) reflected++;
    }
  } finally {
    await store.close();
    removeSqlite(copy);
  }
  const line = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}`;
  };
  console.log(
    table([
      [
        'one new interaction',
        `${both.length} people (${reflected} with it in their figures; ${Math.round(interactions / both.length)} ties ` +
          `each on average): aim well under 50 ms`,
      ],
      ['  write + figures', line(both)],
      ['  write (own transaction)', line(write)],
      ['  personFiguresFromStore', line(figures)],
    ]),
  );
}

async function main(): Promise<void> {
  const role = benchRole();
  if (role === 'build') return build(childSize());
  if (role === 'measure') return measure(childSize());

  console.log(`Analysis benchmark: ${machineLine()}`);
  const sizes: Size[] = flag('only-large') ? ['large'] : flag('large') ? ['small', 'large'] : ['small'];
  for (const size of sizes) {
    if (!fs.existsSync(`${dbFile(size)}.ready`)) {
      console.log(`\nthe ${size} workplace is not cached yet: building it in a child process...`);
      await runChild('build', { BENCH_SIZE: size });
    }
    await runChild('measure', { BENCH_SIZE: size });
  }
}

await main();

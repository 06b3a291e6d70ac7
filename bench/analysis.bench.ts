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
 *   npm run bench:analysis -- --pg              and the small one on PostgreSQL too (BENCH_PG_URL)
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
import type { ModelSettings } from '../src/core/model/settings.js';
import { modelSettingsOfWorkspace } from '../src/core/model/settings.js';
import { buildBase } from '../src/core/model/base.js';
import { careSignals } from '../src/core/model/care-signals.js';
import { idRanks, naturalGroups } from '../src/core/model/groups.js';
import { buildUnitTree, unitFigures } from '../src/core/model/unit-figures.js';
import type { RecordKind } from '../src/core/records.js';
import { streamDemo, type DemoOptions } from '../src/demo/demo.js';
import { accumulateWorkspace, analyzeWorkspace, personFiguresFromStore } from '../src/store/analysis.store.js';
import { inTransaction } from '../src/store/database.js';
import { logInteraction } from '../src/store/interactions.store.js';
import { getPerson, visibleNames } from '../src/store/people.store.js';
import { refreshPlannerStatistics } from '../src/store/planner-statistics.js';
import { loadPowerRecords } from '../src/store/power-analysis.store.js';
import { readAheadCounts } from '../src/store/sqlite/read-ahead.js';
import { writeRecords } from '../src/store/records.store.js';
import type { Store } from '../src/store/store.js';
import { createUser } from '../src/store/users.store.js';
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
  withBenchPostgres,
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
  let records: number;
  try {
    records = await fill(store, size);
  } finally {
    await store.close();
  }
  fs.writeFileSync(`${file}.ready`, `${records}\n`);
  console.log(`  built ${thousands(records)} records into ${file} in ${secs(clock.seconds())}`);
}

/** Write the workplace of `size` into `store`, in one transaction; the number of records written. */
async function fill(store: Store, size: Size): Promise<number> {
  let records = 0;
  await inTransaction(store, async (tx) => {
    const ws = await createWorkspace(tx, WORKSPACE, new Date(0));
    for (const chunk of streamDemo(demoOf(size), { chunkSize: 20_000 })) {
      await writeRecords(tx, ws.id, { [chunk.kind]: chunk.records });
      records += chunk.records.length;
    }
  });
  return records;
}

/**
 * The same full analysis on PostgreSQL (`--pg`): the small workplace written into a schema of its own (dropped
 * after), then analyzeWorkspace as the server runs it, twice (the second with PostgreSQL's cache warm).
 */
async function measurePostgres(size: Size): Promise<void> {
  await withBenchPostgres(async (store) => {
    console.log(`\nPostgreSQL (${store.location}), the same ${size} workplace:`);
    const built = new Stopwatch();
    const records = await fill(store, size);
    // as an import and the demo do after writing (planner-statistics.ts)
    await refreshPlannerStatistics(store);
    console.log(table([['written', `${thousands(records)} records in ${secs(built.seconds())}`]]));
    const { id: ws, settings } = await workspaceOf(store);
    for (const run of ['first run', 'second run']) {
      const clock = new Stopwatch();
      const kinds = new KindTimes(clock);
      const report = await analyzeWorkspace(store, ws, {
        asOf: AS_OF,
        settings,
        onProgress: (k, n) => kinds.progress(k, n),
      });
      const total = clock.seconds();
      console.log(
        table([
          [`full analysis, ${run}`, `${secs(total)} (CPU ${secs(clock.cpuSeconds())})`],
          ['  read from the database', kinds.line()],
          ['  workspace', `${thousands(report.people)} counted people, ${thousands(report.ties.total)} ties`],
        ]),
      );
    }
    console.log(table([['peak RSS', gib(peakRss())]]));
  });
}

/** The benchmark's workspace: its id, and the model settings `sunspace analyze` and the server give it. */
async function workspaceOf(store: Store): Promise<{ id: number; settings: ModelSettings }> {
  const ws = await findWorkspace(store, WORKSPACE);
  if (!ws) throw new Error(`no workspace ${WORKSPACE} in ${store.location}`);
  return { id: ws.id, settings: modelSettingsOfWorkspace(ws.settings) };
}

/** Seconds each kind took to stream in, from the accumulator's progress reports. */
class KindTimes {
  readonly times = new Map<RecordKind, number>();
  readonly counts = new Map<RecordKind, number>();
  private last: number;
  private current: RecordKind | null = null;

  constructor(private readonly clock: Stopwatch) {
    this.last = clock.seconds();
  }

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
  let settings: ModelSettings;
  try {
    const workspace = await workspaceOf(store);
    const ws = workspace.id;
    settings = workspace.settings;

    // The full analysis from the database, as `sunspace analyze` and the server run it (analyzeWorkspace):
    // the power map's records, then the model's records streamed into its accumulator (the power map takes
    // its interactions on the way), then every figure. Done here a step at a time, with the same calls, to
    // time the steps and keep the accumulator for what follows.
    const heap = new HeapSampler();
    const clock = new Stopwatch();
    const power = await loadPowerRecords(store, ws, { asOf: AS_OF, settings });
    const powerSeconds = clock.seconds();
    const kinds = new KindTimes(clock);
    const acc = await accumulateWorkspace(store, ws, {
      asOf: AS_OF,
      settings,
      power,
      onProgress: (k, n) => kinds.progress(k, n),
    });
    const readSeconds = clock.seconds();
    const { started, failed, pagesParsed, pagesAsText } = readAheadCounts;
    const readAhead =
      started - failed > 0
        ? `read ahead by a worker, which read ${pagesParsed} of ${pagesParsed + pagesAsText} pages into numbers itself`
        : 'read here';
    heap.sample();
    const report = analyze(acc, { power });
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
        [
          '  read from the database',
          `${secs(readSeconds)}: power map's records ${secs(powerSeconds)}, ${kinds.line()} (${readAhead})`,
        ],
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

    if (!flag('no-graphology')) compareWithGraphology(acc.ids, base, rank, settings);
    people = latencyPeople(acc.ids, base.counted);
  } finally {
    await store.close();
  }
  await latency(size, people, settings);
}

function aim(size: Size, seconds: number, peak: number): string {
  if (size === 'small') return `(aim: under 2 s)`;
  return `(aim: under 30 s and 4 GiB; ${seconds < 30 && peak < 4 * 2 ** 30 ? 'met' : 'not met'})`;
}

/** graphology's Louvain and connected components on the same graphs, in the same process. */
function compareWithGraphology(
  ids: readonly string[],
  base: ReturnType<typeof buildBase>,
  rank: Int32Array,
  settings: ModelSettings,
): void {
  const n = ids.length;
  const byRank = new Array<number>(n);
  for (let i = 0; i < n; i++) byRank[rank[i]!] = i;

  let clock = new Stopwatch();
  const ordered = relabel(base.ties, rank);
  // as naturalGroups runs it (src/core/model/groups.ts)
  const ours = louvain(ordered, { seed: settings.louvainSeed, resolution: settings.louvainResolution });
  const oursLouvain = clock.seconds();
  clock = new Stopwatch();
  const oursOnce = louvain(ordered, {
    seed: settings.louvainSeed,
    resolution: settings.louvainResolution,
    restarts: 1,
  });
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
  const theirs = graphologyLouvain.detailed(ties, {
    getEdgeWeight: 'weight',
    resolution: settings.louvainResolution,
    rng: seededRandom(settings.louvainSeed),
  });
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
          `${secs(oursOnceSeconds)} (modularity ${oursOnce.modularity.toFixed(4)}): ${ratio(theirLouvain, oursOnceSeconds)}`,
      ],
      [
        '  Louvain, as the model runs it',
        `core ${secs(oursLouvain)}, the best of its runs (modularity ${ours.modularity.toFixed(4)}): ` +
          `${ratio(theirLouvain, oursLouvain)} than graphology's one run`,
      ],
      [
        '  connected components',
        `graphology ${ms(theirComponentsSeconds * 1000)}; core ${ms(oursComponentsSeconds * 1000)}: ` +
          `${ratio(theirComponentsSeconds, oursComponentsSeconds)}; ` +
          `${sameComponents ? 'the same components' : 'DIFFERENT components'} (${thousands(oursComponents.count)})`,
      ],
    ]),
  );
}

/** How the core's time compares with graphology's on the same work. */
function ratio(theirs: number, ours: number): string {
  return theirs >= ours ? `${(theirs / ours).toFixed(1)}× faster` : `${(ours / theirs).toFixed(1)}× slower`;
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
 * One new interaction, and that person's figures with it, through the store functions the server's routes
 * call: logInteraction (POST /conversations: its own transaction) to write it, then what GET
 * /people/{id}/figures reads for a viewer who sees the whole workspace (getPerson, personFiguresFromStore,
 * the names of the people in the figures). HTTP and JSON are left out; the database work is all there.
 *
 * For each person, on a connection opened fresh (nothing of the workspace in SQLite's page cache): their
 * figures once, as the person's page shows them before anything is logged (cold: each of their interactions
 * is a page to read and decrypt), then a new interaction with a coworker, then their figures again (the web
 * app's refresh after logging, with the pages the first reading and the write touched in the cache).
 *
 * Runs on a copy of the cached database (closed first, so that the copy is whole), so that the cache stays as
 * generated.
 */
async function latency(size: Size, people: readonly [string, string][], settings: ModelSettings): Promise<void> {
  const copy = benchPath(`latency-${size}.db`);
  removeSqlite(copy);
  fs.copyFileSync(dbFile(size), copy);
  const store = await openBenchSqlite(copy);
  const first: number[] = [];
  const write: number[] = [];
  const after: number[] = [];
  const both: number[] = [];
  let ties = 0;
  let reflected = 0;
  try {
    const { id: ws } = await workspaceOf(store);
    const user = await createUser(store, { username: 'bench', passwordHash: 'none', role: 'admin' }, new Date(0));
    const viewer = { userId: user.id, role: 'admin', units: 'all' } as const;
    // what the person-figures route reads (src/server/routes/person-figures.routes.ts), as an admin
    const figures = async (person: string) => {
      if (!(await getPerson(store, ws, viewer, person))) throw new Error(`no person ${person}`);
      const found = await personFiguresFromStore(store, ws, person, { asOf: AS_OF, settings });
      const named = [
        found.person,
        ...found.ties.map((t) => t.other),
        ...found.careSignals.flatMap((s) => [s.person, s.by ?? s.person]),
      ];
      await visibleNames(store, ws, viewer, named);
      return found;
    };
    const random = seededRandom(7);
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
    for (const [person, other] of people) {
      let clock = new Stopwatch();
      const before = await figures(person);
      first.push(clock.seconds() * 1000);

      clock = new Stopwatch();
      const logged = await logInteraction(
        store,
        ws,
        {
          interaction: {
            occurredOn: AS_OF,
            participants: [person, other],
            kind: 'one_on_one',
            sides: ['social'],
            initiatedBy: person,
            space: null,
            notes: null,
          },
          raised: [],
          newGrievances: [],
          asks: [],
          loggedBy: user.id,
        },
        bytes,
      );
      const written = clock.seconds();
      const found = await figures(person);
      const done = clock.seconds();
      write.push(written * 1000);
      after.push((done - written) * 1000);
      both.push(done * 1000);
      ties += found.ties.length;
      // reflected: the tie to the coworker has the new interaction's day as its last contact, and is stronger
      // than before or was already the strongest a tie can be
      const was = before.ties.find((t) => t.other === other);
      const now = found.ties.find((t) => t.other === other);
      const day = logged.interaction.occurredOn;
      if (now?.lastContact === day && (now.strength > (was?.strength ?? 0) || now.strength === 1)) reflected++;
    }
  } finally {
    await store.close();
    removeSqlite(copy);
  }
  const line = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return `median ${ms(percentile(sorted, 0.5))}, p95 ${ms(percentile(sorted, 0.95))}, max ${ms(sorted[sorted.length - 1]!)}`;
  };
  console.log(
    table([
      [
        'one new interaction',
        `${both.length} people (${reflected} with it in their figures; ${Math.round(ties / both.length)} ties ` +
          `each on average): aim well under 50 ms`,
      ],
      ['  write + figures', line(both)],
      ['    write (logInteraction)', line(write)],
      ["    figures (the route's reads)", line(after)],
      ['  figures before, cold cache', line(first)],
    ]),
  );
}

async function main(): Promise<void> {
  const role = benchRole();
  if (role === 'build') return build(childSize());
  if (role === 'measure') return measure(childSize());
  if (role === 'measure-pg') return measurePostgres(childSize());

  console.log(`Analysis benchmark: ${machineLine()}`);
  const sizes: Size[] = flag('only-large') ? ['large'] : flag('large') ? ['small', 'large'] : ['small'];
  for (const size of sizes) {
    if (!fs.existsSync(`${dbFile(size)}.ready`)) {
      console.log(`\nthe ${size} workplace is not cached yet: building it in a child process...`);
      await runChild('build', { BENCH_SIZE: size });
    }
    await runChild('measure', { BENCH_SIZE: size });
  }
  if (flag('pg')) await runChild('measure-pg', { BENCH_SIZE: 'small' });
}

await main();

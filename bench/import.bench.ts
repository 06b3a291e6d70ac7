/**
 * The import benchmark (issue 2, item 8; docs/benchmarks.md): a generated bundle of 10,000 people and about
 * 1,000,000 interactions imported with importBundle into a fresh encrypted SQLite file, against the engine's
 * own limit: the same rows inserted with plain better-sqlite3 prepared statements, in one transaction, into a
 * fresh encrypted file with the same schema, in the same process.
 *
 *   npm run bench:import
 *   BENCH_PEOPLE=2000 npm run bench:import          (a smaller bundle)
 *   npm run bench:import -- --pg                    (also the same import on PostgreSQL, BENCH_PG_URL)
 *
 * The bundle is cached in os.tmpdir()/sunspace-bench by its parameters and built, when missing, in a child
 * process (so that building it does not count in the import's peak memory).
 */
import fs from 'node:fs';
import { importBundle, type ImportResult } from '../src/bundle/import-bundle.js';
import { createBundleWriter } from '../src/bundle/export-bundle.js';
import { ReferenceCheck } from '../src/bundle/check-references.js';
import { readBundle } from '../src/bundle/read-bundle.js';
import { streamDemo, type DemoOptions } from '../src/demo/demo.js';
import type { WorkspaceRecords } from '../src/core/records.js';
import { unitAncestry, parentUnit, unitName } from '../src/core/units.js';
import { actionToRow } from '../src/store/actions.table.js';
import { askToRow } from '../src/store/asks.table.js';
import { plainFields } from '../src/store/field-seal.js';
import { grievanceToRow } from '../src/store/grievances.table.js';
import { interactionToRow, participantIds, participantRows, raisingRows } from '../src/store/interactions.table.js';
import { personToRow } from '../src/store/people.table.js';
import { spaceToRow } from '../src/store/spaces.table.js';
import type { Store } from '../src/store/store.js';
import { tieToRow } from '../src/store/ties.table.js';
import {
  BENCH_END_DATE,
  benchPath,
  benchRole,
  cacheName,
  flag,
  freshSqlite,
  gib,
  HeapSampler,
  intFromEnv,
  machineLine,
  peakRss,
  withBenchPostgres,
  removeSqlite,
  runChild,
  secs,
  Stopwatch,
  table,
  thousands,
} from './bench-support.js';

const demo: DemoOptions = {
  endDate: BENCH_END_DATE,
  seed: intFromEnv('BENCH_SEED', 1),
  people: intFromEnv('BENCH_PEOPLE', 10_000),
  tiesPerPerson: intFromEnv('BENCH_TIES_PER_PERSON', 10),
  interactionsPerPerson: intFromEnv('BENCH_INTERACTIONS_PER_PERSON', 100),
};
const bundleDir = benchPath(
  cacheName('bundle', {
    people: demo.people!,
    ties: demo.tiesPerPerson!,
    interactions: demo.interactionsPerPerson!,
    seed: demo.seed!,
    end: demo.endDate,
  }),
);
const WORKSPACE = 'Bench';

/** Write the demo as a bundle (in the child process). */
async function generateBundle(): Promise<void> {
  const clock = new Stopwatch();
  const writer = await createBundleWriter(bundleDir, { workspace: WORKSPACE, now: () => new Date(0) });
  for (const chunk of streamDemo(demo)) await writer.write(chunk.kind, chunk.records);
  const manifest = await writer.close();
  const total = Object.values(manifest.counts ?? {}).reduce((a, b) => a + b, 0);
  console.log(`  generated ${thousands(total)} records into ${bundleDir} in ${secs(clock.seconds())}`);
}

interface PhaseTimes {
  /** Reading the files and checking every cell and row. */
  read: number;
  /** Checking what rows name (ids in the bundle or the workspace). */
  check: number;
  /** Writing, the commit included. */
  write: number;
  commit: number;
  total: number;
  cpu: number;
  peakHeap: number;
  /** The process's peak RSS at the end of the import. */
  peakRss: number;
}

/**
 * importBundle, timed by phase. An import reads, checks and writes a batch at a time, so its phases
 * interleave; a reading of the bundle first, with its references checked as the import checks them and no
 * writing, times reading and checking apart, and the import's writing is the rest of its time. (The time
 * after its last progress report is the commit.)
 */
async function timedImport(store: Store): Promise<{ result: ImportResult; times: PhaseTimes }> {
  // the import first, so that the process's peak memory is the import's own (the reading below comes after)
  const heap = new HeapSampler();
  const clock = new Stopwatch();
  let last = 0;
  const result = await importBundle(store, {
    dir: bundleDir,
    workspace: WORKSPACE,
    onProgress: () => (last = clock.seconds()),
  });
  const total = clock.seconds();
  const cpu = clock.cpuSeconds();
  const peakHeap = heap.stop();
  const peak = peakRss();
  if (!result.ok) throw new Error(`the bundle did not import: ${result.errorCount} problems`);

  const refs = new ReferenceCheck();
  let check = 0;
  const reading = new Stopwatch();
  await readBundle(bundleDir, {
    batchSize: 50_000,
    onRecords: (batch, soFar) => {
      const clock = new Stopwatch();
      refs.records(batch.kind, batch.records, batch.lines, soFar.files);
      check += clock.seconds();
      return Promise.resolve();
    },
  });
  const read = reading.seconds() - check;
  return {
    result,
    times: { read, check, write: total - read - check, commit: total - last, total, cpu, peakHeap, peakRss: peak },
  };
}

/** Rows in every table of a store that has any, by table (the migrations' own bookkeeping left out). */
function tableCounts(store: Store): Map<string, number> {
  const raw = store.sqlite!;
  const names = raw
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  const counts = new Map<string, number>();
  for (const name of names) {
    if (name.includes('migration')) continue;
    const n = raw.prepare(`SELECT count(*) FROM "${name}"`).pluck().get() as number;
    if (n > 0) counts.set(name, n);
  }
  return counts;
}

type Row = unknown[];
interface TableRows {
  table: string;
  columns: string[];
  rows: Row[];
}

/** Every row the import writes, as plain arrays by table, in the order the import writes them. */
function rowsOf(records: Partial<WorkspaceRecords>, ws: number): TableRows[] {
  const out = new Map<string, TableRows>();
  const add = (name: string, row: Record<string, unknown>) => {
    let t = out.get(name);
    if (!t) out.set(name, (t = { table: name, columns: Object.keys(row), rows: [] }));
    t.rows.push(t.columns.map((c) => row[c]));
  };
  const units = new Set<string>();
  for (const r of [...(records.people ?? []), ...(records.grievances ?? []), ...(records.spaces ?? [])]) {
    if (r.unit) for (const u of unitAncestry(r.unit)) units.add(u);
  }
  for (const path of units)
    add('units', { workspace_id: ws, path, parent_path: parentUnit(path), name: unitName(path) });
  for (const p of records.people ?? []) add('people', { ...personToRow(plainFields, ws, p) });
  for (const s of records.spaces ?? []) add('spaces', { ...spaceToRow(plainFields, ws, s) });
  for (const g of records.grievances ?? []) add('grievances', { ...grievanceToRow(plainFields, ws, g) });
  for (const i of records.interactions ?? []) {
    add('interactions', { ...interactionToRow(plainFields, ws, i), participant_ids: participantIds(i) });
    for (const p of participantRows(ws, i)) add('interaction_participants', { ...p });
    for (const g of raisingRows(ws, i)) add('grievance_raisings', { ...g });
  }
  for (const t of records.ties ?? []) add('tie_observations', { ...tieToRow(ws, t) });
  for (const a of records.asks ?? []) add('asks', { ...askToRow(plainFields, ws, a) });
  for (const a of records.actions ?? []) {
    add('actions', { ...actionToRow(plainFields, ws, a) });
    a.participants.forEach((person_id, ord) =>
      add('action_participants', { workspace_id: ws, action_id: a.id, person_id, ord }),
    );
    a.grievances.forEach((grievance_id, ord) =>
      add('action_grievances', { workspace_id: ws, action_id: a.id, grievance_id, ord }),
    );
  }
  for (const c of records.committees ?? []) {
    add('committees', { workspace_id: ws, id: c.id, name: c.name });
    c.members.forEach((person_id, ord) =>
      add('committee_members', { workspace_id: ws, committee_id: c.id, person_id, ord }),
    );
  }
  return [...out.values()];
}

/**
 * The engine's own limit: the same rows, prepared in memory beforehand, inserted with one plain prepared
 * INSERT per table in one transaction, into a fresh encrypted file with the same schema (same indexes and
 * foreign keys, same pragmas). Only the inserts and the commit are timed.
 */
async function rawInsert(file: string): Promise<{ rows: number; seconds: number; byTable: [string, number][] }> {
  const read = await readBundle(bundleDir);
  const store = await freshSqlite(file);
  try {
    const raw = store.sqlite!;
    raw.prepare("INSERT INTO workspaces (name, settings, created_at) VALUES ('Bench', '{}', '1970-01-01')").run();
    const ws = 1;
    const tables = rowsOf(read.records, ws);
    const clock = new Stopwatch();
    raw.exec('BEGIN');
    for (const t of tables) {
      const stmt = raw.prepare(
        `INSERT INTO ${t.table} (${t.columns.join(', ')}) VALUES (${t.columns.map(() => '?').join(', ')})`,
      );
      for (const row of t.rows) stmt.run(row);
    }
    raw.exec('COMMIT');
    const seconds = clock.seconds();
    return {
      rows: tables.reduce((sum, t) => sum + t.rows.length, 0),
      seconds,
      byTable: tables.map((t) => [t.table, t.rows.length]),
    };
  } finally {
    await store.close();
    removeSqlite(file);
  }
}

function phases(times: PhaseTimes): string {
  return (
    `read (every cell checked) ${secs(times.read)}, check references ${secs(times.check)}, ` +
    `write ${secs(times.write)} (the commit ${secs(times.commit)})`
  );
}

async function postgresImport(): Promise<void> {
  await withBenchPostgres(async (store) => {
    const { result, times } = await timedImport(store);
    const records = Object.values(result.counts).reduce((a, b) => a + b, 0);
    console.log(`\nPostgreSQL (${store.location}):`);
    console.log(
      table([
        ['records', `${thousands(records)} in ${secs(times.total)}: ${thousands(records / times.total)} records/s`],
        ['phases', phases(times)],
      ]),
    );
  });
}

async function main(): Promise<void> {
  if (benchRole() === 'generate') return generateBundle();

  console.log(`Import benchmark: ${machineLine()}`);
  console.log(
    `bundle: the demo with ${thousands(demo.people!)} people, ${demo.tiesPerPerson} tie observations and ` +
      `${demo.interactionsPerPerson} interactions per person, seed ${demo.seed}`,
  );
  if (!fs.existsSync(`${bundleDir}/manifest.json`)) {
    console.log(`  not cached yet: generating it in a child process...`);
    await runChild('generate');
  }
  const dbFile = benchPath('import.db');
  const store = await freshSqlite(dbFile);
  let imported: Awaited<ReturnType<typeof timedImport>>;
  let written: Map<string, number>;
  try {
    imported = await timedImport(store);
    written = tableCounts(store);
  } finally {
    await store.close();
    removeSqlite(dbFile);
  }
  const { result, times } = imported;
  const records = Object.values(result.counts).reduce((a, b) => a + b, 0);

  const raw = await rawInsert(benchPath('raw.db'));
  // Every row the import wrote, links and units included, is one row of the plain insert: checked table by
  // table (the workspace's own row, which both have, aside).
  written.delete('workspaces');
  const plain = new Map(raw.byTable);
  const differ = [...new Set([...written.keys(), ...plain.keys()])].filter((t) => written.get(t) !== plain.get(t));
  if (differ.length > 0) {
    throw new Error(
      `the plain insert is not the import's rows: ${differ.map((t) => `${t} ${written.get(t) ?? 0} imported, ${plain.get(t) ?? 0} plain`).join('; ')}`,
    );
  }
  const rows = raw.rows;
  const importRate = rows / times.total;
  const rawRate = raw.rows / raw.seconds;

  console.log(`\nimportBundle into a fresh encrypted SQLite file:`);
  console.log(
    table([
      [
        'records',
        `${thousands(records)} (${Object.entries(result.counts)
          .map(([k, n]) => `${k} ${thousands(n)}`)
          .join(', ')})`,
      ],
      [
        'rows',
        `${thousands(rows)}, the same in the database after import and in the plain insert ` +
          `(${raw.byTable.map(([t, n]) => `${t} ${thousands(n)}`).join(', ')})`,
      ],
      ['time', `${secs(times.total)} (CPU ${secs(times.cpu)})`],
      ['phases', phases(times)],
      ['records/s', thousands(records / times.total)],
      ['rows/s', thousands(importRate)],
      ['peak RSS', gib(times.peakRss)],
      ['peak heap (sampled)', gib(times.peakHeap)],
    ]),
  );
  console.log(`\nplain better-sqlite3 inserts of the same rows, one transaction, same schema (the limit):`);
  console.log(
    table([
      ['time', secs(raw.seconds)],
      ['rows/s', thousands(rawRate)],
      ['ratio import / plain', `${(importRate / rawRate).toFixed(2)} (aim: at least 0.33)`],
    ]),
  );
  if (flag('pg')) await postgresImport();
}

await main();

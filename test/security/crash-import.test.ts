/**
 * A crash (SIGKILL) at random points during a large import, many times: `sunspace import` runs as a child
 * process on a generated bundle and is killed after a random delay; then the database is opened and checked.
 * Figures: committed rows lost (0), partial imports visible (0), `PRAGMA integrity_check` failures (0).
 * SQLite only: the file the process writes is what a crash can damage.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyRecords, type RecordKind, type WorkspaceRecords } from '../../src/core/records.js';
import { seededRandom } from '../../src/core/graph/random.js';
import { countRecords } from '../../src/store/records.store.js';
import { openStore, resolveStoreConfig } from '../../src/store/store-config.js';
import { listWorkspaces } from '../../src/store/workspaces.store.js';
import { bundleOf, removeTempDirs } from '../support/bundle-dirs.js';
import { place, type Place } from '../support/cli.js';
import { ENGINES } from '../support/engines.js';

const BIN = path.resolve(import.meta.dirname, '..', '..', 'bin', 'sunspace.js');
const KILLS = 10;

afterAll(removeTempDirs);

/** A workplace big enough that writing it takes a while: people, their conversations and ties. */
function largeWorkplace(people: number): WorkspaceRecords {
  const rand = seededRandom(5);
  const r = emptyRecords();
  const units = ['Site/A', 'Site/B', 'Site/C/Nights', 'Site/C/Days'];
  for (let i = 0; i < people; i++) {
    r.people.push({
      id: `p${i}`,
      name: `Worker ${i}`,
      circle: 'sun',
      unit: units[i % units.length]!,
      role: null,
      startedOn: null,
      leftOn: null,
      language: null,
      stance: 'unknown',
      contact: null,
    });
  }
  const someone = () => `p${Math.floor(rand() * people)}`;
  for (let i = 0; i < people * 2; i++) {
    const a = someone();
    let b = someone();
    if (b === a) b = a === 'p0' ? 'p1' : 'p0';
    r.interactions.push({
      id: `i${i}`,
      occurredOn: `2024-0${1 + (i % 9)}-1${i % 10}`,
      participants: [a, b],
      kind: 'chat',
      sides: [],
      initiatedBy: null,
      space: null,
      raised: [],
      notes: `notes of conversation ${i}`,
    });
    if (i % 2 === 0) {
      r.ties.push({
        a,
        b,
        sides: ['social'],
        closeness: 2,
        directed: false,
        observedOn: '2024-05-01',
        observedBy: null,
      });
    }
  }
  return r;
}

function importChild(env: Record<string, string | undefined>, dir: string, workspace: string) {
  const started = Date.now();
  const child = spawn(process.execPath, [BIN, 'import', dir, '--workspace', workspace], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - started })),
  );
  return { child, exited, stderr: () => stderr };
}

const sqlite = ENGINES.find((e) => e.engine === 'sqlite');

describe.skipIf(!sqlite)('a crash during a large import', () => {
  let where: Place | undefined;
  afterAll(async () => where?.cleanup());

  it(
    'loses no committed row, shows no partial import, and leaves an intact database, kill after kill',
    { timeout: 300_000 },
    async () => {
      where = await place('sqlite');
      const env = where.env;
      const records = largeWorkplace(12_000);
      const bundle = await bundleOf(records);
      const full = Object.fromEntries(Object.entries(records).map(([k, v]) => [k, (v as unknown[]).length])) as Record<
        RecordKind,
        number
      >;

      // One import that finishes: its rows are committed, and must survive every crash after it.
      const clean = importChild(env, bundle, 'Committed');
      const done = await clean.exited;
      expect(done.code, clean.stderr()).toBe(0);

      const rand = seededRandom(Number(process.env.SUNSPACE_CRASH_SEED ?? Date.now() % 100_000));
      const committed = new Map<string, Record<RecordKind, number>>([['Committed', full]]);
      let lost = 0;
      let partial = 0;
      let integrityFailures = 0;
      let interrupted = 0;
      const delays: number[] = [];
      // The delay is a fraction of how long a whole import takes; an import that finishes before its kill
      // shortens that estimate (the machine may be quicker now than on the first, cold run), and the loop goes
      // on until KILLS imports were really killed mid-way, or gives up after three times as many tries.
      let span = done.ms;
      for (let k = 0; interrupted < KILLS && k < KILLS * 3; k++) {
        const name = `Crash ${k}`;
        const run = importChild(env, bundle, name);
        // Anywhere from start-up, through reading and checking the bundle, to the last rows of the write.
        const delay = Math.round(span * (0.2 + 0.75 * rand()));
        delays.push(delay);
        const timer = setTimeout(() => run.child.kill('SIGKILL'), delay);
        const exit = await run.exited;
        clearTimeout(timer);
        if (exit.signal === 'SIGKILL') interrupted++;
        else span = Math.min(span, exit.ms) * 0.9;

        const config = resolveStoreConfig(env, os.tmpdir());
        const { store } = await openStore(config, env, { mustExist: true });
        try {
          const check = store.sqlite!.pragma('integrity_check') as { integrity_check: string }[];
          if (check.length !== 1 || check[0]!.integrity_check !== 'ok') integrityFailures++;
          const present = new Map((await listWorkspaces(store)).map((w) => [w.name, w.id]));
          for (const [ws, counts] of committed) {
            const id = present.get(ws);
            const now = id === undefined ? null : await countRecords(store, id);
            for (const kind of Object.keys(counts) as RecordKind[])
              lost += Math.max(0, counts[kind] - (now?.[kind] ?? 0));
          }
          const id = present.get(name);
          if (id !== undefined) {
            const counts = await countRecords(store, id);
            const whole = (Object.keys(full) as RecordKind[]).every((kind) => counts[kind] === full[kind]);
            if (!whole) partial++;
            else committed.set(name, full);
          }
        } finally {
          await store.close();
        }
      }
      console.log(
        `[security] crash test: ${delays.length} imports of ${full.people + full.interactions + full.ties} records, SIGKILL after ${Math.min(...delays)}-${Math.max(...delays)} ms ` +
          `(${interrupted} killed before exiting; imports that had committed first: ${committed.size - 1}); ` +
          `committed rows lost: ${lost}; partial imports visible: ${partial}; integrity check failures: ${integrityFailures}`,
      );
      expect(lost).toBe(0);
      expect(partial).toBe(0);
      expect(integrityFailures).toBe(0);
      expect(interrupted).toBe(KILLS);
    },
  );
});

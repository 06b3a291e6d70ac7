/**
 * What the benchmarks share: where cached inputs live (os.tmpdir(), keyed by their parameters), an encrypted
 * SQLite file to write into, a child process to build inputs in (so that building them does not count in
 * the measured process's peak memory), memory figures, and number formatting. Benchmarks print figures; they
 * never pass or fail on a time (docs/benchmarks.md).
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import pg from 'pg';
import { openPostgres } from '../src/store/postgres/open-postgres.js';
import { openSqlite } from '../src/store/sqlite/open-sqlite.js';
import type { SqliteKey } from '../src/store/sqlite/sqlite-key.js';
import type { Store } from '../src/store/store.js';

/** Cached bundles and databases: synthetic data only, reused between runs with the same parameters. */
export const BENCH_DIR = process.env.BENCH_DIR ?? path.join(os.tmpdir(), 'sunspace-bench');

/**
 * The key of every benchmark database. Fixed, so that a cached database opens on the next run; the data in
 * it is synthetic (the demo generator), so the key protects nothing real.
 */
export const BENCH_KEY: SqliteKey = { kind: 'raw', hex: '5e'.repeat(32) };

/** The demo's last day in every benchmark, so that cached inputs do not depend on today's date. */
export const BENCH_END_DATE = '2024-06-30';

export function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name}=${raw}: a whole number, please`);
  return n;
}

export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`) || ['1', 'true', 'yes'].includes(process.env[envName(name)] ?? '');
}

function envName(name: string): string {
  return `BENCH_${name.toUpperCase().replaceAll('-', '_')}`;
}

/** A file or folder name for cached inputs of these parameters. */
export function cacheName(kind: string, params: Record<string, string | number>): string {
  return [kind, ...Object.entries(params).map(([k, v]) => `${k}${v}`)].join('-');
}

export function benchPath(name: string): string {
  fs.mkdirSync(BENCH_DIR, { recursive: true, mode: 0o700 });
  return path.join(BENCH_DIR, name);
}

/** Remove an SQLite file and its -wal and -shm companions. */
export function removeSqlite(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true });
}

/** A fresh, empty encrypted SQLite store at `file` (anything there before is removed). */
export async function freshSqlite(file: string): Promise<Store> {
  removeSqlite(file);
  return openSqlite({ file, key: BENCH_KEY });
}

/** An existing benchmark database. */
/** The PostgreSQL the `--pg` runs use (a schema of their own in it, dropped after). */
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Run `fn` on a fresh PostgreSQL store in a schema of its own (random master key), dropped afterwards. */
export async function withBenchPostgres<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const schema = `sunspace_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  try {
    const store = await openPostgres({ url: PG_URL, schema, poolSize: 2, masterKey: randomBytes(32) });
    try {
      return await fn(store);
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
}

export function openBenchSqlite(file: string): Promise<Store> {
  return openSqlite({ file, key: BENCH_KEY, mustExist: true });
}

/**
 * Run this same benchmark file in a child process with `role` set (BENCH_ROLE), and wait for it: inputs
 * are built there, so that the parent's peak memory is the measured work's alone.
 */
export function runChild(role: string, env: Record<string, string> = {}): Promise<void> {
  const script = process.argv[1]!;
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { env: { ...process.env, ...env, BENCH_ROLE: role }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${role} failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

export function benchRole(): string | undefined {
  return process.env.BENCH_ROLE;
}

/** The process's peak resident memory so far, in bytes (the kernel's own high-water mark). */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/**
 * Samples the JavaScript heap between steps and every few milliseconds while the event loop is free. A
 * long synchronous step cannot be sampled inside, so the heap figure is a lower bound; peak RSS is exact.
 */
export class HeapSampler {
  peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(intervalMs = 20) {
    this.sample();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  sample(): void {
    const used = v8.getHeapStatistics().used_heap_size;
    if (used > this.peak) this.peak = used;
  }

  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return this.peak;
  }
}

/** Wall-clock and CPU time of a step. */
export class Stopwatch {
  private readonly wall = performance.now();
  private readonly cpu = process.cpuUsage();

  /** Seconds since the stopwatch started. */
  seconds(): number {
    return (performance.now() - this.wall) / 1000;
  }

  /** CPU seconds (user + system) of this process since it started. */
  cpuSeconds(): number {
    const used = process.cpuUsage(this.cpu);
    return (used.user + used.system) / 1e6;
  }
}

export function gib(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(2)} GiB`;
}

export function mib(bytes: number): string {
  return `${Math.round(bytes / 2 ** 20)} MiB`;
}

export function thousands(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function secs(s: number): string {
  return s < 10 ? `${s.toFixed(2)} s` : `${s.toFixed(1)} s`;
}

export function ms(x: number): string {
  return x < 10 ? `${x.toFixed(2)} ms` : `${x.toFixed(1)} ms`;
}

/** The value below which `p` of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank]!;
}

/** The machine, and how busy it was, for the figures' context. */
export function machineLine(): string {
  const [one, five] = os.loadavg();
  return (
    `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown'}), ${gib(os.totalmem())} memory, ` +
    `load ${one!.toFixed(1)} / ${five!.toFixed(1)} (1 / 5 min), node ${process.version}`
  );
}

/** A two-column table, aligned. */
export function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `  ${k.padEnd(width)}  ${v}`).join('\n');
}

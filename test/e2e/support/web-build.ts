/**
 * The web app, built once for a test run: `vite build --mode harness` (the app plus the component harness)
 * into dist/web-harness. Test files run in parallel workers, so the first one to arrive builds under a lock
 * and the others wait for it; a stamp of the sources' content lets later runs skip an unchanged build.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const WEB_BUILD_DIR = path.join(ROOT, 'dist', 'web-harness');
const STAMP = path.join(WEB_BUILD_DIR, '.sources-sha256');
const LOCK = path.join(ROOT, 'dist', '.web-harness.lock');
/** A lock older than this belongs to a run that died. */
const STALE_LOCK_MS = 3 * 60_000;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** What the build depends on: the web app, the core it imports, the build config, the lock file and this recipe. */
function sourcesHash(): string {
  const files = [
    ...filesUnder(path.join(ROOT, 'web')),
    ...filesUnder(path.join(ROOT, 'src', 'core')).filter((f) => !f.endsWith('.test.ts')),
    path.join(ROOT, 'vite.config.ts'),
    path.join(ROOT, 'package-lock.json'),
    import.meta.filename,
  ].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(path.relative(ROOT, file));
    hash.update('\0');
    hash.update(fs.readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const upToDate = (hash: string) => fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash;

function tryLock(): boolean {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  try {
    fs.mkdirSync(LOCK);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const age = Date.now() - fs.statSync(LOCK).mtimeMs;
    if (age > STALE_LOCK_MS) fs.rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
}

/** The folder holding the built app and harness, building it first when the sources changed. */
export async function ensureWebBuild(): Promise<string> {
  const hash = sourcesHash();
  const deadline = Date.now() + 2 * STALE_LOCK_MS;
  while (!upToDate(hash)) {
    if (!tryLock()) {
      if (Date.now() > deadline) throw new Error(`waited too long for another test worker's web build (${LOCK})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
      continue;
    }
    try {
      if (upToDate(hash)) break;
      // Vitest runs with NODE_ENV=test, which Vite would keep, building React's development version.
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        await build({ configFile: path.join(ROOT, 'vite.config.ts'), mode: 'harness', logLevel: 'warn' });
      } finally {
        process.env.NODE_ENV = nodeEnv;
      }
      fs.writeFileSync(STAMP, hash);
    } finally {
      fs.rmSync(LOCK, { recursive: true, force: true });
    }
  }
  return WEB_BUILD_DIR;
}

/**
 * The `sunspace` command as it ships: `node bin/sunspace.js`, which loads the TypeScript sources through tsx
 * and Node's own module loader (docs/adr/0001), not through vitest's. The two load CommonJS packages
 * differently: a namespace import of sodium-native saw its constants under vitest and not under Node, so
 * backups and the PostgreSQL engine worked in every other test and failed for everyone who ran them. These
 * run the real command in a child process, on each engine.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { place, type Place } from '../support/cli.js';
import { ENGINES } from '../support/engines.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function shipped(
  env: Record<string, string | undefined>,
  args: string[],
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(ROOT, 'bin', 'sunspace.js'), ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, maxBuffer: 64 * 2 ** 20 },
      (error, out, err) => resolve({ code: error ? Number(error.code ?? 1) : 0, out, err }),
    );
  });
}

describe.each(ENGINES)('the command as shipped, on $engine', ({ engine }) => {
  let here: Place | undefined;
  afterEach(async () => {
    await here?.cleanup();
    here = undefined;
  });

  it('makes the demo, analyzes it, and backs it up into a file that restores', async () => {
    here = await place(engine);
    const env = here.env;
    const demo = await shipped(env, ['demo', '--workspace', 'Demo']);
    expect(demo.err).not.toMatch(/sunspace: /);
    expect(demo.code).toBe(0);

    const analyzed = await shipped(env, ['analyze', '--workspace', 'Demo', '--json']);
    expect(analyzed.code).toBe(0);
    const report = JSON.parse(analyzed.out) as { people: number; ties: { strong: number } };
    expect(report.people).toBeGreaterThan(100);
    expect(report.ties.strong).toBeGreaterThan(0);

    const file = path.join(here.dir, 'demo.ssbk');
    const backup = await shipped(env, ['backup', file]);
    expect(backup.err).not.toMatch(/sunspace: /);
    expect(backup.code).toBe(0);
    expect(backup.out + backup.err).toContain('Wrote an encrypted backup');

    // restored into an empty SQLite database under the same key: the same analysis
    if (engine === 'sqlite') {
      const restoredEnv = { ...env, SUNSPACE_DB: path.join(here.dir, 'data', 'restored.db') };
      const restored = await shipped(restoredEnv, ['restore', file]);
      expect(restored.code).toBe(0);
      const again = await shipped(restoredEnv, ['analyze', '--workspace', 'Demo', '--json']);
      expect(again.code).toBe(0);
      expect(JSON.parse(again.out)).toEqual(report);
    }
  }, 120_000);
});

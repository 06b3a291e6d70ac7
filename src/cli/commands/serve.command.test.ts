import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../context.js';
import { run } from '../program.js';

describe('sunspace serve', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('prints its address, answers there, and stops cleanly on SIGTERM', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-serve-'));
    const stdout = new PassThrough();
    let printed = '';
    const url = new Promise<string>((resolve) => {
      stdout.on('data', (d: Buffer) => {
        printed += d.toString();
        const m = /Sunspace is at (http:\/\/\S+)/.exec(printed);
        if (m) resolve(m[1]!);
      });
    });
    const ctx: CliContext = {
      env: { SUNSPACE_DB: path.join(dir, 'serve.db'), SUNSPACE_KEY: 'a long test passphrase', SUNSPACE_WEB_DIR: dir },
      home: dir,
      cwd: dir,
      stdout,
      stderr: new PassThrough(),
      stdin: Readable.from([]),
      lang: 'en',
      now: () => new Date(),
    };
    const done = run(['serve', '--port', '0'], ctx);
    const address = await url;
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const health = await fetch(`${address}/api/health`);
    expect(await health.json()).toEqual({ ok: true });
    expect(health.headers.get('cache-control')).toBe('no-store');
    process.emit('SIGTERM');
    expect(await done).toBe(0);
    expect(printed).toContain('Stopped.');
    await expect(fetch(`${address}/api/health`)).rejects.toThrow();
  });

  it('refuses a port that is not one', async () => {
    const stderr = new PassThrough();
    let said = '';
    stderr.on('data', (d: Buffer) => (said += d.toString()));
    const ctx: CliContext = {
      env: {},
      home: os.tmpdir(),
      cwd: os.tmpdir(),
      stdout: new PassThrough(),
      stderr,
      stdin: Readable.from([]),
      lang: 'en',
      now: () => new Date(),
    };
    expect(await run(['serve', '--port', 'eighty'], ctx)).toBe(1);
    expect(said).toContain('--port must be a number');
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Hono } from 'hono';
import { afterAll, describe, expect, it } from 'vitest';
import type { AppEnv } from './app-env.js';
import { webApp } from './static-files.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-web-'));
fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>the app</title>');
fs.mkdirSync(path.join(dir, 'assets'));
fs.writeFileSync(path.join(dir, 'assets', 'main-abc123.js'), 'console.log(1)');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const app = new Hono<AppEnv>();
app.use('*', ...webApp(dir));
app.get('/api/here', (c) => c.json({ ok: true }));

describe('the built web app on the server', () => {
  it('opens the app at any page address, a dot in a workspace name or a person id included', async () => {
    for (const page of ['/', '/w/Demo/today', "/w/St.%20Mary's", '/w/Demo/people/j.doe', '/sign-in']) {
      const res = await app.request(page);
      expect(res.status, page).toBe(200);
      expect(await res.text(), page).toContain('<title>the app</title>');
      expect(res.headers.get('cache-control'), page).toBe('no-cache');
    }
  });

  it('serves built files to be kept for good, and answers 404 for a file the build does not have', async () => {
    const asset = await app.request('/assets/main-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    for (const missing of ['/assets/main-old999.js', '/favicon.ico', '/robots.txt', '/assets/fonts/x']) {
      expect((await app.request(missing)).status, missing).toBe(404);
    }
  });

  it('never answers an API path with the app', async () => {
    expect(await (await app.request('/api/here')).json()).toEqual({ ok: true });
    const missing = await app.request('/api/no-such-route');
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('the app');
  });
});

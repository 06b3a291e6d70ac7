import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { errorOf, harness, ORIGIN, PASSWORD, type Answer } from './harness.js';

let webDir: string;
beforeAll(() => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Sunspace</title><div id="root"></div>');
  fs.mkdirSync(path.join(webDir, 'assets'));
  fs.writeFileSync(path.join(webDir, 'assets', 'app-1234.js'), 'console.log("hi")');
});
afterAll(() => fs.rmSync(webDir, { recursive: true, force: true }));

function expectBrowserHeaders(res: Answer, where: string) {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp, where).toContain("default-src 'self'");
  expect(csp, where).toContain("script-src 'self'");
  expect(csp, where).toContain("object-src 'none'");
  expect(csp, where).toContain("base-uri 'none'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(res.headers.get('referrer-policy'), where).toBe('no-referrer');
  expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(res.headers.get('x-frame-options'), where).toBe('DENY');
}

describe.each(ENGINES)('browser protections on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('every answer carries the CSP and the other security headers, and API answers are never stored', async () => {
    store = await open();
    const h = harness(store, { options: { staticDir: webDir } });
    const answers: [string, Answer][] = [
      ['health', await h.call('GET', '/api/health')],
      ['401', await h.call('GET', '/api/auth/me')],
      ['404', await h.call('GET', '/api/nothing-here')],
      ['400', await h.call('POST', '/api/auth/login', { body: { username: 'x' } })],
      ['page', await h.call('GET', '/people/p1')],
      ['asset', await h.call('GET', '/assets/app-1234.js')],
    ];
    for (const [where, res] of answers) expectBrowserHeaders(res, where);
    for (const [where, res] of answers.slice(0, 4)) expect(res.headers.get('cache-control'), where).toBe('no-store');
  });

  it('a change sent from another site is refused before it is looked at', async () => {
    store = await open();
    const h = harness(store);
    await h.addUser('ana', 'member');
    const login = { body: { username: 'ana', password: PASSWORD } };
    const crossSite = await h.call('POST', '/api/auth/login', {
      ...login,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect(errorOf(crossSite.body).code).toBe('cross_site_request');
    expect(crossSite.headers.get('set-cookie')).toBeNull();
    const sameSite = await h.call('POST', '/api/auth/login', { ...login, headers: { 'sec-fetch-site': 'same-site' } });
    expect(sameSite.status).toBe(403);
    // An older browser sends only Origin.
    const otherOrigin = await h.call('POST', '/api/setup', {
      body: { username: 'eve', password: 'a long enough secret' },
      headers: { origin: 'https://evil.example', 'sec-fetch-site': undefined },
    });
    expect(otherOrigin.status).toBe(403);
    const ownOrigin = await h.call('POST', '/api/auth/login', {
      ...login,
      headers: { origin: ORIGIN, 'sec-fetch-site': undefined },
    });
    expect(ownOrigin.status).toBe(200);
    const sameOrigin = await h.call('POST', '/api/auth/login', login);
    expect(sameOrigin.status).toBe(200);
    // Neither header: not a browser page, so no victim's cookie can be riding along.
    const tool = await h.call('POST', '/api/auth/login', { ...login, headers: { 'sec-fetch-site': undefined } });
    expect(tool.status).toBe(200);
    // Reading is never refused for where it came from: it changes nothing.
    expect((await h.call('GET', '/api/health', { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(200);
  });

  it('a proxy origin named in the options is accepted as the origin of changes', async () => {
    store = await open();
    const h = harness(store, { options: { allowedOrigins: ['https://organizing.example'] } });
    await h.addUser('ana', 'member');
    const res = await h.call('POST', '/api/auth/login', {
      body: { username: 'ana', password: PASSWORD },
      headers: { origin: 'https://organizing.example', 'sec-fetch-site': undefined },
    });
    expect(res.status).toBe(200);
  });

  it('the web app is served with index.html for its own routes, never for the API or a missing file', async () => {
    store = await open();
    const h = harness(store, { options: { staticDir: webDir } });
    const page = await h.call('GET', '/people/p1');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.body).toContain('<div id="root">');
    const asset = await h.call('GET', '/assets/app-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await h.call('GET', '/assets/missing.js')).status).toBe(404);
    const api = await h.call('GET', '/api/no-such-thing');
    expect(api.status).toBe(404);
    expect(errorOf(api.body).code).toBe('not_found');
    expect((await h.call('GET', '/../../etc/passwd')).body).not.toContain('root:');
  });

  it('without a built web app the server still answers the API', async () => {
    store = await open();
    const h = harness(store, { options: { staticDir: path.join(webDir, 'absent') } });
    expect((await h.call('GET', '/api/health')).body).toEqual({ ok: true });
    expect((await h.call('GET', '/')).status).toBe(404);
  });

  it('a body over the size limit is refused', async () => {
    store = await open();
    const h = harness(store);
    const res = await h.call('POST', '/api/auth/login', {
      body: { username: 'x'.repeat(2 * 1024 * 1024), password: 'y' },
    });
    expect(res.status).toBe(413);
    expect(errorOf(res.body).code).toBe('payload_too_large');
  });

  it('malformed JSON is answered with a message, not a crash', async () => {
    store = await open();
    const h = harness(store);
    const res = await h.call('POST', '/api/auth/login', { body: '{"username": ' });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).code).toBe('malformed_body');
  });
});

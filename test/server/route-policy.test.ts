/**
 * The route registry's promise: every route of the built app states who may call it, its guard runs before
 * anything else of it, and without a session every non-public route answers 401.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isAppMiddleware } from '../../src/server/app.js';
import { describePolicy, policyOfHandler } from '../../src/server/policy.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { z } from 'zod';
import { errorOf, harness, type Harness } from './harness.js';

const openApiDoc = z.object({
  paths: z.record(z.string(), z.record(z.string(), z.object({ 'x-sunspace-policy': z.string().optional() }))),
});

let webDir: string;
beforeAll(() => {
  webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-web-'));
  fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Sunspace</title>');
});
afterAll(() => fs.rmSync(webDir, { recursive: true, force: true }));

interface RouteEntry {
  method: string;
  path: string;
  handlers: unknown[];
}

export function routesOf(h: Harness): RouteEntry[] {
  const byKey = new Map<string, RouteEntry>();
  for (const r of h.app.routes) {
    const key = `${r.method} ${r.path}`;
    const entry = byKey.get(key) ?? { method: r.method, path: r.path, handlers: [] };
    entry.handlers.push(r.handler);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

/** A concrete URL for a route path: every parameter gets a harmless value. */
export function sample(routePath: string): string {
  return routePath
    .replace(/:workspace/g, 'Clinic')
    .replace(/:[a-z]+/gi, 'x')
    .replace(/\*$/, 'some/page');
}

describe.each(ENGINES)('the route registry on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('every route states its policy, and its guard comes before anything else of it', async () => {
    store = await open();
    const h = harness(store, { options: { staticDir: webDir } });
    const routes = routesOf(h);
    const unguarded: string[] = [];
    for (const r of routes) {
      if (r.method === 'ALL') {
        // Only the app's own marked middleware may run for every method and path.
        if (!r.handlers.every(isAppMiddleware)) unguarded.push(`${r.method} ${r.path} (unmarked middleware)`);
        continue;
      }
      if (policyOfHandler(r.handlers[0]) === undefined) unguarded.push(`${r.method} ${r.path}`);
    }
    expect(unguarded).toEqual([]);
    // The registry really holds the API, the OpenAPI document and the web app.
    const keys = routes.map((r) => `${r.method} ${r.path}`);
    expect(keys).toEqual(
      expect.arrayContaining([
        'GET /api/health',
        'POST /api/auth/login',
        'GET /api/openapi.json',
        'GET /api/workspaces/:workspace/people/:id',
        'POST /api/workspaces/:workspace/conversations',
        'GET /*',
      ]),
    );
    expect(routes.filter((r) => r.method !== 'ALL').length).toBeGreaterThan(30);
  });

  it('without a session, every route that is not public answers 401 before looking at its input', async () => {
    store = await open();
    const h = harness(store, { options: { staticDir: webDir } });
    const answered: string[] = [];
    let checked = 0;
    for (const r of routesOf(h)) {
      if (r.method === 'ALL') continue;
      const policy = policyOfHandler(r.handlers[0])!;
      if (policy === 'public') continue;
      const res = await h.call(r.method, sample(r.path), r.method === 'GET' ? {} : { body: {} });
      checked++;
      if (res.status !== 401 || errorOf(res.body).code !== 'not_signed_in') {
        answered.push(`${r.method} ${r.path} (${describePolicy(policy)}) answered ${res.status}`);
      }
    }
    expect(answered).toEqual([]);
    expect(checked).toBeGreaterThan(25);
  });

  it('a member is refused every admin and lead route, and a lead every admin route', async () => {
    store = await open();
    const h = harness(store);
    await h.addUser('mia', 'member');
    await h.addUser('leo', 'lead');
    const cookies = { member: await h.signIn('mia'), lead: await h.signIn('leo') };
    const allowed: string[] = [];
    for (const r of routesOf(h)) {
      const policy = policyOfHandler(r.handlers[0]);
      if (policy !== 'admin' && policy !== 'lead') continue;
      for (const who of policy === 'admin' ? (['member', 'lead'] as const) : (['member'] as const)) {
        const res = await h.call(r.method, sample(r.path), {
          cookie: cookies[who],
          ...(r.method === 'GET' ? {} : { body: {} }),
        });
        if (res.status !== 403) allowed.push(`${who}: ${r.method} ${r.path} answered ${res.status}`);
      }
    }
    expect(allowed).toEqual([]);
  });

  it('the OpenAPI document describes every API route with its policy', async () => {
    store = await open();
    const h = harness(store);
    const doc = openApiDoc.parse((await h.call('GET', '/api/openapi.json')).body);
    const documented = new Map<string, string | undefined>();
    for (const [p, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        documented.set(`${method.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`, op['x-sunspace-policy']);
      }
    }
    const missing: string[] = [];
    for (const r of routesOf(h)) {
      if (r.method === 'ALL' || r.path === '/api/openapi.json' || !r.path.startsWith('/api/')) continue;
      const key = `${r.method} ${r.path}`;
      if (documented.get(key) !== describePolicy(policyOfHandler(r.handlers[0])!)) missing.push(key);
    }
    expect(missing).toEqual([]);
    expect(documented.size).toBeGreaterThan(25);
  });
});

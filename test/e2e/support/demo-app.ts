/**
 * The usual set-up of a browser test file that works inside a workspace: the web app built, the real
 * Sunspace serving it on an encrypted SQLite file, the first admin created and the demo hospital loaded
 * once (through the API: the first-run pages have their own test), and Chromium launched. Pages opened
 * through `open()` are signed in as the account asked for, recorded, and closed afterwards.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { generateDemo } from '../../../src/demo/demo.js';
import { launchBrowser, openPage, type PageOptions, type PageSession } from './browser.js';
import { callApi, startSunspace, type SunspaceServer } from './sunspace.js';
import { ensureWebBuild } from './web-build.js';

export const ADMIN = { username: 'ada', password: 'a long walk to the picket line' } as const;
export const DEMO = 'Demo';
/** The demo workspace's pages start here. */
export const W = `/w/${DEMO}`;

export interface Person {
  id: string;
  name: string;
  circle: string;
  unit: string | null;
  leftOn: string | null;
}

export interface DemoApp {
  server: SunspaceServer;
  browser: Browser;
  sessions: PageSession[];
  /** Open a recorded page, signed in as `as` (the admin unless told), at `path`. */
  open(
    path: string,
    options?: PageOptions & { as?: { username: string; password: string } | null },
  ): Promise<PageSession>;
  /** Call the API as the admin (JSON in, JSON out). */
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** Workers of the demo with a unit, each name once: the people the tests talk about. */
  workers: Person[];
  /**
   * Nothing left the server, no dialog opened (markup in notes never ran), and the console stayed quiet but
   * for the refusals the test asked for: the browser logs every 4xx answer as a failed resource.
   */
  noProblems: (s: PageSession, expectedStatuses?: readonly number[]) => void;
}

export function useDemoApp(): DemoApp {
  let cookie = '';
  const app = { sessions: [] as PageSession[] } as unknown as DemoApp;

  app.api = async <T>(method: string, path: string, body?: unknown) => {
    const res = await callApi<T>(app.server.url, method, path, body, cookie);
    return { status: res.status, body: res.body };
  };

  app.open = async (path, options = {}) => {
    const session = await openPage(app.browser, options);
    app.sessions.push(session);
    const account = options.as === undefined ? ADMIN : options.as;
    if (account) {
      const res = await session.context.request.post(`${app.server.url}/api/auth/login`, {
        data: account,
        headers: { 'sec-fetch-site': 'same-origin' },
      });
      if (!res.ok()) throw new Error(`sign-in of ${account.username} failed: ${res.status()} ${await res.text()}`);
    }
    await session.page.goto(`${app.server.url}${path}`);
    return session;
  };

  app.noProblems = (s, expectedStatuses = []) => {
    s.requests.expectNoEgress(app.server.url);
    expect(s.dialogs).toEqual([]);
    const expected = new RegExp(`status of (${expectedStatuses.join('|') || 'none'})\\b`);
    expect(s.errors.filter((e) => !expected.test(e))).toEqual([]);
  };

  beforeAll(async () => {
    const dir = await ensureWebBuild();
    app.server = await startSunspace({ staticDir: dir, generateDemo });
    const setup = await fetch(`${app.server.url}/api/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify(ADMIN),
    });
    if (setup.status !== 201) throw new Error(`setup failed: ${setup.status} ${await setup.text()}`);
    cookie = setup.headers.get('set-cookie')!.split(';')[0]!;
    const demo = await app.api('POST', '/api/workspaces/demo', { name: DEMO });
    if (demo.status !== 201) throw new Error(`the demo did not load: ${demo.status} ${JSON.stringify(demo.body)}`);
    const people = await app.api<{ people: Person[] }>('GET', `/api/workspaces/${DEMO}/people?limit=500`);
    const seen = new Set<string>();
    app.workers = people.body.people.filter((p) => {
      if (p.circle !== 'sun' || !p.unit || p.leftOn || seen.has(p.name)) return false;
      seen.add(p.name);
      return true;
    });
    app.browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    for (const s of app.sessions) await s.close();
    await app.browser?.close();
    await app.server?.close();
  });

  return app;
}

/** The page has settled on this heading: its data arrived (or failed, which the test then sees). */
export async function at(s: PageSession, heading: string | RegExp): Promise<void> {
  await s.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await s.page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
}

/** Pick someone in a person search: type part of their name, choose them from the list. */
export async function pick(s: PageSession, label: string, person: Person): Promise<void> {
  const box = s.page.getByRole('combobox', { name: label });
  await box.fill(person.name.split(' ')[0]!.slice(0, 5));
  await s.page
    .getByRole('option', { name: new RegExp(`^${escapeRegExp(person.name)}`) })
    .first()
    .click();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The usual set-up of a browser test file, registered as vitest hooks: the web app built, served by the
 * static server with the strict CSP, and Chromium launched; every page opened through `open()` is closed
 * afterwards. Fields are filled in by `beforeAll`, so read them inside tests.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, openPage, type PageOptions, type PageSession } from './browser.js';
import { startStaticServer, type StaticServer } from './static-server.js';
import { ensureWebBuild } from './web-build.js';

export interface StaticApp {
  /** The built app and harness (dist/web-harness). */
  dir: string;
  server: StaticServer;
  browser: Browser;
  /** Every page opened so far, for checks across them (egress, dialogs). */
  sessions: PageSession[];
  /** Open a recorded page at `path` on the static server. */
  open(path: string, options?: PageOptions): Promise<PageSession>;
}

export function useStaticApp(): StaticApp {
  const app = { sessions: [] as PageSession[] } as unknown as StaticApp;
  app.open = async (path, options) => {
    const session = await openPage(app.browser, options);
    app.sessions.push(session);
    await session.page.goto(`${app.server.url}${path}`);
    return session;
  };
  beforeAll(async () => {
    app.dir = await ensureWebBuild();
    app.server = await startStaticServer(app.dir);
    app.browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    for (const s of app.sessions) await s.close();
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

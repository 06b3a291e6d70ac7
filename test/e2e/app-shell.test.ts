/**
 * The app's frame in a real browser: the pages anyone can reach before signing in, at 360 px and on a
 * desktop, client-side navigation, the phone menu, the language (browser first, then the person's choice),
 * the built HTML's CSP-safety; and, against the real server, the first run: the first account, the offer of
 * the demo workspace, and landing in it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/demo.js';
import { describeViolations, runAxe } from './support/axe.js';
import { DESKTOP, openPage, PHONE, type PageSession } from './support/browser.js';
import { saveScreenshot } from './support/screenshots.js';
import { useStaticApp } from './support/static-app.js';
import { STRICT_CSP } from './support/static-server.js';
import { startSunspace, type SunspaceServer } from './support/sunspace.js';

const app = useStaticApp();
/** The servers pages may talk to: the static one and, later, the real one. */
const origins = new Set<string>();

async function session(options: { viewport?: { width: number; height: number }; locale?: string } = {}) {
  const s = await openPage(app.browser, options);
  app.sessions.push(s);
  return s;
}

/** The static server has no API: its 404s for /api are expected; anything else is not. */
function unexpected(s: PageSession): string[] {
  return s.errors.filter((e) => !/status of 404/.test(e));
}

const PAGES: { path: string; heading: string; name: string }[] = [
  { path: '/', heading: 'Sign in', name: 'home-signed-out' },
  { path: '/sign-in', heading: 'Sign in', name: 'sign-in' },
  { path: '/setup', heading: 'Set up Sunspace', name: 'setup' },
  { path: '/settings', heading: 'Settings', name: 'settings' },
  { path: '/workspaces', heading: 'Workspaces', name: 'workspaces-signed-out' },
  { path: '/w/Demo/today', heading: 'Today', name: 'today-signed-out' },
  { path: '/w/Demo/map', heading: 'The relationship map', name: 'map-signed-out' },
  { path: '/no-such-page', heading: 'Page not found', name: 'not-found' },
];

describe('the built app', () => {
  it('has no inline script, style block or style attribute that the strict CSP would refuse', () => {
    for (const file of ['index.html', 'harness/index.html']) {
      const html = fs.readFileSync(path.join(app.dir, file), 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length, file).toBeGreaterThan(0);
      for (const [, attrs, body] of scripts) {
        expect(attrs, file).toMatch(/\bsrc="\/[^"]+"/);
        expect(body!.trim(), file).toBe('');
      }
      expect(html, file).not.toMatch(/<style\b/i);
      expect(html, file).not.toMatch(/\sstyle=/i);
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
      expect(html, file).not.toMatch(/(href|src)="(https?:)?\/\//i);
    }
    const assets = fs.readdirSync(path.join(app.dir, 'assets'));
    expect(assets.some((f) => f.endsWith('.css'))).toBe(true);
    expect(assets.some((f) => f.startsWith('layout.worker'))).toBe(true);
  });

  it('keeps the map (sigma, graphology) out of the first script: it loads when the map is opened', () => {
    const html = fs.readFileSync(path.join(app.dir, 'index.html'), 'utf8');
    const entry = /<script\b[^>]*src="\/(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeDefined();
    const first = fs.readFileSync(path.join(app.dir, entry!), 'utf8');
    expect(first).not.toMatch(/WebGL2RenderingContext|graphology/);
    expect(first).toMatch(/MapPage-[\w-]+\.js/);
    // Nothing from the server's runtime (zod schemas, hono's server) rides along with the typed client.
    expect(first).not.toMatch(/ZodError|OpenAPIHono/);
  });
});

describe('every page reachable before signing in', () => {
  it('has its heading, a main landmark and navigation, fits a phone, and axe finds nothing serious', async () => {
    const report: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const s = await session({ viewport });
      for (const p of PAGES) {
        await s.page.goto(`${app.server.url}${p.path}`);
        await s.page.getByRole('heading', { level: 1, name: p.heading }).waitFor();
        expect(await s.page.getByRole('main').count()).toBe(1);
        expect(await s.page.locator('nav#app-nav').count()).toBe(1);
        const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p.path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
        await saveScreenshot(s.page, `frame-${p.name}-${viewport.width}`);
        const axe = await runAxe(s.page);
        report.push(
          `${p.path} @${viewport.width}px: ${axe.blocking.length} serious/critical, ${axe.violations.length} in all`,
        );
        expect(axe.blocking, `${p.path}: ${describeViolations(axe.blocking)}`).toEqual([]);
      }
      expect(unexpected(s)).toEqual([]);
    }
    console.log(`[axe] frame pages:\n${report.join('\n')}`);
  }, 120_000);

  it('a workspace page asks to sign in, and the sign-in link comes back to it', async () => {
    const s = await session({ viewport: PHONE });
    await s.page.goto(`${app.server.url}/w/Demo/units`);
    await s.page.getByText('Sign in to see this page.').waitFor();
    const href = await s.page.getByRole('main').getByRole('link', { name: 'Sign in' }).getAttribute('href');
    expect(href).toBe(`/sign-in?next=${encodeURIComponent('/w/Demo/units')}`);
  });
});

describe('moving around', () => {
  it('links change the page without reloading it, and focus lands on the new heading', async () => {
    const s = await session({ viewport: DESKTOP });
    await s.page.goto(`${app.server.url}/sign-in`);
    await s.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await s.page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await s.page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await s.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(new URL(s.page.url()).pathname).toBe('/settings');
    expect(await s.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await s.page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await s.page.title()).toBe('Settings · Sunspace');
    expect(
      await s.page.getByRole('navigation').getByRole('link', { name: 'Settings' }).getAttribute('aria-current'),
    ).toBe('page');
    await s.page.goBack();
    await s.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await s.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  it('on a phone, the menu opens with its button and closes after choosing a page', async () => {
    const s = await session({ viewport: PHONE });
    await s.page.goto(`${app.server.url}/sign-in`);
    await s.page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    const menu = s.page.getByRole('button', { name: 'Menu' });
    const link = s.page.getByRole('navigation').getByRole('link', { name: 'Settings' });
    expect(await link.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await saveScreenshot(s.page, 'menu-open-signed-out-360');
    await link.click();
    await s.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('the keyboard reaches the skip link first, and it leads to the page', async () => {
    const s = await session({ viewport: DESKTOP });
    await s.page.goto(`${app.server.url}/settings`);
    await s.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await s.page.keyboard.press('Tab');
    expect(await s.page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the page');
    await s.page.keyboard.press('Enter');
    expect(await s.page.evaluate(() => document.activeElement?.id)).toBe('page-heading');
  });
});

describe('language', () => {
  it('follows the browser, and a choice in Settings is remembered', async () => {
    const s = await session({ viewport: PHONE, locale: 'es-ES' });
    await s.page.goto(`${app.server.url}/sign-in`);
    await s.page.getByRole('heading', { level: 1, name: 'Entrar' }).waitFor();
    expect(await s.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await saveScreenshot(s.page, 'frame-sign-in-spanish-360');
    await s.page.goto(`${app.server.url}/settings`);
    await s.page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    await s.page.getByLabel('English').check();
    await s.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await s.page.reload();
    await s.page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await s.page.getByLabel(/Follow this browser/).check();
    await s.page.getByRole('heading', { level: 1, name: 'Ajustes' }).waitFor();
    expect(unexpected(s)).toEqual([]);
  });
});

describe('the first run, with the real server', () => {
  let sunspace: SunspaceServer;
  beforeAll(async () => {
    sunspace = await startSunspace({ staticDir: app.dir, generateDemo });
    origins.add(sunspace.url);
  }, 60_000);
  afterAll(async () => {
    await sunspace?.close();
  });

  it('the first person creates the admin account, is offered the demo, loads it and lands in it', async () => {
    const first = await session({ viewport: PHONE });
    const response = await first.page.goto(`${sunspace.url}/`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    for (const directive of STRICT_CSP.split('; ')) expect(csp).toContain(directive);
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    await first.page.getByRole('heading', { level: 1, name: 'Set up Sunspace' }).waitFor();

    await first.page.getByLabel('Username').fill('ana');
    await first.page.getByLabel('Password', { exact: true }).fill('short');
    await first.page.getByRole('button', { name: 'Create the account' }).click();
    await first.page.getByText('At least 10 characters.', { exact: true }).waitFor();
    await first.page.getByLabel('Password', { exact: true }).fill('a long walk to the picket line');
    await first.page.getByLabel('Password again').fill('a long walk to the picket line');
    await first.page.getByRole('button', { name: 'Create the account' }).click();

    await first.page.getByRole('heading', { level: 1, name: 'Workspaces' }).waitFor();
    await first.page.getByText('Your account is ready.', { exact: false }).waitFor();
    await saveScreenshot(first.page, 'first-run-offer-demo-360');
    await first.page.getByRole('button', { name: 'Load the demo workspace' }).click();
    await first.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(new URL(first.page.url()).pathname).toBe('/w/Demo/today');
    await first.page.getByRole('heading', { level: 2, name: 'Recent conversations' }).waitFor();

    const later = await session({ viewport: DESKTOP });
    await later.page.goto(`${sunspace.url}/sign-in`);
    await later.page.getByLabel('Username').fill('ana');
    await later.page.getByLabel('Password').fill('not the password at all');
    await later.page.getByRole('button', { name: 'Sign in' }).click();
    await later.page
      .getByRole('status')
      .getByText(/password/)
      .waitFor();
    await saveScreenshot(later.page, 'sign-in-refused-1280');
    await later.page.getByLabel('Password').fill('a long walk to the picket line');
    await later.page.getByRole('button', { name: 'Sign in' }).click();
    // The only workspace opens by itself.
    await later.page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
    expect(new URL(later.page.url()).pathname).toBe('/w/Demo/today');

    for (const s of [first, later]) {
      s.requests.expectNoEgress(sunspace.url);
      expect(s.dialogs).toEqual([]);
    }
    // The refused sign-in answers 401, which the browser reports as a failed resource; so does asking who is
    // signed in before anyone is. Nothing else.
    expect(later.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
    expect(first.errors.filter((e) => !/status of 401/.test(e))).toEqual([]);
  }, 60_000);
});

describe('requests', () => {
  it('no page asked any host but its own server', () => {
    origins.add(app.server.url);
    const all = app.sessions.flatMap((s) => s.requests.all);
    const off = all.filter(
      (r) => !origins.has(new URL(r.url).origin) && !['data:', 'blob:', 'about:'].includes(new URL(r.url).protocol),
    );
    console.log(`[egress] frame pages: ${all.length} requests, ${off.length} to other hosts`);
    expect(off).toEqual([]);
  });
});

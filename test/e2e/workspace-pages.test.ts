/**
 * Every page of a workspace in a real browser against the real server on the demo hospital, at 360 and
 * 1280 px: its heading, no sideways scrolling, axe, a screenshot, nothing asked of another host; and the
 * map (it draws, filters, opens a person) and the wall chart (opens a person, prints without the menu).
 */
import { describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from './support/axe.js';
import { DESKTOP, PHONE } from './support/browser.js';
import { at, escapeRegExp as escape, useDemoApp, W } from './support/demo-app.js';
import { decodePng, inkedPixels } from './support/png.js';
import { saveScreenshot } from './support/screenshots.js';

const app = useDemoApp();
const worker = (i: number) => app.workers[i]!;
const noProblems = app.noProblems;

describe('the map and the wall chart', () => {
  it('the map draws the demo’s web, and the finder opens a person', async () => {
    const s = await app.open(`${W}/map`, { viewport: DESKTOP });
    await at(s, 'The relationship map');
    await s.page.locator('.relationship-map[data-people-shown]').waitFor();
    await s.page.getByText('Arranging the map…').waitFor({ state: 'detached', timeout: 60_000 });
    const shown = Number(await s.page.locator('.relationship-map').getAttribute('data-people-shown'));
    expect(shown).toBeGreaterThan(100);
    const { png } = await saveScreenshot(s.page.locator('.relationship-map__stage'), 'map-demo-1280');
    expect(inkedPixels(decodePng(png), { inset: 3 })).toBeGreaterThan(2000);

    await s.page.getByLabel('Unit', { exact: true }).selectOption({ index: 1 });
    const filtered = Number(await s.page.locator('.relationship-map').getAttribute('data-people-shown'));
    expect(filtered).toBeLessThan(shown);

    const person = worker(6);
    await s.page.getByLabel('Find a person').fill(person.name);
    await s.page
      .locator('.person-finder__list')
      .getByRole('button', { name: new RegExp(escape(person.name)) })
      .click();
    await at(s, person.name);
    noProblems(s);
  }, 90_000);

  it('the wall chart shows every unit, opens a person, and prints without the menu', async () => {
    const s = await app.open(`${W}/wall`, { viewport: DESKTOP });
    await at(s, 'The wall chart');
    const units = s.page.locator('.wall-unit');
    await units.first().waitFor();
    expect(await units.count()).toBeGreaterThan(10);
    await s.page.emulateMedia({ media: 'print' });
    expect(await s.page.locator('.app-header').isVisible()).toBe(false);
    expect(await s.page.getByRole('button', { name: 'Print the wall chart' }).isVisible()).toBe(false);
    await saveScreenshot(s.page, 'wall-print-1280', { fullPage: false });
    await s.page.emulateMedia({ media: 'screen' });
    const first = units.first().locator('.wall-cell__name').first();
    const name = (await first.textContent())!;
    await first.click();
    await at(s, name);
    noProblems(s);
  });
});

describe('every page', () => {
  it('at 360 and 1280 px: its heading, no sideways scrolling, axe finds nothing serious, nothing leaves', async () => {
    const someone = worker(1);
    const pages: { path: string; heading: string | RegExp; name: string }[] = [
      { path: `${W}/today`, heading: 'Today', name: 'today' },
      { path: `${W}/log`, heading: 'Log a conversation', name: 'log' },
      { path: `${W}/people`, heading: 'People', name: 'people' },
      { path: `${W}/people/${encodeURIComponent(someone.id)}`, heading: someone.name, name: 'person' },
      { path: `${W}/map`, heading: 'The relationship map', name: 'map' },
      { path: `${W}/wall`, heading: 'The wall chart', name: 'wall' },
      { path: `${W}/units`, heading: 'Units', name: 'units' },
      { path: `${W}/grievances`, heading: 'Grievances', name: 'grievances' },
      { path: `${W}/import-export`, heading: 'Import and export', name: 'import-export' },
      { path: `${W}/duplicates`, heading: 'Likely duplicates', name: 'duplicates' },
      { path: '/workspaces', heading: 'Workspaces', name: 'workspaces' },
      { path: '/settings', heading: 'Settings', name: 'settings' },
    ];
    const report: string[] = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const s = await app.open('/settings', { viewport });
      for (const p of pages) {
        await s.page.goto(`${app.server.url}${p.path}`);
        await at(s, p.heading);
        if (p.name === 'map') {
          await s.page.getByText('Arranging the map…').waitFor({ state: 'detached', timeout: 60_000 });
        }
        const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${p.path} at ${viewport.width}px`).toBeLessThanOrEqual(0);
        if (viewport === DESKTOP) {
          // the menu is a column beside the page: every item whole inside it, none cut off at its edge
          const cut = await s.page.evaluate(() => {
            const column = document.querySelector('.app-header')!.getBoundingClientRect();
            return [...document.querySelectorAll<HTMLElement>('#app-nav a')]
              .filter((a) => {
                const r = a.getBoundingClientRect();
                return r.left < column.left || r.right > column.right + 0.5 || a.scrollWidth > a.clientWidth;
              })
              .map((a) => a.textContent);
          });
          expect(cut, `${p.path}: menu items cut off`).toEqual([]);
        }
        await saveScreenshot(s.page, `page-${p.name}-${viewport.width}`);
        const axe = await runAxe(s.page);
        report.push(
          `${p.name} @${viewport.width}px: ${axe.blocking.length} serious/critical, ${axe.violations.length} in all` +
            (axe.violations.length > 0 ? ` (${describeViolations(axe.violations)})` : ''),
        );
        expect(axe.blocking, `${p.path}: ${describeViolations(axe.blocking)}`).toEqual([]);
      }
      noProblems(s);
    }
    console.log(`[axe] workspace pages:\n${report.join('\n')}`);
    const all = app.sessions.flatMap((x) => x.requests.all);
    console.log(
      `[egress] workspace pages: ${all.length} requests, ${all.filter((r) => !r.url.startsWith(app.server.url)).length} to other hosts`,
    );
  }, 180_000);
});

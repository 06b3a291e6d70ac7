/**
 * The map and the charts in a real browser (Debian's Chromium), from the component harness served with the
 * strict CSP: they draw, they answer clicks and the date slider, axe finds nothing serious, and no request
 * leaves the server. Screenshots land in test-results/screenshots/.
 */
import { describe, expect, it } from 'vitest';
import '../../web/harness/harness-api.js';
import { describeViolations, runAxe } from './support/axe.js';
import { DESKTOP, PHONE, type PageSession } from './support/browser.js';
import { decodePng, inkedPixels } from './support/png.js';
import { saveScreenshot } from './support/screenshots.js';
import { useStaticApp } from './support/static-app.js';

const app = useStaticApp();

function open(story: string, options: { viewport?: { width: number; height: number }; query?: string } = {}) {
  return app.open(`/harness/?story=${story}${options.query ?? ''}`, { viewport: options.viewport ?? DESKTOP });
}

async function mapSettled(s: PageSession) {
  await s.page.waitForFunction(() => window.sunspaceHarness?.layout !== null, undefined, { timeout: 60_000 });
}

describe('the relationship map', () => {
  it('draws every person and tie, and opens the person a click lands on', async () => {
    const s = await open('map', { query: '&people=300&ties=1200' });
    await mapSettled(s);
    const stats = await s.page.evaluate(() => window.sunspaceHarness!.stats);
    expect(stats).toMatchObject({ people: 300, totalPeople: 300 });
    expect(stats!.ties).toBe(stats!.totalTies);
    expect(stats!.ties).toBeGreaterThan(1000);
    expect(await s.page.evaluate(() => window.sunspaceHarness!.renderedCounts())).toEqual({
      people: stats!.people,
      ties: stats!.ties,
    });

    const stage = s.page.locator('.relationship-map__stage');
    const { png } = await saveScreenshot(stage, 'map-300-people');
    expect(inkedPixels(decodePng(png), { inset: 3 })).toBeGreaterThan(2000);

    // A person whose dot has no other dot near it, so the click cannot land on a neighbour.
    const target = await s.page.evaluate(() => {
      const api = window.sunspaceHarness!;
      const points = api.ids.flatMap((id) => {
        const p = api.viewportPosition(id);
        return p ? [{ id, ...p }] : [];
      });
      const lonely = points.find((p) => points.every((q) => q.id === p.id || Math.hypot(q.x - p.x, q.y - p.y) > 14));
      return lonely ?? null;
    });
    expect(target).not.toBeNull();
    const box = (await stage.boundingBox())!;
    await s.page.mouse.click(box.x + target!.x, box.y + target!.y);
    await expect.poll(() => s.page.evaluate(() => window.sunspaceHarness!.opened)).toEqual([target!.id]);
    await saveScreenshot(s.page, 'map-story-desktop');
    expect(s.errors).toEqual([]);
  });

  it('the date slider hides ties first seen after the chosen date, and End brings them all back', async () => {
    const s = await open('map', { query: '&people=300&ties=1200' });
    await mapSettled(s);
    const total = await s.page.evaluate(() => window.sunspaceHarness!.stats!.totalTies);
    const shown = async () => Number(await s.page.locator('figure.relationship-map').getAttribute('data-ties-shown'));
    expect(await shown()).toBe(total);

    const slider = s.page.getByRole('slider', { name: 'As of' });
    await slider.focus();
    await s.page.keyboard.press('Home');
    const atStart = await shown();
    expect(atStart).toBeLessThan(total / 10);

    await s.page.evaluate(() => window.sunspaceHarness!.setAsOf('2023-07-01'));
    await expect.poll(shown).toBeGreaterThan(atStart);
    const midway = await shown();
    expect(midway).toBeLessThan(total);
    const rendered = await s.page.evaluate(() => window.sunspaceHarness!.renderedCounts());
    expect(rendered.ties).toBe(midway);
    await saveScreenshot(s.page.locator('.relationship-map'), 'map-as-of-2023-07');

    await slider.focus();
    await s.page.keyboard.press('End');
    await expect.poll(shown).toBe(total);
    expect(s.errors).toEqual([]);
  });

  it('Replay shows the web growing from its first date back to today', async () => {
    const s = await open('map', { query: '&people=300&ties=1200&replayMs=2500' });
    await mapSettled(s);
    const figure = s.page.locator('figure.relationship-map');
    const shown = async () => Number(await figure.getAttribute('data-ties-shown'));
    const total = await shown();
    await s.page.getByRole('button', { name: 'Replay how it grew' }).click();
    await expect.poll(shown, { timeout: 5000, interval: 50 }).toBeLessThan(total / 2);
    await expect.poll(shown, { timeout: 10_000 }).toBe(total);
    await s.page.getByRole('button', { name: 'Replay how it grew' }).waitFor();
    // A small web draws every tie while the date moves, so there is no line saying weak ties are resting.
    expect(await s.page.locator('.relationship-map__resting').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('filters by unit and by side, and colours by natural group', async () => {
    const s = await open('map', { query: '&people=300&ties=1200' });
    await mapSettled(s);
    const total = await s.page.evaluate(() => window.sunspaceHarness!.stats!);
    await s.page.getByLabel('Unit', { exact: true }).selectOption({ index: 1 });
    await expect.poll(() => s.page.evaluate(() => window.sunspaceHarness!.stats!.people)).toBeLessThan(total.people);
    await s.page.getByLabel('Unit', { exact: true }).selectOption({ index: 0 });
    await s.page.getByLabel('social').uncheck();
    await expect.poll(() => s.page.evaluate(() => window.sunspaceHarness!.stats!.ties)).toBeLessThan(total.ties);
    await s.page.getByLabel('natural group').check();
    await s.page.getByRole('list', { name: 'Colours: natural groups' }).waitFor();
    const rendered = await s.page.evaluate(() => window.sunspaceHarness!.renderedCounts());
    expect(rendered.ties).toBe(await s.page.evaluate(() => window.sunspaceHarness!.stats!.ties));
    expect(s.errors).toEqual([]);
  });

  it('a person found by name opens from the keyboard', async () => {
    const s = await open('map', { query: '&people=300&ties=1200' });
    await mapSettled(s);
    const first = await s.page.evaluate(() => window.sunspaceHarness!.ids[0]!);
    await s.page.getByLabel('Find a person').fill('a');
    const button = s.page.locator('.person-finder__list button').first();
    await button.focus();
    await s.page.keyboard.press('Enter');
    const opened = await s.page.evaluate(() => window.sunspaceHarness!.opened);
    expect(opened).toHaveLength(1);
    expect(typeof first).toBe('string');
  });

  it('fits a 360-pixel phone screen', async () => {
    const s = await open('map', { viewport: PHONE, query: '&people=300&ties=1200' });
    await mapSettled(s);
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(s.page, 'map-story-phone');
    expect(s.errors).toEqual([]);
  });
});

describe('the wall chart', () => {
  it('shows every person by unit, with stone or sand and their stance in words', async () => {
    const s = await open('wall', { query: '&people=80' });
    const cells = s.page.locator('.wall-cell');
    await expect.poll(() => cells.count()).toBe(80);
    const units = await s.page.locator('.wall-unit').count();
    expect(units).toBeGreaterThan(1);
    const first = await cells.first().innerText();
    expect(first).toMatch(/stone|sand/);
    expect(first).toMatch(/supports|leaning|undecided|opposed|not known/);
    await cells.first().getByRole('button').click();
    expect(await s.page.evaluate(() => window.sunspaceHarness!.opened)).toHaveLength(1);
    await saveScreenshot(s.page, 'wall-chart-desktop');
    expect(s.errors).toEqual([]);
  });

  it('prints without controls, each unit starting a new page, stone and sand told apart by border', async () => {
    const s = await open('wall', { query: '&people=80' });
    await s.page.emulateMedia({ media: 'print' });
    const styles = await s.page.evaluate(() => {
      const units = [...document.querySelectorAll('.wall-unit')];
      const stone = document.querySelector('.wall-unit .wall-cell--stone');
      const sand = document.querySelector('.wall-unit .wall-cell--sand');
      return {
        breaks: units.map((u) => getComputedStyle(u).breakBefore),
        stone: stone ? getComputedStyle(stone).borderTopStyle : null,
        sand: sand ? getComputedStyle(sand).borderTopStyle : null,
      };
    });
    expect(styles.breaks[0]).not.toBe('page');
    expect(styles.breaks.slice(1).every((b) => b === 'page')).toBe(true);
    expect(styles.stone).toBe('solid');
    expect(styles.sand).toBe('dashed');
    await saveScreenshot(s.page, 'wall-chart-print');
    const pdf = await s.page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  });

  it('fits a 360-pixel phone screen', async () => {
    const s = await open('wall', { viewport: PHONE, query: '&people=40' });
    await expect.poll(() => s.page.locator('.wall-cell').count()).toBe(40);
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(s.page, 'wall-chart-phone');
  });
});

describe('the phase plot, the timeline and the readiness bar', () => {
  it('draw as SVG with a title, a description and a table with the same figures', async () => {
    const s = await open('charts');
    const plot = s.page.getByRole('img', { name: 'Units by cohesion and heat' });
    await plot.waitFor();
    expect(await s.page.locator('.phase-point').count()).toBe(11);
    await s.page.getByText('Show as a table').first().click();
    expect(await s.page.locator('.phase-plot table tbody tr').count()).toBe(11);
    await s.page.getByRole('img', { name: /month by month/ }).waitFor();
    expect(await s.page.locator('.timeline .band').count()).toBeGreaterThan(1);
    await s.page.getByText('Below the 65% line.').waitFor();
    await s.page.getByText('At or above the 65% line.').waitFor();
    await saveScreenshot(s.page, 'charts-desktop');
    expect(s.errors).toEqual([]);
  });

  it('speak Spanish when asked', async () => {
    const s = await open('charts', { query: '&lang=es' });
    await s.page.getByRole('img', { name: 'Unidades por cohesión y calor' }).waitFor();
    await s.page.getByText(/Por debajo de la línea del 65\s%/).waitFor();
    await saveScreenshot(s.page, 'charts-spanish');
  });
});

describe('every component page', () => {
  it('has no serious or critical accessibility violation, on a phone and on a desktop', async () => {
    const report: string[] = [];
    for (const story of ['map&people=300&ties=1200', 'wall&people=80', 'charts']) {
      for (const viewport of [PHONE, DESKTOP]) {
        const s = await open(story, { viewport });
        if (story.startsWith('map')) await mapSettled(s);
        await s.page
          .getByText('Show as a table')
          .first()
          .click({ timeout: 1000 })
          .catch(() => undefined);
        const axe = await runAxe(s.page);
        report.push(
          `${story.split('&')[0]} @${viewport.width}px: ${axe.blocking.length} serious/critical, ${axe.violations.length} in all` +
            (axe.violations.length ? `\n${describeViolations(axe.violations)}` : ''),
        );
        expect(axe.blocking, describeViolations(axe.blocking)).toEqual([]);
      }
    }
    console.log(`[axe] component pages:\n${report.join('\n')}`);
  });

  it('made no request to any host but the server, and no dialog opened', () => {
    const all = app.sessions.flatMap((s) => s.requests.all);
    expect(all.length).toBeGreaterThan(0);
    const off = app.sessions.flatMap((s) => s.requests.offHost(app.server.url));
    console.log(`[egress] component pages: ${all.length} requests, ${off.length} to other hosts`);
    expect(off).toEqual([]);
    expect(app.sessions.flatMap((s) => s.dialogs)).toEqual([]);
  });
});

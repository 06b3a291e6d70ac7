/**
 * The relationship map with 10,000 people and 100,000 ties (synthetic, seeded, generated in the page), in
 * headless Chromium on software WebGL (SwiftShader), so the figures are a floor, not what a phone with a GPU
 * shows. It prints the layout time and the median and 95th-percentile frame times during a camera zoom and
 * during the date slider's replay. Timings are reported, never asserted (docs/HELPERS.md); the test asserts
 * that the map really drew, that what sigma holds matches the chosen date, and that the ties resting while
 * the camera or the date moved are all drawn again once it stops (docs/adr/0003). While weak ties rest during a
 * replay, a line under the map says so, shown only then and announced once per replay.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import '../../web/harness/harness-api.js';
import { DESKTOP } from './support/browser.js';
import { decodePng, inkedPixels } from './support/png.js';
import { saveScreenshot } from './support/screenshots.js';
import { useStaticApp } from './support/static-app.js';

const PEOPLE = 10_000;
const TIES = 100_000;
const REPLAY_STEPS = 40;

const app = useStaticApp();

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** How many pixels differ between two screenshots of the same size. */
function differingPixels(a: Buffer, b: Buffer): number {
  const pa = decodePng(a);
  const pb = decodePng(b);
  expect([pb.width, pb.height]).toEqual([pa.width, pa.height]);
  let count = 0;
  for (let i = 0; i < pa.data.length; i += 4) {
    if (pa.data[i] !== pb.data[i] || pa.data[i + 1] !== pb.data[i + 1] || pa.data[i + 2] !== pb.data[i + 2]) count++;
  }
  return count;
}

/** Longer than the map's rest before resting ties are drawn again (REST_MS in map-renderer.ts). */
const REST_WAIT_MS = 600;
/** A real replay with the map's own button, short so the test stays short (it is time-based). */
const REPLAY_MS = 4000;
const RESTING_WORDS = 'Weaker ties come back when the date stops moving.';

/** The line under the map that says weak ties are resting, as the page saw it each time it changed. */
interface LineState {
  text: string;
  shown: boolean;
}

/** Start noting every change of the resting line, from here on. */
async function watchRestingLine(page: Page): Promise<void> {
  await page.evaluate(() => {
    const line = document.querySelector('.relationship-map__resting')!;
    const seen: { text: string; shown: boolean }[] = [];
    new MutationObserver(() =>
      seen.push({ text: line.textContent ?? '', shown: getComputedStyle(line).opacity !== '0' }),
    ).observe(line, { attributes: true, childList: true, characterData: true, subtree: true });
    Object.assign(window, { restingLineSeen: seen });
  });
}

/** What the resting line went through since `watchRestingLine`, and forget it. */
function restingLineSeen(page: Page): Promise<LineState[]> {
  return page.evaluate(() => {
    const seen = (window as unknown as { restingLineSeen: { text: string; shown: boolean }[] }).restingLineSeen;
    return seen.splice(0);
  });
}

/** How many times the polite live region was given its words: what a screen reader would say. */
function announcements(seen: readonly LineState[]): number {
  let count = 0;
  let before = '';
  for (const state of seen) {
    if (state.text !== '' && before === '') count++;
    before = state.text;
  }
  return count;
}

describe('the relationship map at 10,000 people and 100,000 ties', () => {
  it('lays out, zooms and replays its growth, and reports frame times', async () => {
    const opened = Date.now();
    const session = await app.open(`/harness/?story=map&people=${PEOPLE}&ties=${TIES}&replayMs=${REPLAY_MS}`, {
      viewport: DESKTOP,
    });
    const { page } = session;
    await page.waitForFunction(() => window.sunspaceHarness?.layout !== null, undefined, {
      timeout: 150_000,
      polling: 250,
    });
    const firstView = Date.now() - opened;
    const setup = await page.evaluate(() => ({
      generateMs: window.sunspaceHarness!.generateMs,
      layout: window.sunspaceHarness!.layout!,
      stats: window.sunspaceHarness!.stats!,
      dates: window.sunspaceHarness!.dates,
    }));
    expect(setup.stats.people).toBe(PEOPLE);
    expect(setup.stats.ties).toBeGreaterThan(TIES * 0.95);

    const stage = page.locator('.relationship-map__stage');
    const zoom = await page.evaluate(() => window.sunspaceHarness!.measureZoom());
    // Ties rest while the camera moves and come back once it has stopped for a moment.
    await page.waitForTimeout(REST_WAIT_MS);
    const beforeReplay = await stage.screenshot();
    const restingLine = page.locator('.relationship-map__resting');
    expect(await restingLine.textContent()).toBe('');
    await watchRestingLine(page);
    const replay = await page.evaluate((steps) => window.sunspaceHarness!.measureReplay(steps), REPLAY_STEPS);
    const after = await page.evaluate(() => window.sunspaceHarness!.renderedCounts());
    // The line goes once the date has rested, and its words leave the live region a moment later.
    await expect.poll(() => restingLine.textContent(), { timeout: 5000 }).toBe('');
    const duringReplay = await restingLineSeen(page);

    // Halfway through the span, sigma holds exactly the ties of that date.
    const { first, last } = setup.dates!;
    const middle = new Date((Date.parse(first) + Date.parse(last)) / 2).toISOString().slice(0, 10);
    await page.evaluate((date) => window.sunspaceHarness!.setAsOf(date), middle);
    await page.waitForTimeout(REST_WAIT_MS);
    const halfway = await page.evaluate(() => ({
      stats: window.sunspaceHarness!.stats!,
      drawn: window.sunspaceHarness!.renderedCounts(),
    }));
    await page.evaluate(() => window.sunspaceHarness!.setAsOf(null));

    // Weak ties rest while the date moves; once it has stopped, the map draws what it drew before the replay.
    await page.waitForTimeout(REST_WAIT_MS);
    const { png } = await saveScreenshot(stage, 'map-10k-people-100k-ties');
    const changedByReplay = differingPixels(beforeReplay, png);
    const ink = inkedPixels(decodePng(png), { inset: 3 });
    await saveScreenshot(page, 'map-10k-page');
    await page.evaluate(() => window.sunspaceHarness!.zoom(5, 300));
    await page.waitForTimeout(600);
    await saveScreenshot(stage, 'map-10k-zoomed-in');
    // Two single moves of the date (halfway, then today) let no tie rest: the line does not change.
    const afterSingleMoves = await restingLineSeen(page);

    // The map's own Replay button: the line shows while weak ties rest, is said once, and goes when it ends.
    await page.getByRole('button', { name: 'Replay how it grew' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await page.getByRole('button', { name: 'Replay how it grew' }).waitFor({ timeout: REPLAY_MS * 5 });
    await page.waitForTimeout(REST_WAIT_MS);
    const shownAfterReplay = await restingLine.evaluate((el) => getComputedStyle(el).opacity !== '0');
    await expect.poll(() => restingLine.textContent(), { timeout: 5000 }).toBe('');
    const duringButtonReplay = await restingLineSeen(page);
    const lineBox = (await restingLine.boundingBox())!;
    const stageBox = (await stage.boundingBox())!;

    const lines = [
      `[map performance] ${PEOPLE.toLocaleString('en')} people, ${setup.stats.ties.toLocaleString('en')} ties, headless Chromium, SwiftShader WebGL (software)`,
      `  data generated in the page: ${ms(setup.generateMs)}`,
      `  layout (seed + ${setup.layout.iterations} ForceAtlas2 iterations in a worker): ${ms(setup.layout.ms)}`,
      `  page open to settled map: ${ms(firstView)}`,
      `  camera zoom in and out: ${zoom.deltas.length} frames in ${ms(zoom.ms)}; median ${ms(percentile(zoom.deltas, 50))}, p95 ${ms(percentile(zoom.deltas, 95))}`,
      `  date slider replay (${REPLAY_STEPS} steps): ${replay.deltas.length} frames in ${ms(replay.ms)} (mean ${ms(replay.ms / replay.deltas.length)}); median ${ms(percentile(replay.deltas, 50))}, p95 ${ms(percentile(replay.deltas, 95))}`,
      `  drawn pixels in the map: ${ink.toLocaleString('en')}`,
    ];
    console.log(lines.join('\n'));

    expect(zoom.deltas.length).toBeGreaterThan(0);
    expect(replay.deltas.length).toBeGreaterThan(0);
    expect(after).toEqual({ people: PEOPLE, ties: setup.stats.ties });
    expect(halfway.stats.ties).toBeGreaterThan(0);
    expect(halfway.stats.ties).toBeLessThan(setup.stats.ties);
    expect(halfway.drawn).toEqual({ people: halfway.stats.people, ties: halfway.stats.ties });
    expect(changedByReplay).toBe(0);
    expect(ink).toBeGreaterThan(10_000);
    for (const seen of [duringReplay, duringButtonReplay]) {
      expect(seen).toContainEqual({ text: RESTING_WORDS, shown: true });
      expect(announcements(seen)).toBe(1);
      expect(seen.at(-1)).toEqual({ text: '', shown: false });
    }
    expect(afterSingleMoves).toEqual([]);
    expect(shownAfterReplay).toBe(false);
    // Under the map, never over it.
    expect(lineBox.y).toBeGreaterThanOrEqual(stageBox.y + stageBox.height);
    expect(session.errors).toEqual([]);
    session.requests.expectNoEgress(app.server.url);
  }, 240_000);
});

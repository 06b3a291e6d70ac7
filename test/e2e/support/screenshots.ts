/** Screenshots as test artifacts, in test-results/screenshots/ (gitignored), to be looked at by a person. */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ROOT } from './web-build.js';

export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

/** Save a PNG named `name` and return its bytes and path. */
export async function saveScreenshot(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<{ file: string; png: Buffer }> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  const png =
    'goto' in target
      ? await target.screenshot({ path: file, fullPage: options.fullPage ?? true })
      : await target.screenshot({ path: file });
  return { file, png };
}

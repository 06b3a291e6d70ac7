/**
 * Accessibility with axe-core, run inside the page: the library is read from node_modules and evaluated
 * through the DevTools protocol (a <script> tag would be refused by the page's CSP, rightly). Only serious
 * and critical violations fail a test; the rest are returned for reading.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

export interface AxeReport {
  violations: AxeViolation[];
  /** Serious and critical violations only. */
  blocking: AxeViolation[];
  /** Rules that passed, for the report. */
  passes: number;
}

interface AxeResults {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
  passes: unknown[];
}

export async function runAxe(page: Page, options: { exclude?: string[] } = {}): Promise<AxeReport> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(async (exclude: string[]) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResults> } }).axe;
    return axe.run(
      { include: [['html']], exclude: exclude.map((s) => [s]) },
      {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        resultTypes: ['violations'],
      },
    );
  }, options.exclude ?? []);
  const violations = results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    help: v.help,
    nodes: v.nodes.map((n) => JSON.stringify(n.target)),
  }));
  return {
    violations,
    blocking: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    passes: results.passes.length,
  };
}

export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.impact ?? '?'} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).join(', ')}`).join('\n');
}

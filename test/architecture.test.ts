/**
 * The module boundaries of ARCHITECTURE.md, enforced by a check rather than by hope.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(rel));
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2]!).filter(Boolean);
}

/** Entry points: the only code allowed to read process.env. Tests, benchmarks and scripts are entry points too. */
const ENTRY_POINTS = new Set(['src/cli/main.ts', 'src/server/main.ts']);
/** Code without its comments, so that documentation may name process.env. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

const isTest = (f: string) => /\.test\.tsx?$/.test(f);

describe('module boundaries', () => {
  it('src/core imports nothing outside src/core: no Node APIs, no I/O, no other layer', () => {
    const offending: string[] = [];
    for (const file of filesUnder('src/core').filter((f) => !isTest(f))) {
      for (const spec of importsOf(file)) {
        if (spec.startsWith('.')) {
          const target = path.normalize(path.join(path.dirname(file), spec));
          if (!target.startsWith(`src${path.sep}core${path.sep}`)) offending.push(`${file} imports ${spec}`);
        } else if (
          spec.startsWith('node:') ||
          ['fs', 'path', 'os', 'crypto', 'child_process', 'net', 'http'].includes(spec)
        ) {
          offending.push(`${file} imports ${spec}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('only the entry points read process.env', () => {
    const offending = [...filesUnder('src'), ...filesUnder('web')]
      .filter((f) => !isTest(f) && !ENTRY_POINTS.has(f))
      .filter((f) =>
        /process\s*(\.\s*env|\[\s*['"]env['"]\s*\])/.test(withoutComments(fs.readFileSync(path.join(root, f), 'utf8'))),
      );
    expect(offending).toEqual([]);
  });

  it('nothing below the command line imports it, and nothing below the server imports the server', () => {
    const offending: string[] = [];
    const layersBelow: Record<string, string[]> = {
      'src/cli': ['src/core', 'src/store', 'src/bundle', 'src/demo', 'src/server'],
      'src/server': ['src/core', 'src/store', 'src/bundle', 'src/demo'],
    };
    for (const [layer, below] of Object.entries(layersBelow)) {
      for (const dir of below) {
        if (!fs.existsSync(path.join(root, dir))) continue;
        for (const file of filesUnder(dir).filter((f) => !isTest(f))) {
          for (const spec of importsOf(file)) {
            if (!spec.startsWith('.')) continue;
            const target = path.normalize(path.join(path.dirname(file), spec));
            if (target.startsWith(`${layer}${path.sep}`)) offending.push(`${file} imports ${spec}`);
          }
        }
      }
    }
    expect(offending).toEqual([]);
  });
});

/**
 * What the browser app may take from the rest of the package (DESIGN.md: web -> core and the HTTP API):
 * src/core at runtime, and the server's types (AppType, for the typed client) but never its code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = path.resolve(import.meta.dirname, '..');
const ROOT = path.resolve(WEB, '..');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Each import of a file: its specifier and whether it is type-only. */
function importsOf(file: string): { spec: string; typeOnly: boolean }[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    spec: m[3]!,
    typeOnly: m[2] !== undefined,
  }));
}

describe('the web app', () => {
  it('takes code only from src/core, and from the server only its types', () => {
    const offending: string[] = [];
    for (const file of sources(WEB)) {
      for (const { spec, typeOnly } of importsOf(file)) {
        if (!spec.startsWith('.')) continue;
        const target = path.relative(ROOT, path.resolve(path.dirname(file), spec));
        if (!target.startsWith(`src${path.sep}`)) continue;
        const ok =
          target.startsWith(`src${path.sep}core${path.sep}`) ||
          (typeOnly && target.startsWith(`src${path.sep}server${path.sep}`));
        if (!ok) offending.push(`${path.relative(ROOT, file)} imports ${spec}${typeOnly ? ' (types)' : ''}`);
      }
    }
    expect(offending).toEqual([]);
  });
});

/**
 * Bundles on disk for the bundle tests: temporary folders, removed at the end, and bundles written from
 * records or from the text of each file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WORKSPACE_KINDS, type WorkspaceRecords } from '../../src/core/records.js';
import { createBundleWriter } from '../../src/bundle/export-bundle.js';

const made: string[] = [];

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-bundle-'));
  made.push(dir);
  return dir;
}

/** Remove every folder made by tempDir (call in afterAll). */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Write records as an export would: every file, escaped, with a manifest. */
export async function bundleOf(records: Partial<WorkspaceRecords>, dir = tempDir()): Promise<string> {
  const writer = await createBundleWriter(dir, { workspace: 'Test' });
  for (const kind of WORKSPACE_KINDS) {
    const list = records[kind];
    if (list) await writer.write(kind, list);
  }
  await writer.close();
  return dir;
}

/** Write files from their text, as a person would make them. */
export function handMadeBundle(files: Record<string, string | Uint8Array>, dir = tempDir()): string {
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

/** The CSV files of a bundle folder, by name (the manifest, which carries a date, left out). */
export function csvFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir).sort())
    if (name.endsWith('.csv')) out[name] = fs.readFileSync(path.join(dir, name), 'utf8');
  return out;
}

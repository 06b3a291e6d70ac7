/**
 * Where a bundle's files come from: a folder on disk (the command line) or files held in memory (an upload
 * through the web app). Both give a file's bytes a chunk at a time, so that a large file is never read
 * whole into one string, and can give them again (to place an error found after reading).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Lang, Params } from '../core/i18n/i18n.js';
import { translator } from '../core/i18n/i18n.js';
import { BUNDLE_MESSAGES } from './bundle-messages.js';

/** A folder, or files by name (the web app's upload). */
export type BundleInput = string | ReadonlyMap<string, Uint8Array>;

export interface BundleSource {
  /** What to call the bundle in a message: the folder, or "the uploaded files". */
  readonly label: string;
  /** The names of the bundle's files, top level only. */
  readonly names: readonly string[];
  size(name: string): number;
  chunks(name: string): AsyncIterable<Uint8Array>;
  readAll(name: string): Promise<Uint8Array>;
}

export type BundleSourceProblem = 'no_such_folder' | 'no_bundle_files' | 'bad_workspace_name' | 'no_such_workspace';

/**
 * An import or export that cannot start: no such folder, nothing in it, no such workspace. (A bundle with
 * errors in it is not this: its errors are listed, each at its place.)
 */
export class BundleSourceError extends Error {
  constructor(
    readonly code: BundleSourceProblem,
    readonly params: Params,
  ) {
    super(translator(BUNDLE_MESSAGES, 'en')(code, params));
    this.name = 'BundleSourceError';
  }

  render(lang: Lang): string {
    return translator(BUNDLE_MESSAGES, lang)(this.code, this.params);
  }
}

const CHUNK_BYTES = 4 * 1024 * 1024;

export async function openSource(input: BundleInput): Promise<BundleSource> {
  return typeof input === 'string' ? openFolder(input) : memorySource(input);
}

async function openFolder(dir: string): Promise<BundleSource> {
  const sizes = new Map<string, number>();
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (cause) {
    throw new BundleSourceError('no_such_folder', { dir, problem: describe(cause) });
  }
  for (const entry of entries) {
    if (!entry.isFile() && !entry.isSymbolicLink()) continue;
    const stat = await fs.promises.stat(path.join(dir, entry.name)).catch(() => null);
    if (stat?.isFile()) sizes.set(entry.name, stat.size);
  }
  const names = [...sizes.keys()].sort();
  return {
    label: dir,
    names,
    size: (name) => sizes.get(name) ?? 0,
    chunks: (name) => fileChunks(path.join(dir, name)),
    readAll: (name) => fs.promises.readFile(path.join(dir, name)),
  };
}

async function* fileChunks(file: string): AsyncGenerator<Uint8Array> {
  const handle = await fs.promises.open(file, 'r');
  try {
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

function memorySource(files: ReadonlyMap<string, Uint8Array>): BundleSource {
  const bytes = (name: string) => files.get(name) ?? new Uint8Array(0);
  return {
    label: 'the uploaded files',
    names: [...files.keys()].sort(),
    size: (name) => bytes(name).byteLength,
    chunks: async function* (name) {
      const all = bytes(name);
      for (let i = 0; i < all.byteLength; i += CHUNK_BYTES) yield all.subarray(i, i + CHUNK_BYTES);
      await Promise.resolve();
    },
    readAll: (name) => Promise.resolve(bytes(name)),
  };
}

export function describe(error: unknown): string {
  if (error instanceof Error) return (error as NodeJS.ErrnoException).code ?? error.message;
  return String(error);
}

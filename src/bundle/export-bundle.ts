/**
 * Writing bundles: every file with its header (even when it has no rows) and every column, free text
 * escaped against spreadsheet formulas, and manifest.json written last, so that a folder with a manifest is a
 * finished export. Records are written as they come, a page at a time, so that an export of a large
 * workspace, or the demo generator's million people, never sits in memory whole.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import type { RecordKind } from '../core/records.js';
import type { Db } from '../store/database.js';
import { countRecords, iterateRecords } from '../store/records.store.js';
import { findWorkspace } from '../store/workspaces.store.js';
import { BUNDLE_FILES, FILE_OF } from './bundle-files.js';
import { BundleSourceError } from './bundle-source.js';
import type { BundleKind, FileSpec, RecordOf } from './bundle-spec.js';
import { csvField } from './csv-write.js';
import { escapeFormula } from './formula-escape.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, MANIFEST_FILE, manifestText, type BundleManifest } from './manifest.js';
import type { BundleProgress } from './read-bundle.js';

export interface BundleWriter {
  /** Append records to their kind's file. */
  write<K extends BundleKind>(kind: K, records: readonly RecordOf<K>[]): Promise<void>;
  /** Finish every file and write manifest.json; returns the manifest. */
  close(): Promise<BundleManifest>;
  /** Stop and remove the unfinished files. */
  abort(): Promise<void>;
}

export interface BundleWriterOptions {
  /** The workspace's name, for the manifest. */
  workspace?: string;
  now?: () => Date;
}

const FLUSH_CHARS = 1 << 20;
const PARTIAL = '.partial';

/**
 * A writer for a bundle in `dir` (created if needed; files are readable by their owner only, since they
 * hold names and notes). Files are written under a temporary name and renamed by close().
 */
export async function createBundleWriter(dir: string, options: BundleWriterOptions = {}): Promise<BundleWriter> {
  await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
  await fs.promises.rm(path.join(dir, MANIFEST_FILE), { force: true });
  let failure: Error | null = null;
  const counts = {} as Record<RecordKind, number>;
  const streams = new Map<BundleKind, fs.WriteStream>();
  for (const spec of BUNDLE_FILES) {
    const stream = fs.createWriteStream(path.join(dir, spec.file + PARTIAL), { mode: 0o600 });
    stream.on('error', (error) => (failure ??= error));
    streams.set(spec.kind, stream);
    counts[spec.kind] = 0;
    stream.write(`${spec.columns.map((c) => c.name).join(',')}\n`);
  }

  const put = async (stream: fs.WriteStream, text: string) => {
    if (failure) throw failure;
    if (!stream.write(text)) await once(stream, 'drain');
  };
  const finish = async () => {
    await Promise.all(
      [...streams.values()].map(
        (s) =>
          new Promise<void>((resolve, reject) => s.end((error?: Error | null) => (error ? reject(error) : resolve()))),
      ),
    );
    if (failure) throw failure;
  };

  return {
    async write(kind, records) {
      const spec = FILE_OF[kind] as unknown as FileSpec<BundleKind>;
      const stream = streams.get(kind)!;
      let text = '';
      for (const record of records) {
        text += rowText(spec, record);
        if (text.length >= FLUSH_CHARS) {
          await put(stream, text);
          text = '';
        }
      }
      if (text) await put(stream, text);
      counts[kind] += records.length;
    },
    async close() {
      await finish();
      for (const spec of BUNDLE_FILES) {
        await fs.promises.rename(path.join(dir, spec.file + PARTIAL), path.join(dir, spec.file));
      }
      const manifest: BundleManifest = {
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        formulaEscaped: true,
        exportedAt: (options.now?.() ?? new Date()).toISOString(),
        ...(options.workspace === undefined ? {} : { workspace: options.workspace }),
        counts,
      };
      await fs.promises.writeFile(path.join(dir, MANIFEST_FILE), manifestText(manifest), { mode: 0o600 });
      return manifest;
    },
    async abort() {
      for (const s of streams.values()) s.destroy();
      for (const spec of BUNDLE_FILES) await fs.promises.rm(path.join(dir, spec.file + PARTIAL), { force: true });
    },
  };
}

/** One record as a line of its file. */
export function rowText<K extends BundleKind>(spec: FileSpec<K>, record: RecordOf<K>): string {
  const derived = spec.formatDerived?.(record);
  const fields = record as Record<string, unknown>;
  let line = '';
  for (let c = 0; c < spec.columns.length; c++) {
    const column = spec.columns[c]!;
    let text: string;
    if (column.field === null) text = derived?.[column.name] ?? '';
    else {
      const value = fields[column.field];
      text =
        value === null || value === undefined || (Array.isArray(value) && value.length === 0)
          ? ''
          : column.cell.format(value);
    }
    if (column.cell.freeText) text = escapeFormula(text);
    line += c === 0 ? csvField(text) : `,${csvField(text)}`;
  }
  return `${line}\n`;
}

export interface ExportOptions {
  workspace: string;
  dir: string;
  /** For a progress bar: records written. */
  onProgress?: (progress: BundleProgress) => void;
}

export interface ExportResult {
  dir: string;
  workspace: string;
  counts: Record<RecordKind, number>;
  manifest: BundleManifest;
}

/** Export a workspace as a bundle in `dir`, kind by kind, a page at a time. */
export async function exportBundle(db: Db, options: ExportOptions): Promise<ExportResult> {
  const workspace = await findWorkspace(db, options.workspace);
  if (!workspace) throw new BundleSourceError('no_such_workspace', { name: options.workspace });
  const totals = await countRecords(db, workspace.id);
  const total = Object.values(totals).reduce((a, b) => a + b, 0);
  const writer = await createBundleWriter(options.dir, { workspace: workspace.name });
  let done = 0;
  try {
    for (const spec of BUNDLE_FILES) {
      for await (const page of iterateRecords(db, workspace.id, spec.kind)) {
        await writer.write(spec.kind, page);
        done += page.length;
        options.onProgress?.({ phase: 'write', item: spec.file, done, total });
      }
    }
    const manifest = await writer.close();
    return {
      dir: options.dir,
      workspace: workspace.name,
      counts: manifest.counts as Record<RecordKind, number>,
      manifest,
    };
  } catch (error) {
    await writer.abort();
    throw error;
  }
}

/**
 * Reading a whole bundle without a database: the manifest, then every file in the order of BUNDLE_FILES,
 * each row checked on its own (cells, required columns, duplicates, rules across columns). What the rows
 * name in other files, or in the workspace, is checked after, by checkReferences.
 */
import type { WorkspaceRecords } from '../core/records.js';
import { BundleErrors, wordList, type BundleError } from './bundle-errors.js';
import { BUNDLE_FILES } from './bundle-files.js';
import { forgetSeenDates } from './cells.js';
import { BundleSourceError, openSource, type BundleInput, type BundleSource } from './bundle-source.js';
import type { BundleKind, FileSpec } from './bundle-spec.js';
import { MANIFEST_FILE, parseManifest, type BundleManifest } from './manifest.js';
import { readBundleFile, type FileRead } from './read-file.js';

export type FilesRead = { [K in BundleKind]?: FileRead<K> };

export interface BundleRead {
  /**
   * The records of every row without problems, by kind; kinds with no file are absent. Empty lists when the
   * records went to `onRecords` instead.
   */
  records: Partial<WorkspaceRecords>;
  /** The first problems found (at most the error limit), in file order. */
  errors: BundleError[];
  /** How many problems there were in all. */
  errorCount: number;
  manifest: BundleManifest | null;
  /** Per file: the line of each record and the keys seen, for checkReferences. */
  files: FilesRead;
  source: BundleSource;
}

/** Progress of a long step, for a progress bar: bytes read, or records written. */
export interface BundleProgress {
  phase: 'read' | 'write';
  /** The file being read or the kind being written. */
  item: string;
  done: number;
  total: number;
}

/** Records of one file handed on while the bundle is read (readBundle's `onRecords`). */
export interface RecordBatch {
  kind: BundleKind;
  records: readonly unknown[];
  /** The line each record starts on. */
  lines: readonly number[];
}

/** How far reading has come when a batch is handed on. */
export interface ReadSoFar {
  /** Every file read whole so far (all the files a batch's records can name: BUNDLE_FILES order). */
  files: FilesRead;
  /** Problems found so far. */
  errorCount: number;
}

export interface ReadBundleOptions {
  onProgress?: (progress: BundleProgress) => void;
  /** How many errors to list (the rest are counted); MAX_REPORTED_ERRORS by default. */
  errorLimit?: number;
  /**
   * Take the records as they are read, in file order, a batch at a time (at least `batchSize` records, but for
   * a file's last batch), instead of keeping them: a large bundle is then never held whole. Each file's keys
   * and lines are kept, so that the batch's references can be checked against the files before it.
   */
  onRecords?: (batch: RecordBatch, soFar: ReadSoFar) => Promise<void>;
  batchSize?: number;
}

export const BUNDLE_FILE_NAMES = BUNDLE_FILES.map((f) => f.file);

export async function readBundle(
  input: BundleInput | BundleSource,
  options: ReadBundleOptions = {},
): Promise<BundleRead> {
  const source = typeof input === 'string' || input instanceof Map ? await openSource(input) : (input as BundleSource);
  const errors = new BundleErrors(options.errorLimit);
  const known = new Set<string>([...BUNDLE_FILE_NAMES, MANIFEST_FILE]);
  const present = source.names.filter((name) => known.has(name));
  if (present.length === 0) {
    throw new BundleSourceError('no_bundle_files', { dir: source.label, known: wordList(BUNDLE_FILE_NAMES) });
  }
  for (const name of source.names) {
    if (!known.has(name) && name.toLowerCase().endsWith('.csv')) {
      errors.add(name, { line: 1, column: 1 }, 'unknown_file', { known: wordList(BUNDLE_FILE_NAMES) });
    }
  }

  const manifest = source.names.includes(MANIFEST_FILE)
    ? parseManifest(await source.readAll(MANIFEST_FILE), errors)
    : null;

  const specs = BUNDLE_FILES.filter((spec) => source.names.includes(spec.file));
  const total = specs.reduce((sum, spec) => sum + source.size(spec.file), 0);
  let done = 0;
  const files: FilesRead = {};
  const records: Partial<WorkspaceRecords> = {};
  const { onRecords } = options;
  for (const spec of specs) {
    options.onProgress?.({ phase: 'read', item: spec.file, done, total });
    const read = await readBundleFile(spec as unknown as FileSpec<BundleKind>, source, {
      errors,
      formulaEscaped: manifest?.formulaEscaped ?? false,
      onBytes: (bytes) => {
        done += bytes;
        options.onProgress?.({ phase: 'read', item: spec.file, done, total });
      },
      ...(onRecords
        ? {
            onBatch: (batch, lines) =>
              onRecords({ kind: spec.kind, records: batch, lines }, { files, errorCount: errors.total }),
            batchSize: options.batchSize ?? 1,
          }
        : {}),
    });
    (files as Record<string, unknown>)[spec.kind] = read;
    (records as Record<string, unknown>)[spec.kind] = read.records;
  }
  forgetSeenDates();
  return { records, errors: errors.list, errorCount: errors.total, manifest, files, source };
}

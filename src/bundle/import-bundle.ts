/**
 * Importing a bundle into a workspace: check every file and row first (cells, duplicates, references
 * against the bundle and the workspace), and write only a clean bundle, in one transaction. Ids are the
 * bundle's own, so importing the same bundle again updates in place and duplicates nothing.
 */
import type { RecordKind } from '../core/records.js';
import { workspaceNameSchema } from '../core/workspace.js';
import { inTransaction, type Db } from '../store/database.js';
import { storedIds, writeRecords, type IdKind } from '../store/records.store.js';
import { findWorkspace, getOrCreateWorkspace } from '../store/workspaces.store.js';
import { MAX_REPORTED_ERRORS, type BundleError } from './bundle-errors.js';
import { BUNDLE_FILES } from './bundle-files.js';
import { BundleSourceError, openSource, type BundleInput } from './bundle-source.js';
import { checkReferences, type KnownIds } from './check-references.js';
import { readBundle, type BundleProgress } from './read-bundle.js';

export interface ImportOptions {
  /** The workspace to import into, created if it does not exist (and only if the bundle is clean). */
  workspace: string;
  /** For a progress bar: bytes read, then records written. */
  onProgress?: (progress: BundleProgress) => void;
  /** Check everything, write nothing. */
  dryRun?: boolean;
}

export interface ImportResult {
  /** True when the bundle had no errors (and, unless dryRun, was written). */
  ok: boolean;
  written: boolean;
  workspace: string;
  /** The workspace did not exist and was created by this import. */
  createdWorkspace: boolean;
  /** Records read from the bundle, by kind (rows without problems). */
  counts: Record<RecordKind, number>;
  /** Of those, how many have an id the workspace did not hold yet (kinds with ids). */
  newRecords: Partial<Record<IdKind, number>>;
  /** The first errors, in file order; at most MAX_REPORTED_ERRORS. */
  errors: BundleError[];
  /** All errors, listed or not. */
  errorCount: number;
}

/** Import the bundle in the folder `dir`. */
export function importBundle(db: Db, options: ImportOptions & { dir: string }): Promise<ImportResult> {
  return importFrom(db, options.dir, options);
}

/** Import a bundle given as files in memory, by file name (the web app's upload): the same checks and writes. */
export function importBundleFromFiles(
  db: Db,
  options: ImportOptions & { files: ReadonlyMap<string, Uint8Array> },
): Promise<ImportResult> {
  return importFrom(db, options.files, options);
}

const LINKED_KINDS: readonly IdKind[] = ['interactions', 'actions', 'committees'];

async function importFrom(db: Db, input: BundleInput, options: ImportOptions): Promise<ImportResult> {
  const name = workspaceNameSchema.safeParse(options.workspace);
  if (!name.success) {
    throw new BundleSourceError('bad_workspace_name', { problem: name.error.issues[0]?.message ?? '' });
  }
  const source = await openSource(input);
  const existing = await findWorkspace(db, name.data);

  const read = await readBundle(source, options.onProgress ? { onProgress: options.onProgress } : {});
  const present = BUNDLE_FILES.filter((spec) => read.files[spec.kind] !== undefined).map((spec) => spec.kind);
  const wanted = new Set<IdKind>();
  for (const spec of BUNDLE_FILES) {
    if (!present.includes(spec.kind)) continue;
    if (spec.kind !== 'ties') wanted.add(spec.kind);
    for (const column of spec.columns) for (const kind of column.refers) wanted.add(kind);
  }
  const stored: KnownIds = {};
  for (const kind of wanted) stored[kind] = existing ? await storedIds(db, existing.id, kind) : new Set();

  const refs = await checkReferences(read, stored);
  const errors = inReadingOrder([...read.errors, ...refs.errors]).slice(0, MAX_REPORTED_ERRORS);
  const errorCount = read.errorCount + refs.errorCount;

  const counts = {} as Record<RecordKind, number>;
  const newRecords: Partial<Record<IdKind, number>> = {};
  for (const spec of BUNDLE_FILES) {
    const records = (read.records[spec.kind] ?? []) as readonly { id?: string }[];
    counts[spec.kind] = records.length;
    if (spec.kind === 'ties') continue;
    const known = stored[spec.kind];
    newRecords[spec.kind] = known ? records.filter((r) => !known.has(r.id!)).length : records.length;
  }
  const result: ImportResult = {
    ok: errorCount === 0,
    written: false,
    workspace: name.data,
    createdWorkspace: false,
    counts,
    newRecords,
    errors,
    errorCount,
  };
  if (!result.ok || options.dryRun) return result;

  const known: Partial<Record<IdKind, ReadonlySet<string>>> = {};
  for (const kind of LINKED_KINDS) known[kind] = stored[kind] ?? new Set();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const before = new Map<RecordKind, number>();
  let done = 0;
  await inTransaction(db, async (tx) => {
    const { workspace, created } = await getOrCreateWorkspace(tx, name.data);
    result.createdWorkspace = created;
    await writeRecords(tx, workspace.id, read.records, {
      known,
      onProgress: (kind, written) => {
        done += written - (before.get(kind) ?? 0);
        before.set(kind, written);
        options.onProgress?.({ phase: 'write', item: kind, done, total });
      },
    });
  });
  result.written = true;
  return result;
}

const FILE_ORDER = new Map<string, number>(BUNDLE_FILES.map((spec, i) => [spec.file, i]));

/** Errors by file (in the bundle's order), then line, then column: as a person would go through them. */
function inReadingOrder(errors: BundleError[]): BundleError[] {
  const rank = (file: string) => FILE_ORDER.get(file) ?? -1;
  return errors.sort((x, y) => rank(x.file) - rank(y.file) || x.line - y.line || x.column - y.column);
}

/**
 * Importing a bundle into a workspace: check every file and row (cells, duplicates, references against the
 * bundle and the workspace), and write only a clean bundle, in one transaction. Ids are the bundle's own, so
 * importing the same bundle again updates in place and duplicates nothing.
 */
import type { RecordKind } from '../core/records.js';
import { workspaceNameSchema } from '../core/workspace.js';
import { atomically } from '../store/atomically.js';
import type { Db } from '../store/database.js';
import { storedIds, writeRecords, type IdKind } from '../store/records.store.js';
import { findWorkspace, getOrCreateWorkspace } from '../store/workspaces.store.js';
import { loadPowerLookup, NOTHING_STORED } from '../store/power-records.store.js';
import { MAX_REPORTED_ERRORS, type BundleError } from './bundle-errors.js';
import { BUNDLE_FILES } from './bundle-files.js';
import { BundleSourceError, openSource, type BundleInput, type BundleSource } from './bundle-source.js';
import { PowerCheck } from './check-power.js';
import { ReferenceCheck, type KnownIds } from './check-references.js';
import { readBundle, type BundleProgress, type ReadSoFar, type RecordBatch } from './read-bundle.js';
import { refreshPlannerStatistics } from '../store/planner-statistics.js';

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

/**
 * Records are written as they are read, this many at a time (about 50 MB of interactions): an import holds a
 * batch, not the bundle. Every batch is written in the import's one transaction, and only while no problem
 * has been found; the first problem stops the writing, the rest of the bundle is still checked, and the
 * transaction is rolled back, so a bundle with any problem writes nothing.
 */
const WRITE_BATCH = 50_000;

/** Thrown inside the import's transaction to take back what was written when the bundle has problems. */
class Refused extends Error {
  constructor(readonly result: ImportResult) {
    super('the bundle has problems');
  }
}

async function importFrom(db: Db, input: BundleInput, options: ImportOptions): Promise<ImportResult> {
  const name = workspaceNameSchema.safeParse(options.workspace);
  if (!name.success) {
    throw new BundleSourceError('bad_workspace_name', { problem: name.error.issues[0]?.message ?? '' });
  }
  const source = await openSource(input);
  if (options.dryRun) return readAndWrite(db, false, source, name.data, options);
  try {
    const result = await atomically(db, async (tx) => {
      const result = await readAndWrite(tx, true, source, name.data, options);
      if (!result.ok) throw new Refused(result);
      return result;
    });
    await refreshPlannerStatistics(db);
    return result;
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** Read and check the whole bundle; when `write`, write each batch of it while no problem has been found. */
async function readAndWrite(
  db: Db,
  write: boolean,
  source: BundleSource,
  workspaceName: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const existing = await findWorkspace(db, workspaceName);
  const present = BUNDLE_FILES.filter((spec) => source.names.includes(spec.file)).map((spec) => spec.kind);
  const wanted = new Set<IdKind>();
  for (const spec of BUNDLE_FILES) {
    if (!present.includes(spec.kind)) continue;
    if (spec.kind !== 'ties') wanted.add(spec.kind);
    for (const column of spec.columns) for (const kind of column.refers) wanted.add(kind);
  }
  const stored: KnownIds = {};
  for (const kind of wanted) stored[kind] = existing ? await storedIds(db, existing.id, kind) : new Set();
  const known: Partial<Record<IdKind, ReadonlySet<string>>> = {};
  for (const kind of LINKED_KINDS) known[kind] = stored[kind] ?? new Set();

  const counts = {} as Record<RecordKind, number>;
  const newRecords: Partial<Record<IdKind, number>> = {};
  const written = {} as Record<RecordKind, number>;
  for (const spec of BUNDLE_FILES) {
    counts[spec.kind] = 0;
    written[spec.kind] = 0;
    if (spec.kind !== 'ties') newRecords[spec.kind] = 0;
  }
  const target = write ? await getOrCreateWorkspace(db, workspaceName) : null;
  const refs = new ReferenceCheck(stored);
  // the power map's rules across records (space kinds, circles, targets): only for bundles with those files
  const power = PowerCheck.needed(present)
    ? new PowerCheck(existing ? await loadPowerLookup(db, existing.id) : NOTHING_STORED)
    : null;

  const take = async (batch: RecordBatch, soFar: ReadSoFar) => {
    const { kind, records } = batch;
    counts[kind] += records.length;
    if (kind !== 'ties') {
      const had = stored[kind];
      const fresh = had ? records.filter((r) => !had.has((r as { id: string }).id)).length : records.length;
      newRecords[kind] = (newRecords[kind] ?? 0) + fresh;
    }
    refs.records(kind, records, batch.lines, soFar.files);
    power?.observe(kind, records);
    power?.records(kind, records, batch.lines);
    if (!target || soFar.errorCount > 0 || refs.total > 0 || (power?.total ?? 0) > 0) return;
    const before = written[kind];
    await writeRecords(
      db,
      target.workspace.id,
      { [kind]: records },
      {
        known,
        onProgress: (_kind, done) => {
          written[kind] = before + done;
          options.onProgress?.({ phase: 'write', item: kind, done: written[kind], total: counts[kind] });
        },
      },
    );
  };
  const read = await readBundle(source, {
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    onRecords: take,
    batchSize: WRITE_BATCH,
  });
  const references = await refs.finish(source);
  const rules = power ? await power.finish(source) : { errors: [], errorCount: 0 };
  const errorCount = read.errorCount + references.errorCount + rules.errorCount;
  return {
    ok: errorCount === 0,
    written: target !== null && errorCount === 0,
    workspace: workspaceName,
    createdWorkspace: target !== null && errorCount === 0 && target.created,
    counts,
    newRecords,
    errors: inReadingOrder([...read.errors, ...references.errors, ...rules.errors]).slice(0, MAX_REPORTED_ERRORS),
    errorCount,
  };
}

const FILE_ORDER = new Map<string, number>(BUNDLE_FILES.map((spec, i) => [spec.file, i]));

/** Errors by file (in the bundle's order), then line, then column: as a person would go through them. */
function inReadingOrder(errors: BundleError[]): BundleError[] {
  const rank = (file: string) => FILE_ORDER.get(file) ?? -1;
  return errors.sort((x, y) => rank(x.file) - rank(y.file) || x.line - y.line || x.column - y.column);
}

/**
 * Every id a row names (participants, raised_by, an ask's interaction, a committee's members...) must be a
 * record of the bundle or one already stored in the workspace. Checked, from the columns' `refers` in the
 * specs, once the files they name are read whole (files come after the files they name: BUNDLE_FILES). The
 * records keep only their line, so an error is placed at its column by reading that file once more: only when
 * there are errors, and only the files that have some.
 */
import type { IdKind } from '../store/records.store.js';
import type { Params } from '../core/i18n/i18n.js';
import { BundleErrors, UNKNOWN_REFERENCE, wordList, type BundleError, type BundleErrorCode } from './bundle-errors.js';
import { BUNDLE_FILES, FILE_OF } from './bundle-files.js';
import type { BundleSource } from './bundle-source.js';
import type { BundleKind, Column } from './bundle-spec.js';
import { readCsv } from './csv-parse.js';
import type { BundleRead, FilesRead } from './read-bundle.js';
import type { TextPosition } from './utf8-position.js';

/** Ids already stored in the workspace, by kind (storedIds in src/store). */
export type KnownIds = Partial<Record<IdKind, ReadonlySet<string>>>;

interface Unresolved {
  file: string;
  line: number;
  column: string;
  code: BundleErrorCode;
  params: Params;
}

export async function checkReferences(
  read: BundleRead,
  stored: KnownIds = {},
  options: { errorLimit?: number } = {},
): Promise<{ errors: BundleError[]; errorCount: number }> {
  const check = new ReferenceCheck(stored, options);
  for (const spec of BUNDLE_FILES) {
    const file = read.files[spec.kind];
    if (file) check.records(spec.kind, file.records, file.lines, read.files);
  }
  return check.finish(read.source);
}

// A batch is checked against the files read before it, so every file must come after the files it names
// (which writing needs too: a record goes in after what it refers to). Checked once, when the module loads.
BUNDLE_FILES.forEach((spec, i) => {
  for (const column of spec.columns as readonly Column<unknown>[]) {
    for (const kind of column.refers) {
      if (BUNDLE_FILES.findIndex((other) => other.kind === kind) >= i) {
        throw new Error(`${spec.file}: ${column.name} names ${kind}, whose file must come before it in BUNDLE_FILES`);
      }
    }
  }
});

/**
 * The same check a batch of records at a time, while a bundle is read (the import's way: it writes each batch
 * once its references check out). Batches come in file order; the files a batch names must be read whole.
 */
export class ReferenceCheck {
  /** Unresolved references found so far, listed or not. */
  total = 0;
  private readonly found: Unresolved[] = [];
  private readonly limit: number;

  constructor(
    private readonly stored: KnownIds = {},
    options: { errorLimit?: number } = {},
  ) {
    this.limit = new BundleErrors(options.errorLimit).limit;
  }

  /** Check what `records` of one file name, against `files` (the bundle's files read so far) and the store. */
  records(kind: BundleKind, records: readonly unknown[], lines: readonly number[], files: FilesRead): void {
    const spec = FILE_OF[kind];
    const refs = (spec.columns as readonly Column<unknown>[]).filter((c) => c.refers.length > 0 && c.ids !== null);
    if (refs.length === 0 || records.length === 0) return;
    const targets = refs.map((c) => ({
      known: c.refers.flatMap((k) => [files[k]?.keys, this.stored[k]].filter((ids) => ids !== undefined)),
      code: c.refers.length === 1 ? UNKNOWN_REFERENCE[c.refers[0]!] : ('unknown_reference' as const),
      files: wordList(c.refers.map((k) => FILE_OF[k].file)),
    }));
    const found = this.found;
    for (let i = 0; i < records.length; i++) {
      for (let r = 0; r < refs.length; r++) {
        const target = targets[r]!;
        let reported: Set<string> | null = null;
        for (const id of refs[r]!.ids!(records[i])) {
          if (id === null || reported?.has(id) || isKnown(target.known, id)) continue;
          (reported ??= new Set()).add(id);
          this.total += 1;
          if (found.length < this.limit) {
            found.push({
              file: spec.file,
              line: lines[i]!,
              column: refs[r]!.name,
              code: target.code,
              params: { value: id, column: refs[r]!.name, files: target.files },
            });
          }
        }
      }
    }
  }

  /** The problems found, each placed at its column (by reading again only the files that have some). */
  async finish(source: BundleSource): Promise<{ errors: BundleError[]; errorCount: number }> {
    const errors = new BundleErrors(this.limit);
    const places = await placeColumns(source, this.found);
    this.found.forEach((u, i) => errors.add(u.file, places[i]!, u.code, u.params));
    errors.total = this.total;
    return { errors: errors.list, errorCount: this.total };
  }
}

function isKnown(sets: readonly { has(id: string): boolean }[], id: string): boolean {
  for (const ids of sets) if (ids.has(id)) return true;
  return false;
}

/** Where each unresolved reference's column starts on its row, by reading its file again. */
export async function placeColumns(source: BundleSource, found: readonly Unresolved[]): Promise<TextPosition[]> {
  const places: TextPosition[] = found.map((u) => ({ line: u.line, column: 1 }));
  const byFile = new Map<string, Map<number, number[]>>();
  found.forEach((u, i) => {
    let lines = byFile.get(u.file);
    if (!lines) byFile.set(u.file, (lines = new Map<number, number[]>()));
    const list = lines.get(u.line);
    if (list) list.push(i);
    else lines.set(u.line, [i]);
  });
  for (const [file, lines] of byFile) {
    let header: string[] | null = null;
    await readCsv(
      () => source.chunks(file),
      (reader) => {
        if (header === null) {
          header = reader.fields.map((f) => f.trim());
          return;
        }
        const wanted = lines.get(reader.line);
        if (!wanted) return;
        for (const i of wanted) places[i] = reader.position(header.indexOf(found[i]!.column));
      },
      () => undefined,
    );
  }
  return places;
}

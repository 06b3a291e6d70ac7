/**
 * Every id a row names (participants, raised_by, an ask's interaction, a committee's members...) must be a
 * record of the bundle or one already stored in the workspace. Checked after all files are read, from the
 * columns' `refers` in the specs. The records keep only their line, so an error is placed at its column by
 * reading that file once more: only when there are errors, and only the files that have some.
 */
import type { IdKind } from '../store/records.store.js';
import type { Params } from '../core/i18n/i18n.js';
import { BundleErrors, UNKNOWN_REFERENCE, wordList, type BundleError, type BundleErrorCode } from './bundle-errors.js';
import { BUNDLE_FILES, FILE_OF } from './bundle-files.js';
import type { Column } from './bundle-spec.js';
import { readCsv } from './csv-parse.js';
import type { BundleRead } from './read-bundle.js';
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
  const errors = new BundleErrors(options.errorLimit);
  const found: Unresolved[] = [];
  let total = 0;

  for (const spec of BUNDLE_FILES) {
    const file = read.files[spec.kind];
    if (!file) continue;
    const refs = (spec.columns as readonly Column<unknown>[]).filter((c) => c.refers.length > 0 && c.ids !== null);
    if (refs.length === 0) continue;
    const targets = refs.map((c) => ({
      known: c.refers.flatMap((kind) => [read.files[kind]?.keys, stored[kind]].filter((ids) => ids !== undefined)),
      code: c.refers.length === 1 ? UNKNOWN_REFERENCE[c.refers[0]!] : ('unknown_reference' as const),
      files: wordList(c.refers.map((kind) => FILE_OF[kind].file)),
    }));
    const records = file.records as readonly unknown[];
    for (let i = 0; i < records.length; i++) {
      for (let r = 0; r < refs.length; r++) {
        const target = targets[r]!;
        let reported: Set<string> | null = null;
        for (const id of refs[r]!.ids!(records[i])) {
          if (id === null || reported?.has(id) || isKnown(target.known, id)) continue;
          (reported ??= new Set()).add(id);
          total += 1;
          if (found.length < errors.limit) {
            found.push({
              file: spec.file,
              line: file.lines[i]!,
              column: refs[r]!.name,
              code: target.code,
              params: { value: id, column: refs[r]!.name, files: target.files },
            });
          }
        }
      }
    }
  }

  const places = await placeColumns(read, found);
  found.forEach((u, i) => errors.add(u.file, places[i]!, u.code, u.params));
  errors.total = total;
  return { errors: errors.list, errorCount: total };
}

function isKnown(sets: readonly { has(id: string): boolean }[], id: string): boolean {
  for (const ids of sets) if (ids.has(id)) return true;
  return false;
}

/** Where each unresolved reference's column starts on its row, by reading its file again. */
async function placeColumns(read: BundleRead, found: readonly Unresolved[]): Promise<TextPosition[]> {
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
      () => read.source.chunks(file),
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

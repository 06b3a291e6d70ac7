/**
 * A file of the bundle, described as data: its columns (name, required or not, how a cell is read and
 * written, which record field it fills, which kind of record it names), what must be unique in it, and the
 * few rules that span columns. Reading (read-file.ts), reference checks (check-references.ts) and writing
 * (export-bundle.ts) are driven by these specs alone, so a new file is a new spec in bundle-files.ts.
 */
import type { z } from 'zod';
import type { Params } from '../core/i18n/i18n.js';
import type { RecordKind, WorkspaceRecords } from '../core/records.js';
import type { IdKind } from '../store/records.store.js';
import type { BundleErrorCode } from './bundle-errors.js';
import type { Cell } from './cells.js';

export type BundleKind = RecordKind;
export type RecordOf<K extends BundleKind> = WorkspaceRecords[K][number];

/** A column that fills one field of the record; its empty value is the field's default in the schema. */
type FieldColumnDef<R> = {
  [F in keyof R & string]: {
    name: string;
    field: F;
    cell: Cell<NonNullable<R[F]>>;
    required?: boolean;
    /** The kind of record the column's ids name (one of several kinds: any of them). */
    refers?: IdKind | readonly IdKind[];
  };
}[keyof R & string];

/** A column read and written by the spec's own finish/format (such as raised_by). */
interface DerivedColumnDef<R> {
  name: string;
  field?: undefined;
  cell: Cell<unknown>;
  required?: boolean;
  empty: unknown;
  refers?: IdKind | readonly IdKind[];
  /** The ids of `refers` this column names in a record. */
  ids?: (record: R) => Iterable<string | null>;
}

export type ColumnDef<R> = FieldColumnDef<R> | DerivedColumnDef<R>;

export interface Column<R> {
  readonly name: string;
  readonly field: (keyof R & string) | null;
  readonly cell: Cell<unknown>;
  readonly required: boolean;
  /** The value of an empty cell, or of the column when it is absent. */
  readonly empty: unknown;
  /** The kinds of record the column's ids may name; empty when it names none. */
  readonly refers: readonly IdKind[];
  /** The ids this column names in a record, for the reference check. */
  readonly ids: ((record: R) => Iterable<string | null>) | null;
}

/** Report a problem found by a rule spanning columns, placed at `column`. */
export type RowProblem = (column: string, code: BundleErrorCode, params?: Params) => void;

export interface FileSpec<K extends BundleKind> {
  readonly file: string;
  readonly kind: K;
  readonly columns: readonly Column<RecordOf<K>>[];
  /** The columns whose values identify a row: unique within the file. */
  readonly key: readonly string[];
  readonly duplicateCode: 'duplicate_id' | 'duplicate_tie';
  /**
   * Rules across columns, and fields filled from several columns. `value` gives the parsed value of a
   * column (its empty value when the cell is empty or the column absent).
   */
  finish?(record: RecordOf<K>, value: (column: string) => unknown, problem: RowProblem): void;
  /** Cells of the derived columns, by column name. */
  formatDerived?(record: RecordOf<K>): Readonly<Record<string, string>>;
}

/** A spec of any kind (FileSpec<K> takes records of K, so the kinds do not mix). */
export type AnyFileSpec = { [K in BundleKind]: FileSpec<K> }[BundleKind];

interface FileSpecDef<K extends BundleKind> {
  file: string;
  kind: K;
  /** The record's schema: column defaults come from it, so the bundle and the API agree. */
  schema: z.ZodObject;
  columns: ColumnDef<RecordOf<K>>[];
  key: string[];
  duplicateCode?: 'duplicate_id' | 'duplicate_tie';
  finish?: FileSpec<K>['finish'];
  formatDerived?: FileSpec<K>['formatDerived'];
}

/**
 * Build a file spec. An optional column takes its field's default from the record schema; a column is
 * required exactly when its field has none, which is checked here, once, when the module loads.
 */
export function defineFile<K extends BundleKind>(def: FileSpecDef<K>): FileSpec<K> {
  const shape = def.schema.shape as Record<string, z.ZodType | undefined>;
  const columns = def.columns.map((c): Column<RecordOf<K>> => {
    const required = c.required ?? false;
    const name = c.field ?? null;
    const derived = name === null ? (c as DerivedColumnDef<RecordOf<K>>) : null;
    let empty: unknown;
    if (derived || name === null) empty = derived?.empty;
    else {
      const field = shape[name];
      if (!field) throw new Error(`${def.file}: ${c.name} fills ${name}, which the schema does not have`);
      const byDefault = field.safeParse(undefined);
      if (byDefault.success === required) {
        throw new Error(`${def.file}: ${c.name} must be ${byDefault.success ? 'optional' : 'required'}`);
      }
      empty = byDefault.success ? byDefault.data : undefined;
    }
    const ids = derived
      ? (derived.ids ?? null)
      : c.refers && name !== null
        ? (record: RecordOf<K>) => asIds((record as Record<string, unknown>)[name])
        : null;
    const refers = c.refers === undefined ? [] : typeof c.refers === 'string' ? [c.refers] : c.refers;
    return { name: c.name, field: name, cell: c.cell, required, empty, refers, ids };
  });
  return {
    file: def.file,
    kind: def.kind,
    columns,
    key: def.key,
    duplicateCode: def.duplicateCode ?? 'duplicate_id',
    ...(def.finish ? { finish: def.finish } : {}),
    ...(def.formatDerived ? { formatDerived: def.formatDerived } : {}),
  };
}

function asIds(value: unknown): Iterable<string | null> {
  if (Array.isArray(value)) return value as string[];
  return [value as string | null];
}

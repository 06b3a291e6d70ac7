/**
 * Reading one file of a bundle by its spec: the header against the spec's columns, then every row, cell by
 * cell, into domain records. Every problem is reported at its field; a row with any problem gives no record,
 * but its key still counts (for duplicates and references) so that one mistake is reported once. (A row
 * the CSV itself is broken in is not seen at all: its fields cannot be told apart.)
 */
import type { Params } from '../core/i18n/i18n.js';
import type { BundleErrorCode, BundleErrors } from './bundle-errors.js';
import { wordList } from './bundle-errors.js';
import type { BundleSource } from './bundle-source.js';
import type { BundleKind, FileSpec, RecordOf } from './bundle-spec.js';
import { INVALID, type Fail } from './cells.js';
import { readCsv, MAX_RECORD_CHARS, type CsvReader } from './csv-parse.js';
import { unescapeFormula } from './formula-escape.js';

export interface FileRead<K extends BundleKind> {
  /** The records of the rows without problems, in file order (none left when they went to `onBatch`). */
  records: RecordOf<K>[];
  /** The line each of those records starts on. */
  lines: number[];
  /** The key of every row whose key could be read (the id, for kinds with ids), with its first line. */
  keys: Map<string, number>;
}

export interface ReadFileOptions<K extends BundleKind = BundleKind> {
  errors: BundleErrors;
  /** The bundle's manifest says its free-text cells were escaped against formulas (formula-escape.ts). */
  formulaEscaped: boolean;
  onBytes?: (bytes: number) => void;
  /**
   * Hand the records on as they are read, `batchSize` or more at a time (after a chunk of the file), and the
   * rest at the end, instead of keeping them all: a large file is then never held whole.
   */
  onBatch?: (records: RecordOf<K>[], lines: number[]) => Promise<void>;
  batchSize?: number;
}

const NO_COLUMN = -1;

export async function readBundleFile<K extends BundleKind>(
  spec: FileSpec<K>,
  source: BundleSource,
  options: ReadFileOptions<K>,
): Promise<FileRead<K>> {
  const { errors, formulaEscaped, onBatch } = options;
  const batchSize = options.batchSize ?? 1;
  const file = spec.file;
  const columns = spec.columns;
  const width = columns.length;
  const indexOf = new Map(columns.map((c, i) => [c.name, i]));
  const keyColumns = spec.key.map((name) => indexOf.get(name)!);
  const out: FileRead<K> = { records: [], lines: [], keys: new Map() };

  /** Where each column is in the file's rows (NO_COLUMN when absent), known once the header is read. */
  const at = new Array<number>(width).fill(NO_COLUMN);
  let order: number[] = columns.map((_, i) => i);
  let headerWidth = 0;
  let headerRead = false;
  /** False when a required column is missing: rows are still checked, but give no records. */
  let headerComplete = true;

  let reader: CsvReader | undefined;
  let csvTrouble = false;
  /** The current row's values by column; undefined where a cell could not be read. Reused row after row. */
  const values = new Array<unknown>(width).fill(undefined);
  let current = 0;
  let rowBad = false;

  const report = (index: number, code: BundleErrorCode, params: Params) => {
    errors.add(file, reader?.position(index) ?? { line: 1, column: 1 }, code, params);
  };
  const fail: Fail = (code, params) => {
    rowBad = true;
    report(at[current]!, code, { column: columns[current]!.name, ...params });
    return INVALID;
  };
  const problem = (column: string, code: BundleErrorCode, params?: Params) => {
    rowBad = true;
    const index = indexOf.get(column);
    report(index === undefined ? NO_COLUMN : at[index]!, code, { column, ...params });
  };
  const value = (column: string): unknown => values[indexOf.get(column)!];

  const readHeader = (fields: readonly string[]) => {
    headerRead = true;
    headerWidth = fields.length;
    const known = wordList(columns.map((c) => c.name));
    fields.forEach((raw, i) => {
      const name = raw.trim();
      const c = indexOf.get(name);
      if (c === undefined) report(i, 'unknown_column', { column: raw, known });
      else if (at[c] !== NO_COLUMN) report(i, 'duplicate_column', { column: name });
      else at[c] = i;
    });
    // Cells are read left to right as the file has them, so that a row's errors come in reading order.
    const place = (c: number) => (at[c] === NO_COLUMN ? Number.MAX_SAFE_INTEGER : at[c]!);
    order = columns.map((_, i) => i).sort((x, y) => place(x) - place(y));
    columns.forEach((c, i) => {
      if (c.required && at[i] === NO_COLUMN) {
        report(NO_COLUMN, 'missing_column', { column: c.name });
        headerComplete = false;
      }
    });
  };

  const readRow = (fields: readonly string[], line: number) => {
    if (fields.length !== headerWidth) {
      report(fields.length > headerWidth ? headerWidth : NO_COLUMN, 'field_count', {
        found: fields.length,
        expected: headerWidth,
      });
      return;
    }
    rowBad = false;
    for (let k = 0; k < width; k++) {
      const c = order[k]!;
      const column = columns[c]!;
      const index = at[c]!;
      values[c] = undefined;
      if (index === NO_COLUMN) {
        values[c] = column.empty;
        continue;
      }
      let text = fields[index]!;
      if (column.cell.freeText) {
        if (formulaEscaped) text = unescapeFormula(text);
      } else if (text.length > 0 && (text.charCodeAt(0) <= 32 || text.charCodeAt(text.length - 1) <= 32)) {
        text = text.trim();
      }
      if (text === '') {
        if (column.required) {
          current = c;
          fail('required');
        } else values[c] = column.empty;
        continue;
      }
      current = c;
      const parsed = column.cell.parse(text, fail);
      if (parsed !== INVALID) values[c] = parsed;
    }

    const key = keyOf(values, keyColumns);
    if (key !== null) {
      const first = out.keys.get(key);
      if (first === undefined) out.keys.set(detached(key), line);
      else {
        rowBad = true;
        const params: Params =
          spec.duplicateCode === 'duplicate_id' ? { id: key, firstLine: first } : { firstLine: first };
        report(at[keyColumns[0]!]!, spec.duplicateCode, params);
      }
    }
    if (rowBad || !headerComplete) return;

    const record: Record<string, unknown> = {};
    for (let c = 0; c < width; c++) {
      const field = columns[c]!.field;
      if (field !== null) record[field] = values[c];
    }
    spec.finish?.(record as RecordOf<K>, value, problem);
    if (rowBad) return;
    out.records.push(record as RecordOf<K>);
    out.lines.push(line);
  };

  const handOn = async () => {
    const { records, lines } = out;
    out.records = [];
    out.lines = [];
    await onBatch!(records, lines);
  };
  await readCsv(
    () => source.chunks(file),
    (r) => {
      reader = r;
      if (!headerRead) readHeader(r.fields);
      else readRow(r.fields, r.line);
    },
    (p) => {
      csvTrouble = true;
      errors.add(file, p, p.code, p.code === 'row_too_long' ? { max: MAX_RECORD_CHARS } : {});
    },
    (bytes) => {
      options.onBytes?.(bytes);
      return onBatch && out.records.length >= batchSize ? handOn() : undefined;
    },
  );
  if (onBatch && out.records.length > 0) await handOn();
  if (!headerRead && !csvTrouble) {
    errors.add(file, { line: 1, column: 1 }, 'empty_file', { columns: wordList(columns.map((c) => c.name)) });
  }
  return out;
}

/**
 * The same text, in a string of its own. A substring is kept (by V8) as a view into the text it was cut from, so
 * the key of every row, kept until the whole bundle is read, would keep every 4 MB chunk of its file alive: as
 * much memory as the file itself. Gluing a character on and cutting it off again makes a small copy.
 */
function detached(text: string): string {
  return `\u0000${text}`.slice(1);
}

/** The row's key, or null when a cell of it could not be read. Nulls (no observer) are part of the key. */
function keyOf(values: readonly unknown[], keyColumns: readonly number[]): string | null {
  if (keyColumns.length === 1) {
    const v = values[keyColumns[0]!];
    return typeof v === 'string' ? v : null;
  }
  let key = '';
  for (const c of keyColumns) {
    const v = values[c];
    if (v === undefined) return null;
    key += `${v === null ? '' : (v as string)}\u0000`;
  }
  return key;
}

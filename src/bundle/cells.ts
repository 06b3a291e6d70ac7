/**
 * How one cell of a bundle is read and written, per kind of value. The rules are the domain's own
 * (idProblem, isIsoDate, unitPathProblem, the vocabularies, the record schemas' text limits); the cells only
 * turn text into values and say what is wrong where. They are plain functions rather than a zod parse per
 * row because an import of a million rows spends its time here (docs/adr/0002-own-csv-parser.md).
 */
import type { z } from 'zod';
import { isIsoDate } from '../core/dates.js';
import type { Params } from '../core/i18n/i18n.js';
import { idProblem, MAX_ID_LENGTH } from '../core/ids.js';
import { unitPathProblem } from '../core/units.js';
import type { BundleErrorCode } from './bundle-errors.js';
import { wordList } from './bundle-errors.js';

/** What a cell's parse returns when the cell is wrong (the problem went to `fail`). */
export const INVALID: unique symbol = Symbol('invalid cell');
export type Invalid = typeof INVALID;

/** Report a problem with the cell being read; returns {@link INVALID} for the parser to pass on. */
export type Fail = (code: BundleErrorCode, params?: Params) => Invalid;

export interface Cell<T> {
  /** Read a non-empty cell (trimmed, unless it is free text). */
  parse(text: string, fail: Fail): T | Invalid;
  /** Write a value; empty values (null, an empty list) never reach a cell and are written as ''. */
  format(value: T): string;
  /**
   * Free text typed by a person (names, titles, notes): read as it is, not trimmed, and escaped on export
   * when a spreadsheet would take it for a formula (formula-escape.ts).
   */
  readonly freeText: boolean;
}

/**
 * Valid dates seen lately, kept as one string each. A large bundle repeats the same few thousand dates a
 * million times: checking each once (isIsoDate builds a Date) and keeping one copy makes an import faster and
 * smaller. Bounded, and emptied after each bundle read ({@link forgetSeenDates}).
 */
let seenDates = new Map<string, string>();

function seenDate(text: string): string {
  if (seenDates.size >= 100_000) seenDates = new Map();
  seenDates.set(text, text);
  return text;
}

export function forgetSeenDates(): void {
  seenDates = new Map();
}

export const idCell: Cell<string> = {
  parse: (text, fail) => {
    const problem = idProblem(text);
    return problem === null ? text : fail('bad_id', { value: text, problem, max: MAX_ID_LENGTH });
  },
  format: (value) => value,
  freeText: false,
};

export const dateCell: Cell<string> = {
  parse: (text, fail) => seenDates.get(text) ?? (isIsoDate(text) ? seenDate(text) : fail('bad_date', { value: text })),
  format: (value) => value,
  freeText: false,
};

export const unitCell: Cell<string> = {
  parse: (text, fail) => {
    const problem = unitPathProblem(text);
    return problem === null ? text : fail('bad_unit', { value: text, problem });
  },
  format: (value) => value,
  freeText: false,
};

/** One word of a closed vocabulary (src/core/vocabulary.ts). */
export function oneOf<const T extends string>(values: readonly T[]): Cell<T> {
  const known = new Map<string, T>(values.map((v) => [v, v]));
  const allowed = wordList(values);
  return {
    parse: (text, fail) => known.get(text) ?? fail('unknown_value', { value: text, allowed }),
    format: (value) => value,
    freeText: false,
  };
}

/** A number from a short closed list, such as closeness 1, 2 or 3. */
export function numberOf<const T extends number>(values: readonly T[]): Cell<T> {
  const byText = new Map<string, T>(values.map((v) => [String(v), v]));
  const allowed = wordList(values);
  return {
    parse: (text, fail) => byText.get(text) ?? fail('unknown_value', { value: text, allowed }),
    format: (value) => String(value),
    freeText: false,
  };
}

export const booleanCell: Cell<boolean> = {
  parse: (text, fail) =>
    text === 'true' ? true : text === 'false' ? false : fail('unknown_value', { value: text, allowed: 'true, false' }),
  format: (value) => (value ? 'true' : 'false'),
  freeText: false,
};

/**
 * A `;`-separated list of items (ids or words); spaces around items are ignored, since no id or word has
 * any. Empty items and repeated items are refused: a list names each thing once.
 */
export function listOf<T extends string>(item: Cell<T>, options: { min?: number } = {}): Cell<T[]> {
  const min = options.min ?? 0;
  return {
    parse: (text, fail) => {
      const out: T[] = [];
      for (let from = 0; from <= text.length;) {
        let to = text.indexOf(';', from);
        if (to < 0) to = text.length;
        const part = text.slice(from, to).trim();
        from = to + 1;
        if (part === '') return fail('empty_item', { value: text });
        const value = item.parse(part, fail);
        if (value === INVALID) return INVALID;
        out.push(value);
      }
      const repeated = firstRepeated(out);
      if (repeated !== null) return fail('duplicate_item', { item: repeated });
      if (out.length < min) return fail('too_few_items', { min });
      return out;
    },
    format: (values) => values.map((value) => item.format(value)).join(';'),
    freeText: false,
  };
}

function firstRepeated(items: readonly string[]): string | null {
  if (items.length > 16) {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item)) return item;
      seen.add(item);
    }
    return null;
  }
  for (let i = 1; i < items.length; i++) for (let j = 0; j < i; j++) if (items[i] === items[j]) return items[i]!;
  return null;
}

/**
 * Free text, checked by the record schema's own field (its length limit and, for required text, its
 * trimming), so that the bundle and the API accept exactly the same text. NUL cannot be stored by
 * PostgreSQL, so it is refused here rather than failing in the middle of the write.
 */
export function textCell(field: z.ZodType): Cell<string> {
  return {
    parse: (text, fail) => {
      if (text.includes('\0')) return fail('nul_character');
      const result = field.safeParse(text);
      if (result.success) return result.data as string;
      const issue = result.error.issues[0];
      if (issue?.code === 'too_big') return fail('text_too_long', { max: Number(issue.maximum) });
      return fail('required');
    },
    format: (value) => value,
    freeText: true,
  };
}

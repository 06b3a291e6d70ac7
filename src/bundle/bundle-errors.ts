/**
 * What an import reports: one structured error per problem, placed at `file:line:column`, with a code and
 * parameters for the message catalog (bundle-messages.ts) and the English message ready to print.
 */
import type { Lang, Params } from '../core/i18n/i18n.js';
import { translator } from '../core/i18n/i18n.js';
import type { IdKind } from '../store/records.store.js';
import type { CsvProblemCode } from './csv-parse.js';
import { BUNDLE_MESSAGES } from './bundle-messages.js';
import type { TextPosition } from './utf8-position.js';

/** The code of an error naming a record that is neither in the bundle nor in the workspace. */
export const UNKNOWN_REFERENCE = {
  people: 'unknown_person',
  spaces: 'unknown_space',
  grievances: 'unknown_grievance',
  interactions: 'unknown_interaction',
  asks: 'unknown_ask',
  actions: 'unknown_action',
  committees: 'unknown_committee',
  mandates: 'unknown_mandate',
  moon_sessions: 'unknown_moon_session',
  votes: 'unknown_vote',
  satellite_effects: 'unknown_satellite_effect',
  picket_shifts: 'unknown_picket_shift',
  mutual_aid: 'unknown_mutual_aid',
} as const satisfies Record<IdKind, `unknown_${string}`>;

export type BundleErrorCode =
  | CsvProblemCode
  // the bundle and its files
  | 'empty_file'
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'field_count'
  | 'unknown_file'
  | 'unreadable_file'
  | 'bad_manifest'
  | 'unsupported_version'
  // one cell
  | 'required'
  | 'bad_id'
  | 'bad_date'
  | 'unknown_value'
  | 'bad_unit'
  | 'text_too_long'
  | 'nul_character'
  | 'empty_item'
  | 'duplicate_item'
  | 'too_few_items'
  // a row
  | 'duplicate_id'
  | 'duplicate_tie'
  | 'same_person'
  | 'ask_needs_date'
  | 'raised_by_without_grievances'
  | 'raised_by_mixed'
  | 'bad_raised_item'
  | 'raised_by_not_participant'
  | 'raised_grievance_not_listed'
  // the power map's files (power-records.ts; check-power.ts)
  | 'bad_date_time'
  | 'bad_count'
  | 'bad_amount'
  | 'bad_target'
  | 'ends_before_start'
  | 'report_before_session'
  | 'reported_to_without_date'
  | 'space_not_moon'
  | 'space_not_sun'
  | 'holder_is_satellite'
  | 'effect_by_worker'
  | 'unknown_target'
  // references
  | (typeof UNKNOWN_REFERENCE)[IdKind]
  | 'unknown_reference';

export interface BundleError {
  /** The file's name inside the bundle, such as `people.csv`. */
  file: string;
  /** 1-based line of the field (or row, or file) at fault. */
  line: number;
  /** 1-based column, in characters, where the field at fault starts on its line. */
  column: number;
  code: BundleErrorCode;
  params: Params;
  /** In English; {@link renderBundleError} gives it in another language. */
  message: string;
}

/** How many errors an import lists; the rest are counted. */
export const MAX_REPORTED_ERRORS = 200;

const english = translator(BUNDLE_MESSAGES, 'en');

/** Collects errors up to a limit and counts all of them. */
export class BundleErrors {
  readonly list: BundleError[] = [];
  total = 0;

  constructor(readonly limit: number = MAX_REPORTED_ERRORS) {}

  add(file: string, at: TextPosition, code: BundleErrorCode, params: Params = {}): void {
    this.total += 1;
    if (this.list.length >= this.limit) return;
    this.list.push({ file, line: at.line, column: at.column, code, params, message: english(code, params) });
  }

  /** Whether another error would still be listed (so that the caller may skip the work of placing it). */
  get full(): boolean {
    return this.list.length >= this.limit;
  }
}

/** `file:line:column: message`, in English or Spanish. */
export function renderBundleError(error: BundleError, lang: Lang = 'en'): string {
  const message = lang === 'en' ? error.message : translator(BUNDLE_MESSAGES, lang)(error.code, error.params);
  return `${error.file}:${error.line}:${error.column}: ${message}`;
}

/** The closing line of a refused import: how many errors there were and how many are not listed. */
export function renderErrorSummary(listed: number, total: number, lang: Lang = 'en'): string {
  const t = translator(BUNDLE_MESSAGES, lang);
  return total > listed ? t('summary_more', { total, more: total - listed }) : t('summary', { total });
}

/** A list of words for a message: `a, b, c`. */
export function wordList(items: readonly (string | number)[]): string {
  return items.join(', ');
}

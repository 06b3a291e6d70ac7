/**
 * The cells of the power map's files (docs/bundle.md): date-times of picket shifts, vote counts, amounts of
 * mutual aid, and targets (a person's id or a unit path). The rules are the domain's (src/core); these only
 * read and write the text, in the manner of cells.ts.
 */
import { isIsoDateTime } from '../core/dates.js';
import { idProblem } from '../core/ids.js';
import { unitPathProblem } from '../core/units.js';
import type { Cell } from './cells.js';

export const dateTimeCell: Cell<string> = {
  parse: (text, fail) => (isIsoDateTime(text) ? text : fail('bad_date_time', { value: text })),
  format: (value) => value,
  freeText: false,
};

const MAX_COUNT = 10_000_000;
const MAX_AMOUNT = 1_000_000_000;

/** A whole count, 0 or more: votes are counts only. */
export const countCell: Cell<number> = {
  parse: (text, fail) => {
    const n = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
    return n <= MAX_COUNT ? n : fail('bad_count', { value: text });
  },
  format: (value) => String(value),
  freeText: false,
};

/** A number, 0 or more, with a point for decimals; written back as the shortest text that reads the same. */
export const amountCell: Cell<number> = {
  parse: (text, fail) => {
    const n = /^\d{1,10}(\.\d{1,6})?$/.test(text) ? Number(text) : NaN;
    return n <= MAX_AMOUNT ? n : fail('bad_amount', { value: text });
  },
  format: (value) => String(value),
  freeText: false,
};

/** A person's id or a unit path; which one it is, and that it exists, is checked with the workspace (check-power.ts). */
export const targetCell: Cell<string> = {
  parse: (text, fail) =>
    idProblem(text) === null || unitPathProblem(text) === null ? text : fail('bad_target', { value: text }),
  format: (value) => value,
  freeText: false,
};

/** The column of each field of the power map's records that a rule across columns can fault. */
export const POWER_COLUMN_OF: Readonly<Record<string, string>> = {
  space: 'space',
  holders: 'holders',
  satellite: 'satellite',
  on: 'on',
  reportedTo: 'reported_to',
  reportedBackOn: 'reported_back_on',
  endsAt: 'ends_at',
};

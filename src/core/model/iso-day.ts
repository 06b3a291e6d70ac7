/**
 * Dates as whole days, read straight from text. A module of its own, with no imports, so that the model's
 * readers can load it in a worker thread (src/store/sqlite/interaction-pages.ts).
 */

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` date (the same as dates.ts `toDay`, without parsing through Date:
 * the accumulator reads one date per record, millions of them).
 */
export function isoDay(iso: string): number {
  return isoDayAt(iso, 0);
}

/** {@link isoDay} of the date written at `at` in `text` (a reader of packed rows need not cut it out first). */
export function isoDayAt(text: string, at: number): number {
  const y =
    text.charCodeAt(at) * 1000 +
    text.charCodeAt(at + 1) * 100 +
    text.charCodeAt(at + 2) * 10 +
    text.charCodeAt(at + 3) -
    53_328;
  const m = text.charCodeAt(at + 5) * 10 + text.charCodeAt(at + 6) - 528;
  const d = text.charCodeAt(at + 8) * 10 + text.charCodeAt(at + 9) - 528;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const leapsBefore = countLeaps(y - 1) - countLeaps(1969);
  return (y - 1970) * 365 + leapsBefore + DAYS_BEFORE_MONTH[m - 1]! + (leap && m > 2 ? 1 : 0) + d - 1;
}

function countLeaps(y: number): number {
  return Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
}

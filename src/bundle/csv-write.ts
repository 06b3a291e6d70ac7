/**
 * The writing half of the bundle's CSV (RFC 4180): a field is quoted when it holds a comma, a quote, a
 * carriage return or a line feed, and quotes inside are doubled; records end with LF. Ten lines of our own
 * rather than csv-stringify, so that the writer and the reader (csv-parse.ts) agree by construction and an
 * export of a million rows builds no objects per field; csv-parse (the package) checks it in the tests.
 */

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record, with its line ending. */
export function csvRecord(fields: readonly string[]): string {
  let out = '';
  for (let i = 0; i < fields.length; i++) out += (i === 0 ? '' : ',') + csvField(fields[i]!);
  return `${out}\n`;
}

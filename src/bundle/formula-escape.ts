/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-` or `@` (and some a tab or carriage return) as a
 * formula: a note typed by anyone could then run in the organizer's spreadsheet (CSV injection). On export,
 * free-text cells starting with one of those, or with `'` itself, get a leading `'`, which spreadsheets show
 * as "text". Because `'` is escaped too, reading back is exact: drop one leading `'`. Sunspace does that only
 * for a bundle whose manifest says `formulaEscaped: true`, so a hand-made bundle keeps its apostrophes.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', "'"]);

export function escapeFormula(text: string): string {
  return text.length > 0 && TRIGGERS.has(text[0]!) ? `'${text}` : text;
}

export function unescapeFormula(text: string): string {
  return text.charCodeAt(0) === 0x27 ? text.slice(1) : text;
}

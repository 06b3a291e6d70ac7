/**
 * A small RFC 4180 reader that knows where every field starts (docs/adr/0002-own-csv-parser.md): an import
 * error must point at a line AND a column, and a field's line is not its record's line when an earlier field
 * of the record holds a line break.
 *
 * Accepted: fields separated by `,`, records ended by CRLF or LF, fields quoted with `"` and `""` for a quote
 * inside them, a last record with no line ending, blank lines (skipped). Refused, with a position: a quote left
 * open, a quote inside an unquoted field, text after a closing quote, a carriage return not followed by a
 * line feed outside quotes. The reader is fed text in chunks and yields complete records, so a file is never
 * held whole as one string.
 */
import { Utf8Scanner, type TextPosition } from './utf8-position.js';

export type CsvProblemCode =
  | 'unclosed_quote'
  | 'quote_in_unquoted_field'
  | 'text_after_quote'
  | 'lone_carriage_return'
  | 'row_too_long'
  | 'bad_utf8';

export interface CsvProblem extends TextPosition {
  code: CsvProblemCode;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/** No record of a bundle comes near this; a pending record this long means a quote was left open. */
export const MAX_RECORD_CHARS = 32 * 1024 * 1024;

/** What reading one record came to. */
const Step = { Record: 0, Blank: 1, Bad: 2, NeedMore: 3, End: 4 } as const;
type Step = (typeof Step)[keyof typeof Step];

export class CsvReader {
  /** The fields of the current record, valid until the next call to {@link next}. */
  readonly fields: string[] = [];
  /** The line the current record starts on. */
  line = 0;

  private buf = '';
  private pos = 0;
  private nextLine = 1;
  private final = false;
  private stopped = false;
  private recordStart = 0;
  private readonly starts: number[] = [];
  private readonly pending: CsvProblem[] = [];

  constructor(private readonly onProblem: (problem: CsvProblem) => void) {}

  /** Add text; `final` when it is the last. Call only when {@link next} has returned false. */
  push(text: string, final: boolean): void {
    const rest = this.pos < this.buf.length ? this.buf.slice(this.pos) : '';
    if (rest.length > MAX_RECORD_CHARS) {
      this.buf = rest;
      this.pos = 0;
      this.recordStart = 0;
      this.line = this.nextLine;
      this.onProblem({ code: 'row_too_long', ...this.positionAt(0) });
      this.stopped = true;
      return;
    }
    this.buf = rest.length > 0 ? rest + text : text;
    this.pos = 0;
    this.final = final;
  }

  /** Move to the next complete record; false when more text is needed, or at the end. */
  next(): boolean {
    for (;;) {
      if (this.stopped) return false;
      const step = this.readRecord();
      if (step === Step.Record) return true;
      if (step === Step.NeedMore || step === Step.End) return false;
      if (step === Step.Bad) for (const p of this.pending) this.onProblem(p);
    }
  }

  /** Where field `index` of the current record starts (the record's start for an index past its end). */
  position(index: number): TextPosition {
    return this.positionAt(this.starts[index] ?? this.recordStart);
  }

  private positionAt(offset: number): TextPosition {
    const buf = this.buf;
    let line = this.line;
    let lineStart = this.recordStart;
    for (let k = buf.indexOf('\n', lineStart); k >= 0 && k < offset; k = buf.indexOf('\n', lineStart)) {
      line += 1;
      lineStart = k + 1;
    }
    let column = 1;
    for (let k = lineStart; k < offset; k++) {
      const c = buf.charCodeAt(k);
      if (c < 0xdc00 || c > 0xdfff) column += 1; // a low surrogate ends a character already counted
    }
    return { line, column };
  }

  private problem(code: CsvProblemCode, fieldStart: number): void {
    this.pending.push({ code, ...this.positionAt(fieldStart) });
  }

  private readRecord(): Step {
    const buf = this.buf;
    const n = buf.length;
    const final = this.final;
    let i = this.pos;
    if (i >= n) return final ? Step.End : Step.NeedMore;
    const fields = this.fields;
    const starts = this.starts;
    fields.length = 0;
    starts.length = 0;
    this.pending.length = 0;
    this.recordStart = i;
    this.line = this.nextLine;
    let lines = 0;
    let bad = false;
    let quotedAny = false;

    for (;;) {
      const start = i;
      starts.push(start);
      if (i < n && buf.charCodeAt(i) === QUOTE) {
        quotedAny = true;
        let value = '';
        let from = i + 1;
        for (;;) {
          const q = buf.indexOf('"', from);
          if (q < 0 || (q + 1 >= n && !final)) {
            if (!final) return Step.NeedMore;
            this.problem('unclosed_quote', start);
            this.stopped = true; // everything after an open quote belongs to it: nothing more can be read
            return Step.Bad;
          }
          if (buf.charCodeAt(q + 1) === QUOTE) {
            value += buf.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += buf.slice(from, q);
          i = q + 1;
          break;
        }
        for (let k = buf.indexOf('\n', start); k >= 0 && k < i; k = buf.indexOf('\n', k + 1)) lines += 1;
        fields.push(value);
        if (i < n) {
          const c = buf.charCodeAt(i);
          if (c !== COMMA && c !== LF && c !== CR) {
            this.problem('text_after_quote', start);
            bad = true;
            while (i < n) {
              const d = buf.charCodeAt(i);
              if (d === COMMA || d === LF || d === CR) break;
              i += 1;
            }
            if (i >= n && !final) return Step.NeedMore;
          }
        } else if (!final) return Step.NeedMore;
      } else {
        let j = i;
        let stray = false;
        while (j < n) {
          const c = buf.charCodeAt(j);
          if (c === COMMA || c === LF || c === CR) break;
          if (c === QUOTE) stray = true;
          j += 1;
        }
        if (j >= n && !final) return Step.NeedMore;
        if (stray) {
          this.problem('quote_in_unquoted_field', start);
          bad = true;
        }
        fields.push(buf.slice(i, j));
        i = j;
      }

      // Between fields, or at the end of the record.
      if (i >= n) break;
      const c = buf.charCodeAt(i);
      if (c === COMMA) {
        i += 1;
        continue;
      }
      if (c === LF) {
        i += 1;
        lines += 1;
        break;
      }
      // CR
      if (i + 1 >= n && !final) return Step.NeedMore;
      if (buf.charCodeAt(i + 1) === LF) {
        i += 2;
        lines += 1;
        break;
      }
      this.problem('lone_carriage_return', start);
      bad = true;
      i += 1;
      break;
    }

    this.pos = i;
    this.nextLine = this.line + lines;
    if (bad) return Step.Bad;
    if (!quotedAny && fields.length === 1 && fields[0] === '') return Step.Blank;
    return Step.Record;
  }
}

/** Bytes of a file, a chunk at a time, as many times as asked (the second pass locates bad UTF-8). */
export type ChunkSource = () => AsyncIterable<Uint8Array>;

/**
 * Decode `chunks` as UTF-8 (a byte-order mark is accepted) and read CSV records from them, calling `onRecord`
 * for each. Not UTF-8: one problem at the first bad byte, and reading stops there. Yields to the event loop
 * between chunks so that a progress bar can draw; `onChunk`, after each chunk's records, may return a promise
 * to be waited for before the next chunk is read (the import writes what it has read there).
 */
export async function readCsv(
  chunks: ChunkSource,
  onRecord: (reader: CsvReader) => void,
  onProblem: (problem: CsvProblem) => void,
  onChunk?: (bytes: number) => void | Promise<void>,
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const reader = new CsvReader(onProblem);
  const badUtf8 = async () => {
    const scanner = new Utf8Scanner();
    for await (const chunk of chunks()) {
      scanner.feed(chunk);
      if (scanner.firstBad) break;
    }
    onProblem({ code: 'bad_utf8', ...(scanner.end() ?? { line: 1, column: 1 }) });
  };
  const drain = () => {
    while (reader.next()) onRecord(reader);
  };
  for await (const chunk of chunks()) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      return badUtf8();
    }
    reader.push(text, false);
    drain();
    await onChunk?.(chunk.byteLength);
    await new Promise((resolve) => setImmediate(resolve));
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    return badUtf8();
  }
  reader.push(rest, true);
  drain();
}

/** Read a whole CSV text at once: for tests and small inputs. Records come back as arrays of fields. */
export function parseCsvText(text: string): { records: string[][]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [];
  const reader = new CsvReader((p) => problems.push(p));
  const records: string[][] = [];
  reader.push(text, true);
  while (reader.next()) records.push([...reader.fields]);
  return { records, problems };
}

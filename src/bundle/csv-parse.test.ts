import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvReader, parseCsvText, readCsv, type CsvProblem } from './csv-parse.js';

const encode = (text: string) => new TextEncoder().encode(text);

/** Read bytes given in the chunks listed, collecting records and problems. */
async function readChunks(chunks: Uint8Array[]) {
  const records: string[][] = [];
  const problems: CsvProblem[] = [];
  await readCsv(
    () =>
      (async function* () {
        await Promise.resolve();
        yield* chunks;
      })(),
    (r) => records.push([...r.fields]),
    (p) => problems.push(p),
  );
  return { records, problems };
}

/** Split bytes at the given offsets. */
function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

const awkward = fc.string({
  unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '""', '\n', '\r\n', '\r', "'", '=', ';', 'é', '名', '😀', '\t'),
  maxLength: 12,
});
/** Tables with at least two columns: csv-stringify writes a lone empty field as a blank line, which we skip. */
const table = fc
  .integer({ min: 2, max: 5 })
  .chain((width) => fc.array(fc.array(awkward, { minLength: width, maxLength: width }), { maxLength: 8 }));

describe('reading CSV', () => {
  it('gives back any table csv-stringify writes, field for field', () => {
    fc.assert(
      fc.property(table, fc.boolean(), (rows, crlf) => {
        // With CRLF records, csv-stringify leaves a field holding a bare LF unquoted (RFC 4180 wants it quoted).
        const text = stringify(rows, crlf ? { record_delimiter: 'windows', quoted_match: /[\r\n]/ } : {});
        const { records, problems } = parseCsvText(text);
        expect(problems).toEqual([]);
        expect(records).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same records however the bytes are cut into chunks, even inside a character', async () => {
    await fc.assert(
      fc.asyncProperty(table, fc.array(fc.nat(), { maxLength: 6 }), async (rows, cuts) => {
        const bytes = encode(stringify(rows));
        const { records, problems } = await readChunks(splitAt(bytes, cuts));
        expect(problems).toEqual([]);
        expect(records).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts a byte-order mark, CRLF and LF line endings, a last line without an ending, and skips blank lines', async () => {
    const bytes = encode('\uFEFFid,name\r\np1,Ana\n\r\n\np2,"Ben\r\nOkafor"\np3,Chen');
    const { records, problems } = await readChunks([bytes]);
    expect(problems).toEqual([]);
    expect(records).toEqual([
      ['id', 'name'],
      ['p1', 'Ana'],
      ['p2', 'Ben\r\nOkafor'],
      ['p3', 'Chen'],
    ]);
  });

  it('knows the line and column where each field starts, after a field with line breaks and wide characters', () => {
    const reader = new CsvReader(() => undefined);
    reader.push('h1,h2,h3\n"a\nb\nc",😀é,x\nnext,y,z\n', true);
    expect(reader.next()).toBe(true);
    expect(reader.next()).toBe(true);
    expect(reader.line).toBe(2);
    expect([0, 1, 2].map((i) => reader.position(i))).toEqual([
      { line: 2, column: 1 },
      { line: 4, column: 4 },
      { line: 4, column: 7 },
    ]);
    expect(reader.next()).toBe(true);
    expect(reader.line).toBe(5);
    expect(reader.position(2)).toEqual({ line: 5, column: 8 });
  });

  it('places a quote left open at its field, and reads nothing after it', () => {
    const { records, problems } = parseCsvText('a,b\n1,"two\n3,4\n');
    expect(records).toEqual([['a', 'b']]);
    expect(problems).toEqual([{ code: 'unclosed_quote', line: 2, column: 3 }]);
  });

  it('places a quote inside an unquoted field, text after a closing quote and a lone carriage return', () => {
    const { records, problems } = parseCsvText('a,b\nx,ab"c\n"q"z,y\nlast,one\rmore,two\nok,fine\n');
    expect(problems).toEqual([
      { code: 'quote_in_unquoted_field', line: 2, column: 3 },
      { code: 'text_after_quote', line: 3, column: 1 },
      { code: 'lone_carriage_return', line: 4, column: 6 },
    ]);
    expect(records).toEqual([
      ['a', 'b'],
      ['more', 'two'],
      ['ok', 'fine'],
    ]);
  });

  it('reports bytes that are not UTF-8 at their line and column, found across a chunk boundary', async () => {
    const bytes = new Uint8Array([...encode('id,name\np1,Ana\np2,Jos'), 0xc3, 0x28, ...encode('\n')]);
    const { problems } = await readChunks(splitAt(bytes, [20]));
    expect(problems).toEqual([{ code: 'bad_utf8', line: 3, column: 7 }]);
  });

  it('reports a character cut off at the very end of the file', async () => {
    const bytes = new Uint8Array([...encode('id,name\np1,é'), 0xe2, 0x82]);
    const { problems } = await readChunks([bytes]);
    expect(problems).toEqual([{ code: 'bad_utf8', line: 2, column: 5 }]);
  });
});

import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvText } from './csv-parse.js';
import { csvField, csvRecord } from './csv-write.js';

const field = fc.string({
  unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', '\r', "'", '=', 'é', '😀'),
  maxLength: 10,
});
const table = fc
  .integer({ min: 2, max: 4 })
  .chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }));

describe('writing CSV', () => {
  it('writes tables that csv-parse, the reference reader, reads back unchanged', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const text = rows.map(csvRecord).join('');
        expect(parse(text, { relax_column_count: false })).toEqual(rows);
        expect(parseCsvText(text).records).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('quotes only fields that need it', () => {
    expect(csvField("plain text; with = and '")).toBe("plain text; with = and '");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstBadUtf8, Utf8Scanner } from './utf8-position.js';

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Bytes near the edges of UTF-8's rules: overlongs, surrogates, the top of Unicode, stray continuations. */
const edgyByte = fc.constantFrom(
  0x0a,
  0x41,
  0x7f,
  0x80,
  0x8f,
  0x90,
  0x9f,
  0xa0,
  0xbf,
  0xc0,
  0xc1,
  0xc2,
  0xdf,
  0xe0,
  0xed,
  0xef,
  0xf0,
  0xf4,
  0xf5,
  0xff,
);

describe('finding bad UTF-8', () => {
  it('agrees with TextDecoder on which byte strings are UTF-8', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(edgyByte, fc.integer({ min: 0, max: 255 })), { maxLength: 16 }), (list) => {
        const bytes = Uint8Array.from(list);
        const scanner = new Utf8Scanner();
        scanner.feed(bytes);
        expect(scanner.end() === null).toBe(decodes(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the same first bad byte however the bytes are split', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 20 }), fc.nat(), fc.nat(30), async (text, bad, cut) => {
        const chars = [...text];
        const at = bad % (chars.length + 1);
        const before = chars.slice(0, at).join('');
        const encode = (s: string) => new TextEncoder().encode(s);
        const bytes = new Uint8Array([...encode(before), 0xff, ...encode(chars.slice(at).join(''))]);
        const c = Math.min(cut, bytes.length);
        const whole = await firstBadUtf8([bytes]);
        expect(await firstBadUtf8([bytes.subarray(0, c), bytes.subarray(c)])).toEqual(whole);
        const lines = before.replace(/^\uFEFF/, '').split('\n');
        expect(whole).toEqual({ line: lines.length, column: [...lines[lines.length - 1]!].length + 1 });
      }),
      { numRuns: 500 },
    );
  });

  it('does not count a byte-order mark as a character of the first line, even split across chunks', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x62, 0xff]);
    expect(await firstBadUtf8([bytes])).toEqual({ line: 1, column: 3 });
    expect(await firstBadUtf8([bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)])).toEqual({
      line: 1,
      column: 3,
    });
  });
});

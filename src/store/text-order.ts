/**
 * Text in SQLite's order: its BINARY collation compares UTF-8 bytes, which orders text by code point.
 * JavaScript's `<` and `sort()` compare UTF-16 code units, which put U+E000..U+FFFF after the surrogates that
 * write U+10000 and above: the two differ only there, and these put them in SQLite's order.
 */

/** a and b by code point: below 0, 0 or above. */
export function byCodePoint(a: string, b: string): number {
  return compareAt(a, 0, a.length, b);
}

/** The text at text[from, to) against `s`, by code point: below 0, 0 or above. */
export function compareAt(text: string, from: number, to: number, s: string): number {
  const n = Math.min(to - from, s.length);
  for (let k = 0; k < n; k++) {
    const x = text.charCodeAt(from + k);
    const y = s.charCodeAt(k);
    if (x !== y) return rank(x) - rank(y);
  }
  return to - from - s.length;
}

function rank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

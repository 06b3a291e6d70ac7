/**
 * Where a byte stream stops being UTF-8. TextDecoder (fatal) tells us that a file is not UTF-8, but not where;
 * a person fixing the file needs the line and column of the first bad byte, so this scanner walks the bytes
 * once more, by the same rules (WHATWG Encoding: no overlong forms, no surrogates, nothing above U+10FFFF).
 * It runs only after the decoder has refused a file, so it favours plainness over speed.
 */

export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters (Unicode code points) from the start of the line. */
  column: number;
}

const LF = 0x0a;

/** Feeds chunks of a file; reports the position of the first byte that cannot start or continue a character. */
export class Utf8Scanner {
  private line = 1;
  /** Characters completed on the current line so far. */
  private chars = 0;
  private offset = 0;
  /** Continuation bytes still expected, and the range the next one must fall in. */
  private need = 0;
  private lo = 0x80;
  private hi = 0xbf;
  /** Where the character being read started. */
  private leadLine = 1;
  private leadColumn = 1;
  private bad: TextPosition | null = null;
  /** The first bytes of the stream, to tell a byte-order mark. */
  private readonly head = [0, 0, 0];

  /** The first bad position found so far, or null. */
  get firstBad(): TextPosition | null {
    return this.bad;
  }

  feed(bytes: Uint8Array): void {
    if (this.bad) return;
    for (let i = 0; i < bytes.length; i++, this.offset++) {
      const b = bytes[i]!;
      if (this.need > 0) {
        if (b < this.lo || b > this.hi) {
          this.bad = { line: this.leadLine, column: this.leadColumn };
          return;
        }
        this.lo = 0x80;
        this.hi = 0xbf;
        if (this.offset < 3) this.head[this.offset] = b;
        // A byte-order mark opening the file is not a character of the first line.
        if (--this.need === 0 && !(this.offset === 2 && this.head[0] === 0xef && this.head[1] === 0xbb && b === 0xbf)) {
          this.chars += 1;
        }
        continue;
      }
      this.leadLine = this.line;
      this.leadColumn = this.chars + 1;
      if (b < 0x80) {
        if (b === LF) {
          this.line += 1;
          this.chars = 0;
        } else this.chars += 1;
        continue;
      }
      if (b >= 0xc2 && b <= 0xdf) this.need = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        this.need = 2;
        if (b === 0xe0) this.lo = 0xa0;
        else if (b === 0xed) this.hi = 0x9f;
      } else if (b >= 0xf0 && b <= 0xf4) {
        this.need = 3;
        if (b === 0xf0) this.lo = 0x90;
        else if (b === 0xf4) this.hi = 0x8f;
      } else {
        this.bad = { line: this.leadLine, column: this.leadColumn };
        return;
      }
      if (this.offset === 0) this.head[0] = b;
    }
  }

  /** The stream ended: a character cut off at the end is bad too. */
  end(): TextPosition | null {
    if (!this.bad && this.need > 0) this.bad = { line: this.leadLine, column: this.leadColumn };
    return this.bad;
  }
}

/** The position of the first byte that is not UTF-8 in `chunks`, or null when all of it is UTF-8. */
export async function firstBadUtf8(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<TextPosition | null> {
  const scanner = new Utf8Scanner();
  for await (const chunk of chunks) {
    scanner.feed(chunk);
    if (scanner.firstBad) return scanner.firstBad;
  }
  return scanner.end();
}

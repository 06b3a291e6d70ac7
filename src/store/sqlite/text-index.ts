/**
 * Person ids to the model's person numbers, looked up where they are written inside a packed page of rows
 * (model-feed.ts), without cutting each out into a string of its own first: a large analysis looks up tens of
 * millions of ids, and making a string for each only to look it up, and collecting them after, cost as much
 * as the lookup.
 *
 * The lookups go all over a table of a hundred thousand people, so each costs what it touches in memory: one
 * slot of four numbers (hash, value, where the key's characters are, how many) in one typed array, then the
 * key's characters, kept one after another in another. Open addressing on a power-of-two table, FNV-1a over
 * the UTF-16 code units.
 */
const HASH = 0;
const VALUE = 1;
const START = 2;
const LENGTH = 3;
const SLOT = 4;

export class TextIndex {
  private size = 0;
  private slots = new Int32Array(SLOT * 1024);
  private chars = new Uint16Array(16 * 1024);
  private used = 0;

  /** The value of the key written at text[from, to), or -1. */
  get(text: string, from: number, to: number): number {
    const h = hashOf(text, from, to);
    const slots = this.slots;
    const chars = this.chars;
    const mask = slots.length / SLOT - 1;
    const length = to - from;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const at = s * SLOT;
      const value = slots[at + VALUE]!;
      if (value === 0) return -1;
      if (slots[at + HASH] !== h || slots[at + LENGTH] !== length) continue;
      const start = slots[at + START]!;
      let k = 0;
      while (k < length && chars[start + k] === text.charCodeAt(from + k)) k++;
      if (k === length) return value - 1;
    }
  }

  /** Give `key` the value `value` (a whole number from 0), unless it has one already. */
  set(key: string, value: number): void {
    if (this.get(key, 0, key.length) >= 0) return;
    if (this.used + key.length > this.chars.length) {
      const more = new Uint16Array(2 * (this.used + key.length));
      more.set(this.chars);
      this.chars = more;
    }
    const start = this.used;
    for (let k = 0; k < key.length; k++) this.chars[start + k] = key.charCodeAt(k);
    this.used += key.length;
    this.size++;
    if (2 * this.size > this.slots.length / SLOT) this.grow();
    this.place(hashOf(key, 0, key.length), value + 1, start, key.length);
  }

  private place(h: number, value: number, start: number, length: number): void {
    const slots = this.slots;
    const mask = slots.length / SLOT - 1;
    let s = h & mask;
    while (slots[s * SLOT + VALUE] !== 0) s = (s + 1) & mask;
    const at = s * SLOT;
    slots[at + HASH] = h;
    slots[at + VALUE] = value;
    slots[at + START] = start;
    slots[at + LENGTH] = length;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT) {
      if (old[at + VALUE] !== 0) this.place(old[at + HASH]!, old[at + VALUE]!, old[at + START]!, old[at + LENGTH]!);
    }
  }
}

function hashOf(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h ^ (h >>> 15);
}

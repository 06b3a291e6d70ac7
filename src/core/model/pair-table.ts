/**
 * The evidence for every pair of people, in an open-addressing hash table keyed by (lower person index,
 * higher person index), each pair's evidence stored inline in its 64-byte slot. A large workspace's pairs do
 * not fit in any cache, so one update should touch one cache line: key, dates and evidence sit together.
 * No object is kept per pair or per interaction.
 *
 * A pair is known by its slot ("row"). Slots move when the table grows, so a row is good until the next
 * `row(…, create)`; once accumulation is over, rows are stable and run over 0..capacity-1 (`used(r)`).
 */
import type { ModelSettings } from './settings.js';
import type { TieEvidence } from './tie-strength.js';
import { SIDE_COUNT, sideBonus, strengthOfAmounts } from './tie-strength.js';

/** No day: the value of `lastContact` for a pair that only observations speak of. */
export const NO_DAY = -2147483648;

/** Each slot is 64 bytes: 16 int32 / 16 float32 / 8 float64 views of the same memory. */
const SLOT_BYTES = 64;
/** int32 offsets: lo + 1 (0 marks an empty slot), hi, day of the latest interaction, interactions in the care window. */
export const I32 = { lo1: 0, hi: 1, lastContact: 2, recentContacts: 3 } as const;
/** float64 offset of contact (bytes 16-23). */
export const F64_CONTACT = 2;
/** float32 offsets (bytes 24-51): the four sides, started by lo, started by hi, tension. */
export const F32 = { sides: 6, startedByLo: 10, startedByHi: 11, tension: 12 } as const;
/** Grow when more than this share of slots is taken. */
const LOAD = 0.7;

export class PairTable {
  /** Pairs held. */
  size = 0;
  /** Slots (a power of two). */
  capacity = 64;
  i32!: Int32Array;
  f32!: Float32Array;
  f64!: Float64Array;

  constructor() {
    this.allocate(this.capacity);
  }

  private allocate(capacity: number): void {
    const buffer = new ArrayBuffer(capacity * SLOT_BYTES);
    this.capacity = capacity;
    this.i32 = new Int32Array(buffer);
    this.f32 = new Float32Array(buffer);
    this.f64 = new Float64Array(buffer);
  }

  /** The slot of the pair {a, b} (a ≠ b), created empty when `create` and not yet there; else -1. */
  row(a: number, b: number, create = true): number {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const i32 = this.i32;
    const mask = this.capacity - 1;
    let h = hash(lo, hi) & mask;
    for (;;) {
      const at = h << 4;
      const l = i32[at]!;
      if (l === 0) break;
      if (l === lo + 1 && i32[at + I32.hi] === hi) return h;
      h = (h + 1) & mask;
    }
    if (!create) return -1;
    if (this.size + 1 > this.capacity * LOAD) {
      this.grow();
      return this.row(a, b, true);
    }
    const at = h << 4;
    i32[at] = lo + 1;
    i32[at + I32.hi] = hi;
    i32[at + I32.lastContact] = NO_DAY;
    this.size++;
    return h;
  }

  used(r: number): boolean {
    return this.i32[r << 4] !== 0;
  }

  lo(r: number): number {
    return this.i32[r << 4]! - 1;
  }

  hi(r: number): number {
    return this.i32[(r << 4) + I32.hi]!;
  }

  lastContact(r: number): number {
    return this.i32[(r << 4) + I32.lastContact]!;
  }

  recentContacts(r: number): number {
    return this.i32[(r << 4) + I32.recentContacts]!;
  }

  startedByLo(r: number): number {
    return this.f32[(r << 4) + F32.startedByLo]!;
  }

  startedByHi(r: number): number {
    return this.f32[(r << 4) + F32.startedByHi]!;
  }

  /** The pair's evidence as a plain object, `A` being the pair's lower index. */
  evidence(r: number): TieEvidence {
    return this.evidenceInto(r, { contact: 0, sides: [0, 0, 0, 0], startedByA: 0, startedByB: 0, tension: 0 });
  }

  /** The same, written into `out` (no allocation: the analysis reads millions of pairs). */
  evidenceInto(r: number, out: TieEvidence): TieEvidence {
    const f = r << 4;
    out.contact = this.f64[(r << 3) + F64_CONTACT]!;
    const sides = out.sides as number[];
    for (let k = 0; k < SIDE_COUNT; k++) sides[k] = this.f32[f + F32.sides + k]!;
    out.startedByA = this.f32[f + F32.startedByLo]!;
    out.startedByB = this.f32[f + F32.startedByHi]!;
    out.tension = this.f32[f + F32.tension]!;
    return out;
  }

  /**
   * The pair's strength, tieStrength of its evidence, read straight from the slot (no object made: an analysis
   * reads millions of pairs). With `scale`, of its evidence with every amount multiplied by it first, as
   * evidenceEarlier does.
   */
  strength(r: number, s: ModelSettings, scale = 1): number {
    const f = r << 4;
    const f32 = this.f32;
    let sides = 0;
    for (let k = 0; k < SIDE_COUNT; k++) sides += sideBonus(f32[f + F32.sides + k]! * scale, s);
    return strengthOfAmounts(
      this.f64[(r << 3) + F64_CONTACT]! * scale,
      sides,
      f32[f + F32.startedByLo]! * scale,
      f32[f + F32.startedByHi]! * scale,
      f32[f + F32.tension]! * scale,
      s,
    );
  }

  private grow(): void {
    const old = this.i32;
    const oldCapacity = this.capacity;
    this.allocate(oldCapacity * 2);
    const i32 = this.i32;
    const mask = this.capacity - 1;
    for (let s = 0; s < oldCapacity; s++) {
      const at = s << 4;
      const l = old[at]!;
      if (l === 0) continue;
      let h = hash(l - 1, old[at + I32.hi]!) & mask;
      while (i32[h << 4] !== 0) h = (h + 1) & mask;
      const to = h << 4;
      for (let k = 0; k < 16; k++) i32[to + k] = old[at + k]!;
    }
  }
}

function hash(lo: number, hi: number): number {
  let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi + 0x7f4a7c15, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

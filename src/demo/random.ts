/**
 * The demo's own seeded randomness: never Math.random, so that the same options always give the same
 * workplace. Every stream of choices (a site's people, one month of its conversations, its tie
 * observations...) gets its own generator, keyed by the seed and by what it is for, so that each pass of
 * the streaming generator can recompute any part of a site without replaying the others.
 */

/** A 32-bit hash of a few integers (murmur3's finaliser over a running mix). */
export function hashInts(...keys: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const key of keys) {
    let k = Math.imul(key | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A stable number for a short tag such as 'texture' or 'ties', to key a stream by name. */
export function tagNumber(tag: string): number {
  let h = 2166136261;
  for (let i = 0; i < tag.length; i++) h = Math.imul(h ^ tag.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** mulberry32: small, fast, and good enough for synthetic data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [lo, hi], both included. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('cannot pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  /** One of `items`, each as likely as its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (!last) throw new RangeError('cannot pick from an empty list');
    return last[0];
  }

  /** `x` rounded up or down at random so that the expected value is `x`: keeps small rates honest. */
  round(x: number): number {
    const whole = Math.floor(x);
    return whole + (this.chance(x - whole) ? 1 : 0);
  }

  /** Shuffle in place (Fisher-Yates) and return the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }

  /** Up to `k` distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    if (k >= items.length) return this.shuffle([...items]);
    if (k * 4 < items.length) {
      const seen = new Set<number>();
      const out: T[] = [];
      while (out.length < k) {
        const i = this.int(items.length);
        if (seen.has(i)) continue;
        seen.add(i);
        out.push(items[i] as T);
      }
      return out;
    }
    return this.shuffle([...items]).slice(0, k);
  }
}

/** A generator for one purpose: the run's seed, then what it is for (a tag) and where (site, month...). */
export function rngFor(seed: number, tag: string, ...keys: readonly number[]): Rng {
  return new Rng(hashInts(seed, tagNumber(tag), ...keys));
}

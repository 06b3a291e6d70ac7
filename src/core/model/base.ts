/**
 * The base: the coworkers the figures count, and the graphs of their ties. Built once from an accumulator
 * and shared by every figure of one analysis.
 *
 * Counted: a person whose record says they are a worker (circle sun), who has started (no start date, or on or
 * before the analysis date) and has not left (no leaving date, or after it). Moon and satellite people, and
 * people who have left, keep their ties (care signals see them) but are not members of any unit.
 */
import type { Graph } from '../graph/graph.js';
import { buildGraph } from '../graph/graph.js';
import type { ModelAccumulator } from './accumulator.js';
import { CIRCLE_CODE } from './accumulator.js';
import { NO_DAY } from './pair-table.js';

export interface Base {
  /** 1 for counted people, by person index. */
  counted: Uint8Array;
  /** How many are counted. */
  people: number;
  /** Strength of every pair of the accumulator, by pair row. */
  strength: Float64Array;
  /** Ties between counted people, weighted by strength (every tie above 0). */
  ties: Graph;
  /** Strong ties between counted people, weighted by strength. */
  strong: Graph;
  /** Each person's number of strong ties to counted coworkers. */
  strongDegree: Int32Array;
}

export function isCounted(acc: ModelAccumulator, i: number): boolean {
  const p = acc.people;
  if (!p.known[i] || p.circle[i] !== CIRCLE_CODE.sun) return false;
  if (p.startedDay[i] !== NO_DAY && p.startedDay[i]! > acc.asOfDay) return false;
  if (p.leftDay[i] !== NO_DAY && p.leftDay[i]! <= acc.asOfDay) return false;
  return true;
}

/** Every pair's strength, by pair row. */
export function pairStrengths(acc: ModelAccumulator): Float64Array {
  const pairs = acc.pairs;
  const out = new Float64Array(pairs.capacity);
  for (let r = 0; r < pairs.capacity; r++) if (pairs.used(r)) out[r] = pairs.strength(r, acc.settings);
  return out;
}

export function buildBase(acc: ModelAccumulator): Base {
  const n = acc.ids.length;
  const counted = new Uint8Array(n);
  let people = 0;
  for (let i = 0; i < n; i++) {
    if (isCounted(acc, i)) {
      counted[i] = 1;
      people++;
    }
  }
  const strength = pairStrengths(acc);
  const pairs = acc.pairs;
  const strongTie = acc.settings.strongTie;
  const kept = (r: number) => strength[r]! > 0 && counted[pairs.lo(r)] === 1 && counted[pairs.hi(r)] === 1;
  let total = 0;
  let strongTotal = 0;
  for (let r = 0; r < pairs.capacity; r++) {
    if (!kept(r)) continue;
    total++;
    if (strength[r]! >= strongTie) strongTotal++;
  }
  const src = new Int32Array(total);
  const dst = new Int32Array(total);
  const w = new Float64Array(total);
  const ssrc = new Int32Array(strongTotal);
  const sdst = new Int32Array(strongTotal);
  const sw = new Float64Array(strongTotal);
  const strongDegree = new Int32Array(n);
  let m = 0;
  let ms = 0;
  for (let r = 0; r < pairs.capacity; r++) {
    if (!kept(r)) continue;
    const a = pairs.lo(r);
    const b = pairs.hi(r);
    const x = strength[r]!;
    src[m] = a;
    dst[m] = b;
    w[m++] = x;
    if (x >= strongTie) {
      ssrc[ms] = a;
      sdst[ms] = b;
      sw[ms++] = x;
      strongDegree[a]!++;
      strongDegree[b]!++;
    }
  }
  return {
    counted,
    people,
    strength,
    ties: buildGraph(n, src, dst, w, m),
    strong: buildGraph(n, ssrc, sdst, sw, ms),
    strongDegree,
  };
}

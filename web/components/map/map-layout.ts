/**
 * Where people start on the map: units side by side around a ring (siblings in the workplace tree next to
 * each other), each unit a disc, each natural group a smaller disc inside it. ForceAtlas2 then runs a
 * bounded number of iterations in a worker (layout.worker.ts) so that ties pull people together without
 * losing the units' places.
 */
import type { MapModel } from './map-model.js';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Space each person takes in the seed, in layout units. */
const SPACING = 1;

/** Points of a filled disc (a sunflower), `count` of them, around (cx, cy). */
function sunflower(
  count: number,
  cx: number,
  cy: number,
  radius: number,
  out: (k: number, x: number, y: number) => void,
) {
  for (let k = 0; k < count; k++) {
    const r = radius * Math.sqrt((k + 0.5) / count);
    const a = k * GOLDEN_ANGLE;
    out(k, cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
}

const discRadius = (count: number) => SPACING * Math.sqrt(count) * 0.9 + SPACING;

export function seedPositions(model: MapModel): { x: Float32Array; y: Float32Array } {
  const n = model.ids.length;
  const x = new Float32Array(n);
  const y = new Float32Array(n);

  // Members of each unit, then of each group inside it.
  const byUnit: number[][] = model.units.map(() => []);
  for (let i = 0; i < n; i++) byUnit[model.nodeUnit[i]!]!.push(i);

  const radii = byUnit.map((members) => discRadius(members.length) * 1.35);
  const circumference = radii.reduce((sum, r) => sum + 2 * r, 0);
  const ring = byUnit.length <= 1 ? 0 : circumference / (2 * Math.PI);

  let travelled = 0;
  byUnit.forEach((members, u) => {
    const r = radii[u]!;
    const angle = ring === 0 ? 0 : ((travelled + r) / circumference) * 2 * Math.PI;
    travelled += 2 * r;
    const cx = ring * Math.cos(angle);
    const cy = ring * Math.sin(angle);

    const byGroup = new Map<number, number[]>();
    for (const i of members) {
      const g = model.nodeGroup[i]!;
      const list = byGroup.get(g);
      if (list) list.push(i);
      else byGroup.set(g, [i]);
    }
    const groups = [...byGroup.values()].sort((a, b) => b.length - a.length);
    // Groups sit on a sunflower of their own inside the unit's disc, the largest in the middle.
    sunflower(groups.length, cx, cy, groups.length === 1 ? 0 : r * 0.55, (k, gx, gy) => {
      const group = groups[k]!;
      sunflower(group.length, gx, gy, discRadius(group.length), (j, px, py) => {
        const i = group[j]!;
        x[i] = px;
        y[i] = py;
      });
    });
  });
  return { x, y };
}

/** Iterations after the seed: enough to let ties speak, few enough to stay quick on big webs. */
export function defaultIterations(people: number, ties: number): number {
  const work = people + ties;
  if (work <= 5_000) return 300;
  if (work <= 50_000) return 150;
  return 60;
}

/**
 * People with no tie are only pushed away by everyone else, and drift far out; the camera then frames them
 * and the web itself shrinks into a corner (seen in screenshots of the demo). Anyone beyond the distance of
 * most people from the middle is brought in to just outside it, in the same direction.
 */
export function pullInStragglers(x: Float32Array, y: Float32Array, share = 0.9, margin = 1.15): void {
  const n = x.length;
  if (n < 10) return;
  // The middle by medians: the stragglers themselves must not pull it towards them.
  const cx = Float32Array.from(x).sort()[n >> 1]!;
  const cy = Float32Array.from(y).sort()[n >> 1]!;
  const d = new Float32Array(n);
  for (let i = 0; i < n; i++) d[i] = Math.hypot(x[i]! - cx, y[i]! - cy);
  const sorted = Float32Array.from(d).sort();
  const limit = sorted[Math.floor(share * (n - 1))]! * margin;
  if (!(limit > 0)) return;
  for (let i = 0; i < n; i++) {
    if (d[i]! <= limit) continue;
    const k = limit / d[i]!;
    x[i] = cx + (x[i]! - cx) * k;
    y[i] = cy + (y[i]! - cy) * k;
  }
}

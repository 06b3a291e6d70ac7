/**
 * A synthetic workplace for the component harness and the map's performance test: seeded and deterministic,
 * units of a made-up hospital, natural groups inside units, ties mostly within groups, fewer across units,
 * and a web that grows over three years. Nobody here is a real person.
 */
import { addDays, toDay } from '../../src/core/dates.js';
import { seededRandom } from '../../src/core/graph/random.js';
import { SIDES, type Side, type Stance } from '../../src/core/vocabulary.js';
import type { MapPerson, MapTie } from '../components/map/map-types.js';
import type { WallPerson } from '../components/charts/chart-types.js';

const SITES = ['North', 'South'];
const DEPARTMENTS = ['Nursing', 'Pharmacy', 'Kitchen', 'Cleaning', 'Lab'];
const SHIFTS = ['Days', 'Nights', 'Weekends'];
const FIRST = ['Ana', 'Ben', 'Chen', 'Dora', 'Eli', 'Fatima', 'Gus', 'Hana', 'Ivan', 'Jo', 'Kemal', 'Lucia', 'Mei'];
const MORE_FIRST = ['Nia', 'Omar', 'Pita', 'Quinn', 'Rosa', 'Sam', 'Tariq', 'Uma', 'Vic', 'Wen', 'Yusuf', 'Zoe'];
const LAST = ['Ruiz', 'Okafor', 'Li', 'Marsh', 'Novak', 'Haddad', 'Silva', 'Kim', 'Diallo', 'Berg', 'Costa', 'Nguyen'];
const MORE_LAST = ['Ortiz', 'Patel', 'Quispe', 'Rossi', 'Sato', 'Urrutia', 'Vega', 'Weiss', 'Yilmaz', 'Zhou'];
const FIRST_NAMES = [...FIRST, ...MORE_FIRST];
const LAST_NAMES = [...LAST, ...MORE_LAST];

export const SYNTHETIC_START = '2022-01-01';
export const SYNTHETIC_END = '2024-12-31';

export interface SyntheticWorkplace {
  nodes: MapPerson[];
  edges: MapTie[];
  wall: WallPerson[];
  units: string[];
}

export function syntheticWorkplace(options: { people: number; ties: number; seed?: number }): SyntheticWorkplace {
  const rand = seededRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const span = toDay(SYNTHETIC_END) - toDay(SYNTHETIC_START);

  const allUnits = SITES.flatMap((s) => DEPARTMENTS.flatMap((d) => SHIFTS.map((h) => `Hospital ${s}/${d}/${h}`)));
  const unitCount = Math.min(allUnits.length, Math.max(3, Math.round(options.people / 40)));
  const units = allUnits.slice(0, unitCount);
  const weights = units.map(() => 0.5 + rand());
  const totalWeight = weights.reduce((a, b) => a + b, 0);

  // People, unit by unit, in natural groups of 8 to 24.
  const nodes: MapPerson[] = [];
  const unitOf: number[] = [];
  const groupOf: number[] = [];
  const members: number[][] = units.map(() => []);
  const groupMembers: number[][] = [];
  units.forEach((unit, u) => {
    const count =
      u === units.length - 1 ? options.people - nodes.length : Math.round((weights[u]! / totalWeight) * options.people);
    let left = Math.max(0, Math.min(count, options.people - nodes.length));
    while (left > 0) {
      const size = Math.min(left, 8 + Math.floor(rand() * 17));
      const g = groupMembers.length;
      groupMembers.push([]);
      for (let k = 0; k < size; k++) {
        const i = nodes.length;
        const newcomer = rand() < 0.4;
        nodes.push({
          id: `p${i + 1}`,
          label: `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`,
          unit,
          group: `${unit.split('/').slice(1).join(' ')} ${g + 1}`,
          trust: 0,
          since: newcomer ? addDays(SYNTHETIC_START, Math.floor(rand() * span * 0.9)) : SYNTHETIC_START,
        });
        unitOf.push(u);
        groupOf.push(g);
        members[u]!.push(i);
        groupMembers[g]!.push(i);
      }
      left -= size;
    }
  });

  // Ties: mostly inside a group, some across the unit, a few across the workplace.
  const n = nodes.length;
  const sinceDay = nodes.map((p) => toDay(p.since ?? SYNTHETIC_START) - toDay(SYNTHETIC_START));
  const edges: MapTie[] = [];
  const seen = new Set<number>();
  const strongDegree = new Int32Array(n);
  const maxTies = Math.min(options.ties, (n * (n - 1)) / 2);
  let attempts = 0;
  while (edges.length < maxTies && attempts < maxTies * 20) {
    attempts++;
    const a = Math.floor(rand() * n);
    const r = rand();
    const scope = r < 0.6 ? groupMembers[groupOf[a]!]! : r < 0.88 ? members[unitOf[a]!]! : null;
    const b = scope ? scope[Math.floor(rand() * scope.length)]! : Math.floor(rand() * n);
    if (a === b) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    const close = groupOf[a] === groupOf[b];
    const strength = close ? 0.3 + 0.7 * rand() : 0.05 + 0.55 * rand();
    const sides: Side[] = SIDES.filter((_, k) => rand() < [0.7, 0.35, 0.3, 0.25][k]!);
    if (sides.length === 0) sides.push('social');
    const from = Math.max(sinceDay[a]!, sinceDay[b]!);
    const day = from + Math.floor((span - from) * rand() ** 0.7);
    const strong = strength >= 0.6;
    if (strong) {
      strongDegree[a]!++;
      strongDegree[b]!++;
    }
    edges.push({
      a: nodes[a]!.id,
      b: nodes[b]!.id,
      strength,
      strong,
      sides,
      since: addDays(SYNTHETIC_START, day),
    });
  }
  const maxStrong = strongDegree.reduce((m, d) => Math.max(m, d), 1);
  nodes.forEach((p, i) => (p.trust = strongDegree[i]! / maxStrong));

  // Stance as each person said it, and stone or sand: a strong tie to someone in the base (supporters).
  const stances: Stance[] = nodes.map(() => {
    const s = rand();
    return s < 0.25 ? 'supporter' : s < 0.45 ? 'leaning' : s < 0.75 ? 'undecided' : s < 0.83 ? 'opposed' : 'unknown';
  });
  const stone = new Uint8Array(n);
  const index = new Map(nodes.map((p, i) => [p.id, i]));
  for (const t of edges) {
    if (!t.strong) continue;
    const a = index.get(t.a)!;
    const b = index.get(t.b)!;
    if (stances[b] === 'supporter') stone[a] = 1;
    if (stances[a] === 'supporter') stone[b] = 1;
  }
  const wall: WallPerson[] = nodes.map((p, i) => ({
    id: p.id,
    name: p.label,
    unit: p.unit,
    stance: stances[i]!,
    base: stone[i] ? 'stone' : 'sand',
  }));

  return { nodes, edges, wall, units };
}

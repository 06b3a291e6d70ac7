/**
 * Generated workplaces for checking need-to-know: people in random units of a tree whose names set traps
 * for a careless filter (a unit that is a prefix of another's name, case twins, `%` and `_`, accents, SQL
 * quotes),
 * with every kind of record pointing at random others. Seeded, so a failure can be replayed.
 */
import type { Viewer } from '../../src/core/access.js';
import { seededRandom } from '../../src/core/graph/random.js';
import { emptyRecords, type WorkspaceRecords } from '../../src/core/records.js';
import { INTERACTION_KINDS, SIDES, TIE_SIDES } from '../../src/core/vocabulary.js';

export const TRAP_UNITS = [
  'Plant',
  'Plant/Line',
  'Plant/Line/Nights',
  'Plant/Line/Days',
  'Plant/Liner',
  'Plant/line',
  'Plant/50%_off',
  'Plant/50%_off/A',
  'Plant/50x_off',
  'Cocina',
  'Cocina/Mañana',
  'Cocina/Mañana/Ñ',
  'Cocina/Manana',
  "Plant/x' or '1'='1",
  'Plant/"quoted" -- not a comment',
];

/** Seeded, so a failure can be replayed. */
export const seeded = seededRandom;

export interface RandomWorkplace {
  records: WorkspaceRecords;
  /** Who logged each interaction: one of `authors`, or null for an imported one. */
  loggedBy: Map<string, number | null>;
}

export function randomWorkplace(seed: number, authors: readonly number[]): RandomWorkplace {
  const rand = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const maybe = <T>(p: number, f: () => T): T | null => (rand() < p ? f() : null);
  const some = <T>(xs: readonly T[], max: number): T[] => {
    const n = Math.floor(rand() * (max + 1));
    return [...new Set(Array.from({ length: n }, () => pick(xs)))];
  };
  const r = emptyRecords();
  for (let i = 0; i < 40; i++) {
    const circle = rand() < 0.8 ? 'sun' : pick(['moon', 'satellite'] as const);
    r.people.push({
      id: `p${i}`,
      name: `Person ${i}`,
      circle,
      unit: maybe(0.9, () => pick(TRAP_UNITS)),
      role: null,
      startedOn: null,
      leftOn: null,
      language: null,
      stance: 'unknown',
      contact: null,
    });
  }
  const ids = r.people.map((p) => p.id);
  for (let i = 0; i < 6; i++) {
    r.spaces.push({
      id: `s${i}`,
      name: `Space ${i}`,
      kind: pick(['sun', 'moon', 'other'] as const),
      unit: maybe(0.7, () => pick(TRAP_UNITS)),
    });
  }
  for (let i = 0; i < 8; i++) {
    r.grievances.push({
      id: `g${i}`,
      title: `Grievance ${i}`,
      unit: maybe(0.7, () => pick(TRAP_UNITS)),
      winnable: 'unknown',
    });
  }
  const loggedBy = new Map<string, number | null>();
  for (let i = 0; i < 30; i++) {
    const participants = [...new Set([pick(ids), pick(ids), ...some(ids, 2)])];
    if (participants.length < 2) participants.push(ids.find((id) => !participants.includes(id))!);
    const id = `i${String(i).padStart(2, '0')}`;
    r.interactions.push({
      id,
      occurredOn: `2024-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 10)}`,
      participants,
      kind: pick(INTERACTION_KINDS),
      sides: some(SIDES, 2),
      initiatedBy: maybe(0.5, () => pick(ids)),
      space: maybe(0.5, () => pick(r.spaces).id),
      raised: some(r.grievances, 2).map((g) => ({ grievance: g.id, by: maybe(0.8, () => pick(participants)) })),
      notes: maybe(0.7, () => `notes of ${id}`),
    });
    loggedBy.set(
      id,
      maybe(0.8, () => pick(authors)),
    );
  }
  const tieKeys = new Set<string>();
  for (let i = 0; i < 40; i++) {
    const [a, b] = [pick(ids), pick(ids)];
    const observedBy = maybe(0.6, () => pick(ids));
    const key = `${a}|${b}|${observedBy}`;
    if (a === b || tieKeys.has(key)) continue;
    tieKeys.add(key);
    r.ties.push({
      a,
      b,
      sides: [pick(TIE_SIDES)],
      closeness: null,
      directed: false,
      observedOn: '2024-01-01',
      observedBy,
    });
  }
  for (let i = 0; i < 15; i++) {
    r.asks.push({
      id: `a${String(i).padStart(2, '0')}`,
      interaction: maybe(0.6, () => pick(r.interactions).id),
      occurredOn: '2024-03-01',
      by: pick(ids),
      to: pick(ids),
      what: 'come to the meeting',
      response: 'yes',
      comfort: null,
      wanted: 'unknown',
      followedThrough: 'unknown',
    });
  }
  for (let i = 0; i < 6; i++) {
    r.actions.push({
      id: `x${i}`,
      title: `Action ${i}`,
      kind: 'petition',
      occurredOn: '2024-04-01',
      space: maybe(0.5, () => pick(r.spaces).id),
      grievances: some(r.grievances, 2).map((g) => g.id),
      participants: some(ids, 4),
      outcome: null,
    });
  }
  for (let i = 0; i < 3; i++) r.committees.push({ id: `c${i}`, name: `Committee ${i}`, members: some(ids, 4) });
  addPowerRecords(r, rand);
  return { records: r, loggedBy };
}

/**
 * The power map's records, pointing at random people, spaces and units (targets mix people and trap units).
 * Drawn after everything else, so that the records above stay what they were for a seed.
 */
function addPowerRecords(r: WorkspaceRecords, rand: () => number): void {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const maybe = <T>(p: number, f: () => T): T | null => (rand() < p ? f() : null);
  const some = <T>(xs: readonly T[], max: number): T[] => {
    const n = Math.floor(rand() * (max + 1));
    return [...new Set(Array.from({ length: n }, () => pick(xs)))];
  };
  const ids = r.people.map((p) => p.id);
  const targets = [...ids, ...TRAP_UNITS];
  const decisions = [...r.interactions.map((i) => i.id), ...r.actions.map((a) => a.id)];
  for (let i = 0; i < 5; i++) {
    r.mandates.push({
      id: `md${i}`,
      decidedOn: '2024-02-01',
      decidedIn: maybe(0.7, () => pick(decisions)),
      text: `Mandate ${i}`,
      holders: [...new Set([pick(ids), ...some(ids, 2)])],
    });
  }
  for (let i = 0; i < 8; i++) {
    r.moon_sessions.push({
      id: `ms${i}`,
      space: pick(r.spaces).id,
      occurredOn: '2024-03-01',
      attendees: [...new Set([pick(ids), ...some(ids, 3)])],
      closedDoor: rand() < 0.5,
      outcome: maybe(0.5, () => `Outcome ${i}`),
      mandates: some(r.mandates, 2).map((m) => m.id),
      reportedBackOn: '2024-03-05',
      reportedTo: some(targets, 3),
    });
  }
  for (let i = 0; i < 6; i++) {
    r.votes.push({
      id: `v${i}`,
      mandate: maybe(0.6, () => pick(r.mandates).id),
      session: maybe(0.6, () => pick(r.moon_sessions).id),
      heldOn: '2024-03-02',
      question: `Question ${i}`,
      yes: Math.floor(rand() * 50),
      no: Math.floor(rand() * 50),
      abstain: maybe(0.5, () => Math.floor(rand() * 5)),
    });
  }
  for (let i = 0; i < 8; i++) {
    r.satellite_effects.push({
      id: `se${i}`,
      satellite: pick(ids),
      occurredOn: '2024-03-03',
      effect: pick(['nurturing', 'siphoning', 'mixed'] as const),
      on: some(targets, 3),
      what: maybe(0.5, () => `What ${i}`),
    });
  }
  for (let i = 0; i < 8; i++) {
    r.picket_shifts.push({
      id: `ps${i}`,
      space: pick(r.spaces).id,
      startsAt: '2024-05-01T06:00',
      endsAt: '2024-05-01T10:00',
      people: some(ids, 4),
    });
  }
  for (let i = 0; i < 8; i++) {
    r.mutual_aid.push({
      id: `ma${i}`,
      occurredOn: '2024-05-02',
      givenBy: maybe(0.7, () => pick(ids)),
      givenTo: pick(ids),
      kind: pick(['money', 'food', 'childcare', 'ride', 'housing', 'other'] as const),
      amount: maybe(0.5, () => Math.floor(rand() * 1000) / 4),
    });
  }
}

/** A viewer with a random role and random grants (sometimes none, sometimes the whole workspace). */
export function randomViewer(rand: () => number, userIds: readonly number[]): Viewer {
  const role = (['admin', 'lead', 'member', 'member'] as const)[Math.floor(rand() * 4)]!;
  const userId = userIds[Math.floor(rand() * userIds.length)]!;
  if (rand() < 0.15) return { userId, role, units: 'all' };
  const n = Math.floor(rand() * 4);
  const units = [...new Set(Array.from({ length: n }, () => TRAP_UNITS[Math.floor(rand() * TRAP_UNITS.length)]!))];
  return { userId, role, units };
}

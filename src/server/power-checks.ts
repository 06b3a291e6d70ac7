/**
 * Everything a power map record names must be there for the person saving it: people, spaces, mandates,
 * sessions, the conversation or action a mandate was decided in, and targets (people or units) must be ones
 * they may see (a hidden one is refused exactly like a missing one); and the rules across records hold
 * (src/core/power-records.ts: moon sessions in moon spaces, picket shifts in sun spaces, no satellite holding a
 * mandate...). Every problem is named by its field, all at once, before anything is written.
 */
import type { Viewer } from '../core/access.js';
import { translator, type Lang } from '../core/i18n/i18n.js';
import {
  referenceProblems,
  rowProblems,
  type Mandate,
  type MoonSession,
  type MutualAid,
  type PicketShift,
  type Plan,
  type PowerRecords,
  type SatelliteEffectRecord,
  type Vote,
} from '../core/power-records.js';
import type { PowerKind } from '../core/records.js';
import type { Circle, SpaceKind } from '../core/vocabulary.js';
import type { Db } from '../store/database.js';
import { visiblePower } from '../store/power-records.store.js';
import { resolveTargets, visibleDecisions, visiblePeopleCircles } from '../store/power.store.js';
import { listSpaces } from '../store/spaces.store.js';
import { invalidInput, type FieldProblem } from './api-error.js';
import { POWER_FIELD_MESSAGES, type PowerFieldMessage } from './power-field-messages.js';

/** The ids a record names, by what they name, with the field each is in. */
interface Named {
  people: [string, string][];
  spaces: [string, string][];
  mandates: [string, string][];
  sessions: [string, string][];
  decisions: [string, string][];
  actions: [string, string][];
  targets: [string, string][];
}

function named(kind: PowerKind | 'plans', record: unknown): Named {
  const n: Named = { people: [], spaces: [], mandates: [], sessions: [], decisions: [], actions: [], targets: [] };
  const list = (into: [string, string][], field: string, ids: readonly string[]) =>
    ids.forEach((id, i) => into.push([`${field}.${i}`, id]));
  const one = (into: [string, string][], field: string, id: string | null) => {
    if (id !== null) into.push([field, id]);
  };
  switch (kind) {
    case 'mandates': {
      const m = record as Mandate;
      list(n.people, 'holders', m.holders);
      one(n.decisions, 'decidedIn', m.decidedIn);
      break;
    }
    case 'moon_sessions': {
      const s = record as MoonSession;
      one(n.spaces, 'space', s.space);
      list(n.people, 'attendees', s.attendees);
      list(n.mandates, 'mandates', s.mandates);
      list(n.targets, 'reportedTo', s.reportedTo);
      break;
    }
    case 'votes': {
      const v = record as Vote;
      one(n.mandates, 'mandate', v.mandate);
      one(n.sessions, 'session', v.session);
      break;
    }
    case 'satellite_effects': {
      const e = record as SatelliteEffectRecord;
      one(n.people, 'satellite', e.satellite);
      list(n.targets, 'on', e.on);
      break;
    }
    case 'picket_shifts': {
      const s = record as PicketShift;
      one(n.spaces, 'space', s.space);
      list(n.people, 'people', s.people);
      break;
    }
    case 'mutual_aid': {
      const a = record as MutualAid;
      one(n.people, 'givenBy', a.givenBy);
      one(n.people, 'givenTo', a.givenTo);
      break;
    }
    case 'plans': {
      const p = record as Plan;
      one(n.actions, 'action', p.action);
      list(n.targets, 'expected', p.expected);
      break;
    }
  }
  return n;
}

/** Refuse, field by field, a power map record (or a plan) that names what the viewer cannot see or breaks a rule. */
export async function checkPowerRecord(
  db: Db,
  ws: number,
  viewer: Viewer,
  lang: Lang,
  kind: PowerKind | 'plans',
  record: PowerRecords[PowerKind][number] | Plan,
): Promise<void> {
  const t = translator(POWER_FIELD_MESSAGES, lang);
  const problems: FieldProblem[] = [];
  const refuse = (field: string, code: PowerFieldMessage, value: string) =>
    problems.push({ field, message: t(code, { value }) });
  const n = named(kind, record);

  const ids = (xs: [string, string][]) => xs.map(([, id]) => id);
  const people = await visiblePeopleCircles(db, ws, viewer, ids(n.people));
  const circles = new Map<string, Circle>([...people].map(([id, p]) => [id, p.circle]));
  const spaceList = await listSpaces(db, ws, viewer, ids(n.spaces));
  const spaces = new Map<string, SpaceKind>(spaceList.map((s) => [s.id, s.kind]));
  // A rule broken by a record the viewer can see is told by its name, as the form showed it.
  const nameOf = (id: string) => people.get(id)?.name ?? spaceList.find((s) => s.id === id)?.name ?? id;
  const mandates = new Set((await visiblePower(db, ws, viewer, 'mandates', ids(n.mandates))).map((m) => m.id));
  const sessions = new Set((await visiblePower(db, ws, viewer, 'moon_sessions', ids(n.sessions))).map((s) => s.id));
  const decisions = await visibleDecisions(db, ws, viewer, [...ids(n.decisions), ...ids(n.actions)]);
  const targets = await resolveTargets(db, ws, viewer, ids(n.targets));

  const twice = (xs: [string, string][]) => {
    const seen = new Set<string>();
    for (const [field, id] of xs) {
      if (seen.has(id) && /\.\d+$/.test(field)) refuse(field, 'listed_twice', id);
      seen.add(id);
    }
  };
  for (const [field, id] of n.people) if (!circles.has(id)) refuse(field, 'no_such_person', id);
  for (const [field, id] of n.spaces) if (!spaces.has(id)) refuse(field, 'no_such_space', id);
  for (const [field, id] of n.mandates) if (!mandates.has(id)) refuse(field, 'no_such_mandate', id);
  for (const [field, id] of n.sessions) if (!sessions.has(id)) refuse(field, 'no_such_session', id);
  for (const [field, id] of n.decisions) if (!decisions.has(id)) refuse(field, 'no_such_decision', id);
  for (const [field, id] of n.actions) if (!decisions.has(id)) refuse(field, 'no_such_action', id);
  for (const [field, id] of n.targets) if (targets.get(id) === 'none') refuse(field, 'unknown_target', id);
  for (const list of [n.people.filter(([f]) => f !== 'givenBy' && f !== 'givenTo'), n.mandates, n.targets]) twice(list);

  if (kind === 'moon_sessions' || kind === 'picket_shifts') {
    for (const p of rowProblems(kind, record as MoonSession | PicketShift)) refuse(p.field, p.code, p.value ?? '');
  }
  const rules = referenceProblems(kind, record, {
    circleOf: (id) => circles.get(id),
    spaceKindOf: (id) => spaces.get(id),
    // unknown targets are refused above; here every target resolves
    isUnit: (path) => targets.get(path) === 'unit',
  });
  for (const p of rules) {
    if (p.code === 'unknown_target') continue;
    const field = [...n.people, ...n.spaces].find(([, id]) => id === p.value)?.[0] ?? p.field;
    refuse(field, p.code, p.value === null || p.value === undefined ? '' : nameOf(p.value));
  }
  const [first, ...rest] = problems;
  if (first) throw invalidInput([first, ...rest]);
}

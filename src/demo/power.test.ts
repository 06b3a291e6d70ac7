/**
 * The demo's bargaining campaign and strike (script-bargaining.ts), as the power map reads them: the signals
 * the story puts there show up in the figures.
 */
import { describe, expect, it } from 'vitest';
import { analyzeRecords } from '../core/model/analysis.js';
import {
  mandateSchema,
  moonSessionSchema,
  mutualAidSchema,
  picketShiftSchema,
  referenceProblems,
  rowProblems,
  satelliteEffectSchema,
  voteSchema,
} from '../core/power-records.js';
import { POWER_KINDS, type WorkspaceRecords } from '../core/records.js';
import { unitAncestry } from '../core/units.js';
import { generateDemo } from './demo.js';

const END = '2025-06-30';
const demo = generateDemo({ endDate: END });
const system = generateDemo({ endDate: '2024-02-29', people: 1000, seed: 7 });
const report = analyzeRecords(demo, { asOf: END });
const power = report.power!;
const byRole = (role: string) => demo.people.find((p) => p.role === role)!.id;

const SCHEMAS = {
  mandates: mandateSchema,
  moon_sessions: moonSessionSchema,
  votes: voteSchema,
  satellite_effects: satelliteEffectSchema,
  picket_shifts: picketShiftSchema,
  mutual_aid: mutualAidSchema,
} as const;

/** Every problem of the power map's records, in words: schemas, references, the rules across records. */
function problems(r: WorkspaceRecords): string[] {
  const out: string[] = [];
  const people = new Map(r.people.map((p) => [p.id, p]));
  const spaces = new Map(r.spaces.map((s) => [s.id, s.kind]));
  const units = new Set(r.people.flatMap((p) => (p.unit ? unitAncestry(p.unit) : [])));
  const decisions = new Set([...r.interactions.map((i) => i.id), ...r.actions.map((a) => a.id)]);
  const mandates = new Set(r.mandates.map((m) => m.id));
  const sessions = new Set(r.moon_sessions.map((s) => s.id));
  const lookup = {
    circleOf: (id: string) => people.get(id)?.circle,
    spaceKindOf: (id: string) => spaces.get(id),
    isUnit: (path: string) => units.has(path),
  };
  for (const kind of POWER_KINDS) {
    for (const record of r[kind]) {
      if (JSON.stringify(SCHEMAS[kind].parse(record)) !== JSON.stringify(record)) out.push(`${record.id}: schema`);
      for (const p of referenceProblems(kind, record, lookup)) out.push(`${record.id}: ${p.code} ${p.value ?? ''}`);
    }
  }
  const person = (id: string | null, where: string) => {
    if (id !== null && !people.has(id)) out.push(`${where}: unknown person ${id}`);
  };
  for (const m of r.mandates) {
    m.holders.forEach((h) => person(h, m.id));
    if (m.decidedIn !== null && !decisions.has(m.decidedIn)) out.push(`${m.id}: decided in nothing`);
  }
  for (const s of r.moon_sessions) {
    s.attendees.forEach((p) => person(p, s.id));
    s.mandates.forEach((m) => mandates.has(m) || out.push(`${s.id}: unknown mandate ${m}`));
    for (const p of rowProblems('moon_sessions', s)) out.push(`${s.id}: ${p.code}`);
  }
  for (const v of r.votes) {
    if (v.mandate !== null && !mandates.has(v.mandate)) out.push(`${v.id}: unknown mandate`);
    if (v.session !== null && !sessions.has(v.session)) out.push(`${v.id}: unknown session`);
  }
  for (const s of r.picket_shifts) {
    s.people.forEach((p) => person(p, s.id));
    if (new Set(s.people).size !== s.people.length) out.push(`${s.id}: someone twice`);
    for (const p of rowProblems('picket_shifts', s)) out.push(`${s.id}: ${p.code}`);
  }
  for (const a of r.mutual_aid) {
    person(a.givenBy, a.id);
    person(a.givenTo, a.id);
  }
  return out;
}

describe("the demo's bargaining campaign and strike", () => {
  it.each([
    ['the default hospital', demo],
    ['a hospital system of 1,000 workers', system],
  ])('%s: every record of the power map is valid, names what exists, and keeps the rules', (_, records) => {
    expect(problems(records)).toEqual([]);
    for (const kind of POWER_KINDS) expect(records[kind].length, kind).toBeGreaterThan(0);
  });

  it('the negotiator stops reporting back: sessions behind closed doors, overdue since February', () => {
    const negotiator = power.accountability.find((a) => a.holder === byRole('Union negotiator'))!;
    expect(negotiator.overdueReportBacks).toBeGreaterThanOrEqual(3);
    expect(negotiator.overdueClosedDoor).toBeGreaterThanOrEqual(3);
    expect(negotiator.overdueSince! >= '2025-02-01').toBe(true);
    expect(negotiator.daysSinceReportBack).toBeGreaterThan(100);
    expect(negotiator.mandatesUnaddressed).toBeGreaterThanOrEqual(1);
    expect(negotiator.closedDoorDecisions).toBeGreaterThanOrEqual(1);
    expect(power.accountability[0]!.holder).toBe(negotiator.holder);
  });

  it("the staffer's advice pulls the fight away; the parents' group nurtures it", () => {
    const net = (role: string) => power.satellites.find((s) => s.person === byRole(role))!.net;
    expect(net('Union organizing staff')).toBeLessThan(0);
    expect(net("Pediatric parents' group coordinator")).toBeGreaterThan(0);
    expect(net("Pediatric parents' group member")).toBeGreaterThan(0);
  });

  it('a worker drawn to the table drifts from her coworkers; a teammate who keeps organizing does not', () => {
    expect(power.captureRisk).toHaveLength(1);
    const [drift] = power.captureRisk;
    const worker = demo.people.find((p) => p.id === drift!.person)!;
    expect(worker.circle).toBe('sun');
    expect(drift!.workplaceContactAfter).toBeLessThanOrEqual(drift!.workplaceContactBefore / 2);
    const teammates = new Set(demo.moon_sessions.flatMap((s) => s.attendees));
    const workersAtTable = demo.people.filter((p) => p.circle === 'sun' && teammates.has(p.id));
    expect(workersAtTable.length).toBeGreaterThanOrEqual(2);
  });

  it('the mandates were voted on, and some no session took up', () => {
    expect(power.mandates.find((m) => m.vote !== null)?.vote?.yes).toBeGreaterThan(100);
    expect(power.mandates.filter((m) => m.sessions === 0).length).toBeGreaterThanOrEqual(1);
    expect(power.moonSpaces.find((s) => s.sessions > 0)!.closedDoor).toBeGreaterThan(5);
  });

  it('the strike has picket lines with gaps in coverage, and mutual aid of every kind it needs', () => {
    const strike = report.strike!;
    expect(strike.sites).toHaveLength(3);
    expect(strike.sites.some((s) => s.coverage < 1 && s.gapCount > 0)).toBe(true);
    expect(strike.sites.some((s) => s.coverage === 1)).toBe(true);
    expect(strike.mutualAid.byKind.map((k) => k.kind)).toEqual(['money', 'food', 'childcare', 'ride']);
    const parents = demo.people.filter((p) => p.role?.includes('parents')).map((p) => p.id);
    expect(demo.mutual_aid.some((a) => a.kind === 'food' && parents.includes(a.givenBy!))).toBe(true);
  });

  it('the strike is dated its first picket day, and its picket days follow on from it', () => {
    const strike = demo.actions.find((a) => a.kind === 'strike')!;
    const days = [...new Set(demo.picket_shifts.map((s) => s.startsAt.slice(0, 10)))].sort();
    expect(days).toHaveLength(5);
    expect(strike.occurredOn).toBe(days[0]);
  });

  it('power is generated where people work: a picket line where they acted together leads the sun spaces', () => {
    const top = power.sunSpaces[0]!;
    expect(demo.spaces.find((s) => s.id === top.space)!.name).toMatch(/Picket line/);
    expect(top.acted).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';
import {
  actionSchema,
  askSchema,
  committeeSchema,
  grievanceSchema,
  interactionSchema,
  personSchema,
  spaceSchema,
  tieObservationSchema,
  RECORD_KINDS,
  type WorkspaceRecords,
} from '../core/records.js';
import { DEMO_DEFAULTS, formatDemoSummary, generateDemo, streamDemo, summarizeDemo } from './demo.js';

const END = '2025-06-30';
const demo = generateDemo({ endDate: END });
const system = generateDemo({ endDate: '2024-02-29', people: 1000, seed: 7 });

const SCHEMAS = {
  people: personSchema,
  ties: tieObservationSchema,
  interactions: interactionSchema,
  grievances: grievanceSchema,
  asks: askSchema,
  spaces: spaceSchema,
  actions: actionSchema,
  committees: committeeSchema,
} as const;

/** Every problem with the records' references, in words; empty when all resolve. */
function referenceProblems(r: WorkspaceRecords): string[] {
  const problems: string[] = [];
  const people = new Map(r.people.map((p) => [p.id, p]));
  const spaces = new Set(r.spaces.map((s) => s.id));
  const grievances = new Set(r.grievances.map((g) => g.id));
  const interactions = new Map(r.interactions.map((i) => [i.id, i]));
  const person = (id: string | null, where: string) => {
    if (id !== null && !people.has(id)) problems.push(`${where}: unknown person ${id}`);
  };
  const atWork = (id: string, date: string, where: string) => {
    const p = people.get(id);
    if (!p || p.circle !== 'sun') return;
    if (p.startedOn && date < p.startedOn) problems.push(`${where}: ${id} had not started on ${date}`);
    if (p.leftOn && date >= p.leftOn) problems.push(`${where}: ${id} had left by ${date}`);
  };
  for (const i of r.interactions) {
    if (new Set(i.participants).size !== i.participants.length) problems.push(`${i.id}: a participant twice`);
    for (const p of i.participants) {
      person(p, i.id);
      atWork(p, i.occurredOn, i.id);
    }
    if (i.initiatedBy !== null && !i.participants.includes(i.initiatedBy)) problems.push(`${i.id}: starter not in it`);
    if (i.space !== null && !spaces.has(i.space)) problems.push(`${i.id}: unknown space`);
    for (const raising of i.raised) {
      if (!grievances.has(raising.grievance)) problems.push(`${i.id}: unknown grievance`);
      if (raising.by === null || !i.participants.includes(raising.by)) problems.push(`${i.id}: raised by an outsider`);
    }
  }
  for (const t of r.ties) {
    person(t.a, 'tie');
    person(t.b, 'tie');
    person(t.observedBy, 'tie observer');
    if (t.a === t.b) problems.push(`tie of ${t.a} with themselves`);
  }
  for (const a of r.asks) {
    const i = a.interaction === null ? undefined : interactions.get(a.interaction);
    if (!i) problems.push(`${a.id}: unknown interaction`);
    else if (!i.participants.includes(a.by) || !i.participants.includes(a.to)) problems.push(`${a.id}: not in it`);
  }
  for (const a of r.actions) {
    if (a.space !== null && !spaces.has(a.space)) problems.push(`${a.id}: unknown space`);
    for (const g of a.grievances) if (!grievances.has(g)) problems.push(`${a.id}: unknown grievance`);
    if (new Set(a.participants).size !== a.participants.length) problems.push(`${a.id}: a participant twice`);
    for (const p of a.participants) {
      person(p, a.id);
      atWork(p, a.occurredOn, a.id);
    }
  }
  for (const c of r.committees) for (const m of c.members) person(m, c.id);
  return problems;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => (seen.has(v) ? true : (seen.add(v), false)));
}

describe('the demo workplace', () => {
  it('is the same workplace every time for the same options', () => {
    expect(generateDemo({ endDate: END })).toEqual(demo);
    expect(generateDemo({ endDate: '2024-02-29', people: 1000, seed: 7 })).toEqual(system);
  });

  it('is a different workplace for a different seed', () => {
    const other = generateDemo({ endDate: END, seed: 2 });
    expect(other.people.map((p) => p.name)).not.toEqual(demo.people.map((p) => p.name));
    expect(other.interactions).not.toEqual(demo.interactions);
  });

  it('is by default a hospital of about 300 workers with a few thousand interactions over three years', () => {
    const workers = demo.people.filter((p) => p.circle === 'sun');
    expect(workers).toHaveLength(DEMO_DEFAULTS.people);
    expect(demo.interactions.length).toBeGreaterThan(3000);
    expect(demo.interactions.length).toBeLessThan(6000);
    expect(demo.ties.length).toBe(300 * DEMO_DEFAULTS.tiesPerPerson);
    const dates = demo.interactions.map((i) => i.occurredOn).sort();
    expect(dates[0]!.slice(0, 7)).toBe('2022-07');
    expect(dates.at(-1)!.slice(0, 7)).toBe('2025-06');
    expect(dates.at(-1)! <= END).toBe(true);
  });

  it.each([
    ['the default hospital', demo],
    ['a hospital system of 1,000 workers', system],
  ])('%s: every record passes its schema as it is', (_, records) => {
    for (const kind of RECORD_KINDS) {
      for (const record of records[kind]) expect(SCHEMAS[kind].parse(record)).toEqual(record);
    }
  });

  it.each([
    ['the default hospital', demo],
    ['a hospital system of 1,000 workers', system],
  ])('%s: every reference resolves, and nobody takes part before starting or after leaving', (_, records) => {
    expect(referenceProblems(records)).toEqual([]);
  });

  it.each([
    ['the default hospital', demo],
    ['a hospital system of 1,000 workers', system],
  ])('%s: ids are unique, and so are tie observations by pair, date and observer', (_, records) => {
    for (const kind of ['people', 'interactions', 'grievances', 'asks', 'spaces', 'actions', 'committees'] as const) {
      expect(duplicates(records[kind].map((r) => r.id))).toEqual([]);
    }
    expect(duplicates(records.ties.map((t) => `${t.a}|${t.b}|${t.observedOn}|${t.observedBy}`))).toEqual([]);
  });

  it('interaction ids sort in date order', () => {
    const ids = demo.interactions.map((i) => i.id);
    const byId = [...demo.interactions].sort((a, b) => (a.id < b.id ? -1 : 1)).map((i) => i.occurredOn);
    expect(byId).toEqual([...byId].sort());
    expect(ids.every((id, k) => demo.interactions[k]!.occurredOn.replaceAll('-', '') === id.slice(2, 10))).toBe(true);
  });

  it('a larger workforce becomes a hospital system whose units stay between 5 and 60 people', () => {
    const sizes = new Map<string, number>();
    for (const p of system.people) if (p.unit) sizes.set(p.unit, (sizes.get(p.unit) ?? 0) + 1);
    const sites = new Set([...sizes.keys()].map((u) => u.split('/')[0]));
    expect(sites.size).toBe(3);
    for (const [unit, size] of sizes) {
      expect(unit.split('/')).toHaveLength(3);
      expect(size).toBeGreaterThanOrEqual(5);
      expect(size).toBeLessThanOrEqual(60);
    }
    expect(system.committees.length).toBeGreaterThanOrEqual(3);
  });

  it('streams the same records as it generates, kind by kind in dependency order', () => {
    const kinds: string[] = [];
    let count = 0;
    for (const chunk of streamDemo({ endDate: END }, { chunkSize: 500 })) {
      expect(chunk.records.length).toBeLessThanOrEqual(500);
      if (kinds.at(-1) !== chunk.kind) kinds.push(chunk.kind);
      count += chunk.records.length;
    }
    expect(kinds).toEqual(['people', 'spaces', 'grievances', 'interactions', 'ties', 'asks', 'actions', 'committees']);
    expect(count).toBe(RECORD_KINDS.reduce((n, k) => n + demo[k].length, 0));
  });

  it('refuses options it cannot make a story of', () => {
    expect(() => generateDemo({ endDate: '2025-02-30' })).toThrow(/YYYY-MM-DD/);
    expect(() => generateDemo({ endDate: END, people: 5 })).toThrow(/at least/);
    expect(() => generateDemo({ endDate: END, interactionsPerPerson: -1 })).toThrow(/negative/);
  });

  it('summarizes counts, units and dates for the command line, in English and Spanish', () => {
    const summary = summarizeDemo(demo);
    expect(summary.counts.people).toBe(demo.people.length);
    expect(summary.counts.interactions).toBe(demo.interactions.length);
    expect(summary.sites).toBe(1);
    expect(summary.units).toBeGreaterThan(25);
    expect(summary.to).toBe(END);
    const [english] = formatDemoSummary(summary, 'en');
    const [spanish] = formatDemoSummary(summary, 'es');
    expect(english).toContain('1 hospital,');
    expect(spanish).toContain('1 hospital,');
    expect(formatDemoSummary(summarizeDemo(system), 'es')[0]).toContain('3 hospitales');
  });
});

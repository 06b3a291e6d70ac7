/**
 * The power map's figures on cases small enough to work out by hand (docs/model.md#power): the arithmetic
 * is in the comments. Every record is dated on or near the analysis date, so decay is 1 unless said.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates.js';
import type { Mandate, MoonSession, MutualAid, PicketShift, SatelliteEffectRecord } from '../power-records.js';
import type { Space, WorkspaceRecords } from '../records.js';
import { analyzeRecords } from './analysis.js';
import { closeTie, interaction, person } from './model-test-records.js';
import { strikeReport, subtract, union } from './power-strike.js';
import { PowerAccumulator } from './power-accumulator.js';
import { resolveModelSettings } from './settings.js';

const ASOF = '2025-06-30';
const ago = (days: number) => addDays(ASOF, -days);
const space = (id: string, kind: Space['kind'], unit: string | null = null): Space => ({ id, name: id, kind, unit });

function power(records: Partial<WorkspaceRecords>, asOf = ASOF) {
  const report = analyzeRecords(records, { asOf });
  return { power: report.power!, strike: report.strike! };
}

function session(id: string, occurredOn: string, fields: Partial<MoonSession> = {}): MoonSession {
  return {
    id,
    space: 'table',
    occurredOn,
    attendees: ['neg'],
    closedDoor: false,
    outcome: null,
    mandates: [],
    reportedBackOn: null,
    reportedTo: [],
    ...fields,
  };
}

describe('power generated in sun spaces', () => {
  const line = ['w1', 'w2', 'w3'].map((id) => person(id, { unit: 'Plant/Line' }));
  const records: Partial<WorkspaceRecords> = {
    people: [...line, person('w4', { unit: 'Plant/Dock' })],
    spaces: [space('line', 'sun', 'Plant/Line'), space('dock', 'sun', 'Plant/Dock'), space('yard', 'sun', 'Plant')],
    // w1-w2: a close tie seen from both sides: E = 4 + 2 × 0.5 × (1 − e^−4) = 4.9817, strength
    // 1 − e^(−4.9817/3) = 0.8100. w2-w3: one one-on-one, no sides: E = 1, strength 1 − e^(−1/3) = 0.2835.
    ties: [closeTie('w1', 'w2', ASOF)],
    interactions: [interaction(ASOF, ['w2', 'w3'])],
    actions: [
      {
        id: 'x1',
        title: 'March on the boss',
        kind: 'march',
        occurredOn: ago(10),
        space: 'line',
        grievances: [],
        participants: ['w1'],
        outcome: null,
      },
      // more than a year ago: outside the power window, it no longer counts as acting together there
      {
        id: 'x0',
        title: 'An old petition',
        kind: 'petition',
        occurredOn: ago(400),
        space: 'line',
        grievances: [],
        participants: ['w2', 'w3'],
        outcome: null,
      },
    ],
    picket_shifts: [
      { id: 'ps1', space: 'dock', startsAt: `${ago(2)}T06:00`, endsAt: `${ago(2)}T10:00`, people: ['w4', 'w3'] },
    ],
  };

  it('is each person there bringing their strongest tie there: half of it, all of it when they acted there', () => {
    const { sunSpaces } = power(records).power;
    const line = sunSpaces.find((x) => x.space === 'line')!;
    // w1: 0.8100 × 1 (marched here) + w2: 0.8100 × ½ + w3: 0.2835 × ½ = 0.8100 + 0.4050 + 0.1417 = 1.3567
    expect(line.power).toBeCloseTo(1.3567, 3);
    expect(line).toMatchObject({ people: 3, bound: 2, acted: 1 });
  });

  it('counts the people who picketed a space among those there, and what they did there, not their ties elsewhere', () => {
    const dock = power(records).power.sunSpaces.find((x) => x.space === 'dock')!;
    // w4 of the dock, and w3 who picketed there: no tie between them, and w3's tie to w2 is elsewhere: 0
    expect(dock).toEqual({ space: 'dock', power: 0, people: 2, bound: 0, acted: 2 });
  });

  it('a site-wide space holds everyone of the site; spaces come strongest first', () => {
    const { sunSpaces } = power(records).power;
    // line 1.3567 (people acted there) > yard 0.9518 > dock 0
    expect(sunSpaces.map((x) => x.space)).toEqual(['line', 'yard', 'dock']);
    // yard: the w1-w2 and w2-w3 ties, nobody acted there: 0.8100 × ½ + 0.8100 × ½ + 0.2835 × ½ + 0 = 0.9518
    expect(sunSpaces[1]).toMatchObject({ people: 4, bound: 2, acted: 0 });
    expect(sunSpaces[1]!.power).toBeCloseTo(0.9518, 3);
  });
});

describe('moon spaces and the accountability of the people at the table', () => {
  const mandates: Mandate[] = [
    { id: 'm1', decidedOn: ago(100), decidedIn: null, text: 'Restore breaks', holders: ['neg', 'w1'] },
    { id: 'm2', decidedOn: ago(100), decidedIn: null, text: 'Staffing ratios', holders: ['neg'] },
    // decided after the analysis date: not yet there
    { id: 'm3', decidedOn: addDays(ASOF, 5), decidedIn: null, text: 'Later', holders: ['neg'] },
  ];
  const records: Partial<WorkspaceRecords> = {
    people: [person('neg', { circle: 'moon' }), person('pres', { circle: 'moon' }), person('w1', { unit: 'Shop' })],
    spaces: [space('table', 'moon'), space('court', 'moon')],
    mandates,
    moon_sessions: [
      // reported back on day 88 ago
      session('s1', ago(90), { attendees: ['neg', 'w1'], mandates: ['m1'], reportedBackOn: ago(88) }),
      // closed door, decided something (an outcome), never reported: 60 days old > 7, overdue
      session('s2', ago(60), { closedDoor: true, outcome: 'Offer on breaks' }),
      // closed door, nothing decided, not reported: overdue
      session('s3', ago(30), { closedDoor: true }),
      // 5 days old: not yet overdue (the line is 7 days)
      session('s4', ago(5)),
      // reported back only after the analysis date: not reported yet, 20 days old: overdue
      session('s5', ago(20), { reportedBackOn: addDays(ASOF, 1) }),
    ],
  };

  it('counts sessions in each moon space and how many were behind closed doors', () => {
    expect(power(records).power.moonSpaces).toEqual([
      { space: 'table', sessions: 5, closedDoor: 2, lastSession: ago(5) },
      { space: 'court', sessions: 0, closedDoor: 0, lastSession: null },
    ]);
  });

  it('says who has not reported back, on which closed-door sessions, since when, and what no session took up', () => {
    const neg = power(records).power.accountability.find((a) => a.holder === 'neg')!;
    expect(neg).toEqual({
      holder: 'neg',
      sessions: 5,
      reportedBack: 1, // s1
      overdueReportBacks: 3, // s2 (60 days), s3 (30), s5 (20); s4 is 5 days old, under the 7-day line
      daysSinceReportBack: 88,
      closedDoorDecisions: 1, // s2 has an outcome; s3 decided nothing
      mandatesUnaddressed: 1, // m2; m1 was taken up in s1; m3 is not decided yet
      mandates: 2,
      overdueClosedDoor: 2, // s2, s3
      overdueSince: ago(60),
    });
  });

  it('lists every moon person and every worker holding a mandate, most overdue first', () => {
    const list = power(records).power.accountability;
    expect(list.map((a) => a.holder)).toEqual(['neg', 'pres', 'w1']);
    expect(list[1]).toMatchObject({ sessions: 0, daysSinceReportBack: null, mandates: 0 });
    expect(list[2]).toMatchObject({ sessions: 1, reportedBack: 1, overdueReportBacks: 0, mandatesUnaddressed: 0 });
  });

  it('a committee may move the report-back line', () => {
    expect(power(records).power.lines.reportBackDays).toBe(7);
    const strict = analyzeRecords(records, { asOf: ASOF, settings: resolveModelSettings({ reportBackDays: 3 }) });
    // s4, 5 days old, is now overdue too
    expect(strict.power!.accountability[0]!.overdueReportBacks).toBe(4);
  });

  it('gives each mandate with the sessions that took it up and the latest vote on it', () => {
    const report = power({
      ...records,
      votes: [
        { id: 'v1', mandate: 'm1', session: null, heldOn: ago(101), question: 'Adopt?', yes: 10, no: 2, abstain: null },
        { id: 'v2', mandate: 'm1', session: null, heldOn: ago(99), question: 'Again?', yes: 12, no: 1, abstain: 0 },
      ],
    }).power;
    expect(report.mandates.map((m) => [m.mandate, m.sessions, m.lastAddressedOn, m.vote?.question ?? null])).toEqual([
      ['m1', 1, ago(90), 'Again?'],
      ['m2', 0, null, null],
    ]);
  });
});

describe("satellites' net effect", () => {
  const effect = (id: string, satellite: string, effect: SatelliteEffectRecord['effect'], days: number) => ({
    id,
    satellite,
    occurredOn: ago(days),
    effect,
    on: [],
    what: null,
  });

  it('is nurturing minus siphoning over the last year, for every satellite, harmful first', () => {
    const { satellites } = power({
      people: [
        person('staff', { circle: 'satellite' }),
        person('parents', { circle: 'satellite' }),
        person('lawyer', { circle: 'satellite' }),
        person('neg', { circle: 'moon' }),
      ],
      satellite_effects: [
        effect('e1', 'staff', 'nurturing', 100), // 1 nurturing
        effect('e2', 'staff', 'siphoning', 50), //  3 siphoning: net 1 − 3 = −2
        effect('e3', 'staff', 'siphoning', 40),
        effect('e4', 'staff', 'siphoning', 30),
        effect('e5', 'staff', 'nurturing', 400), // more than a year ago: left out
        effect('e6', 'parents', 'nurturing', 10), // net +2
        effect('e7', 'parents', 'nurturing', 5),
        effect('e8', 'parents', 'mixed', 5), //    mixed counts neither way
        effect('e9', 'neg', 'siphoning', 3), //     a moon person's doing is listed too: net −1
      ],
    }).power;
    expect(satellites).toEqual([
      { person: 'staff', nurturing: 1, siphoning: 3, mixed: 0, net: -2 },
      { person: 'neg', nurturing: 0, siphoning: 1, mixed: 0, net: -1 },
      { person: 'lawyer', nurturing: 0, siphoning: 0, mixed: 0, net: 0 },
      { person: 'parents', nurturing: 2, siphoning: 0, mixed: 1, net: 2 },
    ]);
  });
});

describe('capture risk: a worker drawn into moon spaces whose contact with coworkers then fell', () => {
  const people = [person('d', { unit: 'Shop' }), person('c1', { unit: 'Shop' }), person('c2', { unit: 'Shop' })];
  const first = ago(60);
  /** n interactions of d with a coworker, spread over the days from..to ago. */
  const times = (n: number, fromAgo: number, toAgo: number, other = 'c1') =>
    Array.from({ length: n }, (_, k) =>
      interaction(ago(fromAgo - Math.floor(((fromAgo - toAgo) * k) / Math.max(1, n - 1))), ['d', other]),
    );
  const base = {
    people: [...people, person('neg', { circle: 'moon' })],
    spaces: [space('table', 'moon')],
    moon_sessions: [
      session('s1', first, { attendees: ['neg', 'd'] }),
      session('s2', ago(20), { attendees: ['neg', 'd'] }),
    ],
  };

  it('is listed when contact per 30 days falls by half or more from the window before to the latest window', () => {
    // before: the 90 days before the first session (150 to 61 days ago): 9 interactions → 9 × 30 / 90 = 3 a month.
    // latest: from the first session (60 days ago) to today, 61 days: 2 interactions → 2 × 30 / 61 = 0.9836.
    // 0.9836 ≤ 3 × (1 − 0.5) = 1.5: listed.
    const risk = power({ ...base, interactions: [...times(9, 150, 61), ...times(2, 50, 10)] }).power.captureRisk;
    expect(risk).toEqual([
      { person: 'd', moonSessions: 2, since: first, workplaceContactBefore: 3, workplaceContactAfter: 0.9836 },
    ]);
  });

  it('is not listed while contact holds up, nor on too little contact before to judge', () => {
    // 4 after: 4 × 30 / 61 = 1.967 > 1.5
    expect(power({ ...base, interactions: [...times(9, 150, 61), ...times(4, 50, 10)] }).power.captureRisk).toEqual([]);
    // 2 before is under the 3 needed to judge
    expect(power({ ...base, interactions: times(2, 150, 61) }).power.captureRisk).toEqual([]);
  });

  it('does not count time at the table, or with people who are not coworkers, as workplace contact', () => {
    const atTable = times(4, 40, 10, 'c2').map((i) => ({ ...i, space: 'table' }));
    const withNegotiator = times(4, 40, 10, 'neg');
    const risk = power({ ...base, interactions: [...times(9, 150, 61), ...atTable, ...withNegotiator] }).power
      .captureRisk;
    expect(risk.map((r) => [r.person, r.workplaceContactAfter])).toEqual([['d', 0]]);
  });

  it('waits until the latest window is a month long', () => {
    // the first session 20 days ago: 20 days < 30, too soon to say
    const soon = { ...base, moon_sessions: [session('s1', ago(19), { attendees: ['neg', 'd'] })] };
    expect(power({ ...soon, interactions: times(9, 100, 20) }).power.captureRisk).toEqual([]);
  });
});

describe('a strike: picket lines and mutual aid', () => {
  const day1 = ago(3);
  const day2 = ago(2);
  const shift = (id: string, space: string, day: string, from: string, to: string, people: string[]): PicketShift => ({
    id,
    space,
    startsAt: `${day}T${from}`,
    endsAt: `${day}T${to}`,
    people,
  });
  const shifts = [
    // the picket hours: day 1 06:00-18:00 (12 h), day 2 06:00-14:00 (8 h): 20 hours
    shift('a1', 'main', day1, '06:00', '12:00', ['w1', 'w2']),
    shift('a2', 'main', day1, '12:00', '18:00', ['w3', 'w4']),
    shift('a3', 'main', day2, '06:00', '14:00', ['w1', 'w5']),
    // the dock: held day 1 06:00-10:00 only; one person day 2 is not a line; 16 of 20 hours uncovered
    shift('b1', 'dock', day1, '06:00', '10:00', ['w6', 'w7']),
    shift('b2', 'dock', day2, '06:00', '14:00', ['w6']),
  ];

  it('gives each line its shifts, people and share of the picket hours held, with the gaps, thinnest first', () => {
    const acc = new PowerAccumulator({ asOf: ASOF });
    for (const x of shifts) acc.addPicketShift(x);
    const { sites } = strikeReport(acc);
    expect(sites).toEqual([
      {
        space: 'dock',
        shifts: 2,
        people: 2,
        coverage: 0.2, // 4 of 20 hours
        gaps: [
          { from: `${day1}T10:00`, to: `${day1}T18:00` },
          { from: `${day2}T06:00`, to: `${day2}T14:00` },
        ],
        gapCount: 2,
      },
      { space: 'main', shifts: 3, people: 5, coverage: 1, gaps: [], gapCount: 0 },
    ]);
  });

  it("judges each workplace's lines by its own picket hours, not another hospital's strike days", () => {
    const acc = new PowerAccumulator({ asOf: ASOF });
    acc.addSpace(space('main', 'sun', 'North'));
    acc.addSpace(space('far', 'sun', 'South'));
    acc.addPicketShift(shift('a1', 'main', day1, '06:00', '18:00', ['w1', 'w2']));
    // South strikes the next day: not a gap at North
    acc.addPicketShift(shift('f1', 'far', day2, '06:00', '10:00', ['w8', 'w9']));
    expect(strikeReport(acc).sites.map((x) => [x.space, x.coverage, x.gapCount])).toEqual([
      ['far', 1, 0],
      ['main', 1, 0],
    ]);
  });

  it('counts mutual aid given, to how many people, by how many, by kind', () => {
    const aid: MutualAid[] = [
      { id: 'm1', occurredOn: day1, givenBy: null, givenTo: 'w1', kind: 'money', amount: 250 },
      { id: 'm2', occurredOn: day1, givenBy: null, givenTo: 'w2', kind: 'money', amount: 125.5 },
      { id: 'm3', occurredOn: day1, givenBy: 'parents', givenTo: 'w1', kind: 'food', amount: null },
      { id: 'm4', occurredOn: day2, givenBy: 'w3', givenTo: 'w4', kind: 'ride', amount: null },
      { id: 'm5', occurredOn: addDays(ASOF, 1), givenBy: 'w3', givenTo: 'w5', kind: 'ride', amount: null },
    ];
    expect(power({ mutual_aid: aid }).strike.mutualAid).toEqual({
      given: 4, // m5 comes after the analysis date
      people: 3, // w1, w2, w4
      givers: 2, // parents, w3 (the strike fund is nobody named)
      byKind: [
        { kind: 'money', given: 2, amount: 375.5 },
        { kind: 'food', given: 1, amount: 0 },
        { kind: 'ride', given: 1, amount: 0 },
      ],
    });
  });

  it('names strikers on a line in the last two weeks whom nobody has spent time with since', () => {
    const { strike } = power({
      people: ['w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7'].map((id) => person(id, { unit: 'Shop' })),
      spaces: [space('main', 'sun'), space('dock', 'sun')],
      picket_shifts: shifts,
      interactions: [interaction(ago(1), ['w1', 'w2', 'w3', 'w4', 'w5']), interaction(ago(30), ['w6', 'w7'])],
    });
    expect(strike.unchecked).toEqual([
      { person: 'w6', lastShift: day2 },
      { person: 'w7', lastShift: day1 },
    ]);
  });

  it('joins and subtracts stretches of time', () => {
    expect(
      union([
        [5, 8],
        [1, 3],
        [2, 4],
        [8, 9],
      ]),
    ).toEqual([
      [1, 4],
      [5, 9],
    ]);
    expect(
      subtract(
        [[0, 10]],
        [
          [2, 3],
          [5, 12],
        ],
      ),
    ).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });
});

describe('the power map in the report', () => {
  it('is left out of a report that was not given the power map, and present (if empty) otherwise', () => {
    const report = analyzeRecords({}, { asOf: ASOF });
    expect(report.power).toMatchObject({ sunSpaces: [], moonSpaces: [], accountability: [], captureRisk: [] });
    expect(analyzeRecords({}, { asOf: ASOF, parts: 'figures' }).power).toBeUndefined();
  });

  it('is a pure function of the records: their order does not matter', () => {
    const records: Partial<WorkspaceRecords> = {
      people: [person('neg', { circle: 'moon' }), person('w', { unit: 'A' })],
      spaces: [space('table', 'moon')],
      moon_sessions: [session('s1', ago(30)), session('s2', ago(20), { closedDoor: true })],
    };
    const reversed = { ...records, moon_sessions: [...records.moon_sessions!].reverse() };
    expect(power(reversed)).toEqual(power(records));
  });
});

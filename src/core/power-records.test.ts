import { describe, expect, it } from 'vitest';
import { dateTimeMinutes } from './dates.js';
import {
  mandateSchema,
  moonSessionSchema,
  picketShiftSchema,
  referenceProblems,
  rowProblems,
  targetSchema,
  voteSchema,
  type PowerLookup,
} from './power-records.js';

const people: Record<string, 'sun' | 'moon' | 'satellite'> = { neg: 'moon', staff: 'satellite', w1: 'sun' };
const spaces: Record<string, 'sun' | 'moon' | 'other'> = { table: 'moon', line: 'sun', hall: 'other' };
const workplace: PowerLookup = {
  circleOf: (id) => people[id],
  spaceKindOf: (id) => spaces[id],
  isUnit: (path) => path === 'Plant' || path === 'Plant/Line',
};

describe('the power map records', () => {
  it('a mandate is held by someone; a vote is counts only, whole and never negative', () => {
    expect(mandateSchema.safeParse({ id: 'm1', decidedOn: '2025-01-01', text: 'Breaks', holders: [] }).success).toBe(
      false,
    );
    const vote = { id: 'v1', heldOn: '2025-01-01', question: 'Strike?', yes: 10, no: 2 };
    expect(voteSchema.parse(vote)).toMatchObject({ abstain: null, mandate: null, session: null });
    expect(voteSchema.safeParse({ ...vote, no: -1 }).success).toBe(false);
    expect(voteSchema.safeParse({ ...vote, yes: 2.5 }).success).toBe(false);
  });

  it('a picket shift ends after it starts, whatever the clock writing', () => {
    const shift = picketShiftSchema.parse({
      id: 'p',
      space: 'line',
      startsAt: '2025-05-12T06:00',
      endsAt: '2025-05-12T10:00',
    });
    expect(rowProblems('picket_shifts', shift)).toEqual([]);
    expect(rowProblems('picket_shifts', { ...shift, endsAt: '2025-05-12T06:00' })).toEqual([
      { field: 'endsAt', code: 'ends_before_start' },
    ]);
    expect(picketShiftSchema.safeParse({ ...shift, startsAt: '2025-05-12 06:00' }).success).toBe(false);
    // the same moment, written with an offset: 06:00 at +02:00 is 04:00 UTC
    expect(dateTimeMinutes('2025-05-12T06:00+02:00')).toBe(dateTimeMinutes('2025-05-12T04:00Z'));
  });

  it('a report-back comes on or after its session, and saying to whom needs saying when', () => {
    const s = moonSessionSchema.parse({ id: 's', space: 'table', occurredOn: '2025-03-10', attendees: ['neg'] });
    expect(rowProblems('moon_sessions', { ...s, reportedBackOn: '2025-03-09' })).toEqual([
      { field: 'reportedBackOn', code: 'report_before_session' },
    ]);
    expect(rowProblems('moon_sessions', { ...s, reportedTo: ['Plant'] })).toEqual([
      { field: 'reportedTo', code: 'reported_to_without_date' },
    ]);
    expect(rowProblems('moon_sessions', { ...s, reportedBackOn: '2025-03-10', reportedTo: ['Plant'] })).toEqual([]);
  });

  it('sessions are held in moon spaces and picket shifts in sun spaces', () => {
    const s = moonSessionSchema.parse({ id: 's', space: 'line', occurredOn: '2025-03-10', attendees: ['neg'] });
    expect(referenceProblems('moon_sessions', s, workplace)).toEqual([
      { field: 'space', code: 'space_not_moon', value: 'line' },
    ]);
    const shift = picketShiftSchema.parse({
      id: 'p',
      space: 'hall',
      startsAt: '2025-05-12T06:00',
      endsAt: '2025-05-12T10:00',
    });
    expect(referenceProblems('picket_shifts', shift, workplace)).toEqual([
      { field: 'space', code: 'space_not_sun', value: 'hall' },
    ]);
    // an unknown space is for the reference checks to name, not these rules
    expect(referenceProblems('picket_shifts', { ...shift, space: 'nowhere' }, workplace)).toEqual([]);
  });

  it('a satellite may not hold a mandate; a worker on the team may', () => {
    const m = mandateSchema.parse({
      id: 'm',
      decidedOn: '2025-01-01',
      text: 'Breaks',
      holders: ['neg', 'w1', 'staff'],
    });
    expect(referenceProblems('mandates', m, workplace)).toEqual([
      { field: 'holders', code: 'holder_is_satellite', value: 'staff' },
    ]);
  });

  it("a satellite effect is a satellite's or a moon person's doing, on people or units that exist", () => {
    const e = {
      id: 'e',
      satellite: 'w1',
      occurredOn: '2025-01-01',
      effect: 'siphoning',
      on: ['w1', 'Plant/Line', 'Plant/Dock'],
      what: null,
    } as const;
    expect(referenceProblems('satellite_effects', { ...e, on: [...e.on] }, workplace)).toEqual([
      { field: 'satellite', code: 'effect_by_worker', value: 'w1' },
      { field: 'on', code: 'unknown_target', value: 'Plant/Dock' },
    ]);
  });

  it('a target is a person by id or a unit by path', () => {
    expect(targetSchema.safeParse('p1').success).toBe(true);
    expect(targetSchema.safeParse('Plant/Line').success).toBe(true);
    expect(targetSchema.safeParse('a;b').success).toBe(false);
    expect(targetSchema.safeParse('Plant//Line').success).toBe(true); // an id may hold "/", if not a unit path
  });
});

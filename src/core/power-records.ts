/**
 * The power map's records (issue 6; shared/CONCEPTS.md §4 and §6): what the rank and file told the people at
 * the table to do (mandates), what happened in moon spaces and whether it was reported back (moon sessions),
 * how the membership voted (counts only: ballots stay secret), what outside actors did to workers'
 * relationships (satellite effects), who held the picket lines (picket shifts), and who helped whom (mutual
 * aid). Also the committee's relationship-first plans (plans), kept in the store but not in the bundle.
 *
 * Field names are the domain's; docs/bundle.md gives the columns. The schemas check one record alone; what
 * spans fields or records is checked by the functions below, so the API and the bundle refuse the same things:
 *
 * - a moon session is held in a moon space, a picket shift in a sun space (`spaceKindOf`);
 * - a mandate is held by people who speak for workers: moon people, or workers on the team. Satellites (staff,
 *   lawyers, parents) may advise but never hold a mandate: accountability is owed by whoever carries it;
 * - a satellite effect is the doing of a satellite or a moon person (the essay: "just as moon people can
 *   siphon power away"); a worker drawn away is the model's capture risk, not a satellite effect;
 * - a target (`on`, `reportedTo`, a plan's `expected`) is a person's id, or else a unit path of the workplace:
 *   an item is a person when a person has that id;
 * - a shift ends after it starts; a report-back comes on or after its session; `reportedTo` needs a date.
 */
import { z } from 'zod';
import { dateTimeMinutes, isIsoDateTime } from './dates.js';
import { idProblem } from './ids.js';
import { idSchema, isoDateSchema } from './records.js';
import { unitPathProblem } from './units.js';
import { AID_KINDS, SATELLITE_EFFECTS, type Circle, type SpaceKind } from './vocabulary.js';

const text = (max: number) => z.string().trim().min(1, 'this cannot be empty').max(max, `at most ${max} characters`);
const optionalText = (max: number) => z.string().max(max, `at most ${max} characters`).nullable();

/** A date and time, `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`. Without an offset, it is the workplace's wall clock. */
export const isoDateTimeSchema = z
  .string()
  .refine(isIsoDateTime, { message: 'a date and time is written YYYY-MM-DDTHH:MM, for example 2025-05-12T06:00' });

/** A person's id or a unit path: who a satellite's doing touched, who heard a report-back, who a plan is for. */
export const targetSchema = z.string().superRefine((value, ctx) => {
  if (idProblem(value) !== null && unitPathProblem(value) !== null) {
    ctx.addIssue({ code: 'custom', message: 'name a person by id or a unit by its path (Site/Department)' });
  }
});

/** A whole count: ballots cast, never who cast them. */
const count = z.number().int('a whole number').min(0, 'cannot be negative').max(10_000_000);

export const mandateSchema = z.object({
  id: idSchema,
  decidedOn: isoDateSchema,
  /** The interaction or action (a membership meeting) it was decided in. */
  decidedIn: idSchema.nullable().default(null),
  text: text(2000),
  /** Who must carry it: moon people, or workers on the team. */
  holders: z.array(idSchema).min(1, 'a mandate is held by at least one person'),
});
export type Mandate = z.output<typeof mandateSchema>;

export const moonSessionSchema = z.object({
  id: idSchema,
  /** A moon space: a bargaining table, a court, a hearing. */
  space: idSchema,
  occurredOn: isoDateSchema,
  attendees: z.array(idSchema).min(1, 'a session has at least one attendee'),
  closedDoor: z.boolean().default(false),
  outcome: optionalText(2000).default(null),
  /** The mandates it addressed. */
  mandates: z.array(idSchema).default([]),
  reportedBackOn: isoDateSchema.nullable().default(null),
  /** Who heard the report-back: people or units. */
  reportedTo: z.array(targetSchema).default([]),
});
export type MoonSession = z.output<typeof moonSessionSchema>;

export const voteSchema = z.object({
  id: idSchema,
  mandate: idSchema.nullable().default(null),
  session: idSchema.nullable().default(null),
  heldOn: isoDateSchema,
  question: text(1000),
  yes: count,
  no: count,
  abstain: count.nullable().default(null),
});
export type Vote = z.output<typeof voteSchema>;

export const satelliteEffectSchema = z.object({
  id: idSchema,
  /** The satellite (or moon person) whose doing it was. */
  satellite: idSchema,
  occurredOn: isoDateSchema,
  effect: z.enum(SATELLITE_EFFECTS),
  /** Whom it touched: people or units. */
  on: z.array(targetSchema).default([]),
  what: optionalText(2000).default(null),
});
export type SatelliteEffectRecord = z.output<typeof satelliteEffectSchema>;

export const picketShiftSchema = z.object({
  id: idSchema,
  /** A sun space: a picket line is where the work is. */
  space: idSchema,
  startsAt: isoDateTimeSchema,
  endsAt: isoDateTimeSchema,
  people: z.array(idSchema).default([]),
});
export type PicketShift = z.output<typeof picketShiftSchema>;

export const mutualAidSchema = z.object({
  id: idSchema,
  occurredOn: isoDateSchema,
  /** Null for a strike fund or someone who would rather not be named. */
  givenBy: idSchema.nullable().default(null),
  givenTo: idSchema,
  kind: z.enum(AID_KINDS),
  /** Money in the workspace's currency; for other kinds a count the committee chooses (meals, rides, hours). */
  amount: z.number().min(0, 'cannot be negative').max(1_000_000_000).nullable().default(null),
});
export type MutualAid = z.output<typeof mutualAidSchema>;

/** A relationship-first plan for an action or a message (action-plan.ts). Stored, not part of the bundle. */
export const planSchema = z.object({
  id: idSchema,
  title: text(500),
  createdOn: isoDateSchema,
  action: idSchema.nullable().default(null),
  message: optionalText(5000).default(null),
  /** The people expected, by id or by unit; empty: every coworker. */
  expected: z.array(targetSchema).default([]),
});
export type Plan = z.output<typeof planSchema>;

/** The power map's records, by kind: part of everything a workspace holds (records.ts). */
export interface PowerRecords {
  mandates: Mandate[];
  moon_sessions: MoonSession[];
  votes: Vote[];
  satellite_effects: SatelliteEffectRecord[];
  picket_shifts: PicketShift[];
  mutual_aid: MutualAid[];
}

// ---------------------------------------------------------------------------------------------------------
// Rules across fields and records

export type PowerProblemCode =
  | 'ends_before_start'
  | 'report_before_session'
  | 'reported_to_without_date'
  | 'space_not_moon'
  | 'space_not_sun'
  | 'holder_is_satellite'
  | 'effect_by_worker'
  | 'unknown_target';

export interface PowerProblem {
  /** The field at fault (domain name). */
  field: string;
  code: PowerProblemCode;
  /** The value at fault, when it is one item. */
  value?: string;
}

/** Problems of one record alone, across its fields. */
export function rowProblems(
  kind: 'moon_sessions' | 'picket_shifts',
  record: MoonSession | PicketShift,
): PowerProblem[] {
  if (kind === 'picket_shifts') {
    const shift = record as PicketShift;
    return dateTimeMinutes(shift.endsAt) > dateTimeMinutes(shift.startsAt)
      ? []
      : [{ field: 'endsAt', code: 'ends_before_start' }];
  }
  const session = record as MoonSession;
  const out: PowerProblem[] = [];
  if (session.reportedBackOn !== null && session.reportedBackOn < session.occurredOn) {
    out.push({ field: 'reportedBackOn', code: 'report_before_session' });
  }
  if (session.reportedBackOn === null && session.reportedTo.length > 0) {
    out.push({ field: 'reportedTo', code: 'reported_to_without_date' });
  }
  return out;
}

/** What the rules need to know of the rest of the workspace. Undefined: no such record. */
export interface PowerLookup {
  circleOf(person: string): Circle | undefined;
  spaceKindOf(space: string): SpaceKind | undefined;
  /** A unit of the workplace tree (stored, or about to be). */
  isUnit(path: string): boolean;
}

/**
 * Problems of a record with what it names: the kinds of spaces, who may hold a mandate or have a satellite's
 * effect, targets that are neither a person nor a unit. Unknown ids are left to the reference checks.
 */
export function referenceProblems(
  kind: keyof PowerRecords | 'plans',
  record: unknown,
  lookup: PowerLookup,
): PowerProblem[] {
  const out: PowerProblem[] = [];
  const spaceMust = (space: string, must: SpaceKind) => {
    const found = lookup.spaceKindOf(space);
    if (found !== undefined && found !== must) {
      out.push({ field: 'space', code: must === 'moon' ? 'space_not_moon' : 'space_not_sun', value: space });
    }
  };
  const targetsResolve = (field: string, items: readonly string[]) => {
    for (const item of items) {
      if (lookup.circleOf(item) === undefined && !lookup.isUnit(item)) {
        out.push({ field, code: 'unknown_target', value: item });
      }
    }
  };
  switch (kind) {
    case 'mandates':
      for (const holder of (record as Mandate).holders) {
        if (lookup.circleOf(holder) === 'satellite')
          out.push({ field: 'holders', code: 'holder_is_satellite', value: holder });
      }
      break;
    case 'moon_sessions': {
      const session = record as MoonSession;
      spaceMust(session.space, 'moon');
      targetsResolve('reportedTo', session.reportedTo);
      break;
    }
    case 'picket_shifts':
      spaceMust((record as PicketShift).space, 'sun');
      break;
    case 'satellite_effects': {
      const effect = record as SatelliteEffectRecord;
      if (lookup.circleOf(effect.satellite) === 'sun') {
        out.push({ field: 'satellite', code: 'effect_by_worker', value: effect.satellite });
      }
      targetsResolve('on', effect.on);
      break;
    }
    case 'plans':
      targetsResolve('expected', (record as Plan).expected);
      break;
    default:
      break;
  }
  return out;
}

/**
 * The domain records, as zod schemas shared by the API, the web forms and the store, and their types.
 * Field names are the domain's (camelCase); the bundle's columns and the store's rows map onto them in
 * src/bundle and src/store. Ids are the committee's own (see ids.ts).
 */
import { z } from 'zod';
import type { PowerRecords } from './power-records.js';
import { isIsoDate } from './dates.js';
import { idProblem } from './ids.js';
import { unitPathProblem } from './units.js';
import {
  ACTION_KINDS,
  ASK_RESPONSES,
  CIRCLES,
  COMFORTS,
  FOLLOW_THROUGH,
  INTERACTION_KINDS,
  OUTCOMES,
  SIDES,
  SPACE_KINDS,
  STANCES,
  TIE_SIDES,
  WANTED,
  WINNABLE,
} from './vocabulary.js';

export const idSchema = z.string().superRefine((value, ctx) => {
  const problem = idProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'a date is written YYYY-MM-DD, for example 2025-03-14' });

export const unitPathSchema = z.string().superRefine((value, ctx) => {
  const problem = unitPathProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Free text typed by a person: names, titles, notes. Bounded so one field cannot swallow the store. */
const text = (max: number) => z.string().trim().min(1, 'this cannot be empty').max(max, `at most ${max} characters`);
const optionalText = (max: number) => z.string().max(max, `at most ${max} characters`).nullable();

export const personSchema = z.object({
  id: idSchema,
  /** A display name; pseudonyms are welcome. */
  name: text(200),
  circle: z.enum(CIRCLES).default('sun'),
  unit: unitPathSchema.nullable().default(null),
  role: optionalText(200).default(null),
  startedOn: isoDateSchema.nullable().default(null),
  leftOn: isoDateSchema.nullable().default(null),
  language: optionalText(50).default(null),
  /** As the person has said it themselves. */
  stance: z.enum(STANCES).default('unknown'),
  /** How to reach them, as they chose to share it. Sealed at rest on PostgreSQL. */
  contact: optionalText(500).default(null),
});
export type Person = z.output<typeof personSchema>;

export const tieObservationSchema = z.object({
  a: idSchema,
  b: idSchema,
  sides: z.array(z.enum(TIE_SIDES)).min(1, 'name at least one side'),
  closeness: z
    .union([z.literal(1), z.literal(2), z.literal(3)])
    .nullable()
    .default(null),
  /** True when only a's side of the tie was observed. */
  directed: z.boolean().default(false),
  observedOn: isoDateSchema,
  observedBy: idSchema.nullable().default(null),
});
export type TieObservation = z.output<typeof tieObservationSchema>;

/** A grievance raised in an interaction, by the person who feels it (null when the record does not say who). */
export const raisingSchema = z.object({ grievance: idSchema, by: idSchema.nullable() });
export type Raising = z.output<typeof raisingSchema>;

export const interactionSchema = z.object({
  id: idSchema,
  occurredOn: isoDateSchema,
  participants: z.array(idSchema).min(2, 'an interaction has two or more participants'),
  kind: z.enum(INTERACTION_KINDS),
  sides: z.array(z.enum(SIDES)).default([]),
  initiatedBy: idSchema.nullable().default(null),
  space: idSchema.nullable().default(null),
  raised: z.array(raisingSchema).default([]),
  /** Private notes. Sealed at rest on PostgreSQL; members see only their own (docs/security.md). */
  notes: optionalText(20_000).default(null),
});
export type Interaction = z.output<typeof interactionSchema>;

export const grievanceSchema = z.object({
  id: idSchema,
  title: text(500),
  unit: unitPathSchema.nullable().default(null),
  /** The committee's judgment. */
  winnable: z.enum(WINNABLE).default('unknown'),
});
export type Grievance = z.output<typeof grievanceSchema>;

export const askSchema = z.object({
  id: idSchema,
  interaction: idSchema.nullable().default(null),
  /** When the ask was made; the interaction's date when left empty. */
  occurredOn: isoDateSchema.nullable().default(null),
  by: idSchema,
  to: idSchema,
  what: text(1000),
  response: z.enum(ASK_RESPONSES),
  comfort: z.enum(COMFORTS).nullable().default(null),
  wanted: z.enum(WANTED).default('unknown'),
  followedThrough: z.enum(FOLLOW_THROUGH).default('unknown'),
});
export type Ask = z.output<typeof askSchema>;

export const spaceSchema = z.object({
  id: idSchema,
  name: text(200),
  kind: z.enum(SPACE_KINDS),
  unit: unitPathSchema.nullable().default(null),
});
export type Space = z.output<typeof spaceSchema>;

export const actionSchema = z.object({
  id: idSchema,
  title: text(500),
  kind: z.enum(ACTION_KINDS),
  occurredOn: isoDateSchema,
  space: idSchema.nullable().default(null),
  grievances: z.array(idSchema).default([]),
  participants: z.array(idSchema).default([]),
  outcome: z.enum(OUTCOMES).nullable().default(null),
});
export type Action = z.output<typeof actionSchema>;

export const committeeSchema = z.object({
  id: idSchema,
  name: text(200),
  members: z.array(idSchema).default([]),
});
export type Committee = z.output<typeof committeeSchema>;

/** Everything a workspace holds about its workplace, in domain shape: what a bundle carries. */
export interface WorkspaceRecords extends PowerRecords {
  people: Person[];
  ties: TieObservation[];
  interactions: Interaction[];
  grievances: Grievance[];
  asks: Ask[];
  spaces: Space[];
  actions: Action[];
  committees: Committee[];
}

/**
 * The relationship records: the bundle's first eight kinds. Kept as they were when the power map's kinds
 * came (issue 6), since code written against them walks exactly these (the demo's schema check does).
 * Everything a workspace holds is {@link WORKSPACE_KINDS}.
 */
export const RECORD_KINDS = [
  'people',
  'ties',
  'interactions',
  'grievances',
  'asks',
  'spaces',
  'actions',
  'committees',
] as const satisfies readonly (keyof WorkspaceRecords)[];

/** The power map's kinds (power-records.ts), in the order their references need. */
export const POWER_KINDS = [
  'mandates',
  'moon_sessions',
  'votes',
  'satellite_effects',
  'picket_shifts',
  'mutual_aid',
] as const satisfies readonly (keyof PowerRecords)[];

/** Every kind of record a workspace holds. */
export const WORKSPACE_KINDS = [...RECORD_KINDS, ...POWER_KINDS] as const;
export type RecordKind = (typeof WORKSPACE_KINDS)[number];
export type PowerKind = (typeof POWER_KINDS)[number];

export function emptyRecords(): WorkspaceRecords {
  return {
    people: [],
    ties: [],
    interactions: [],
    grievances: [],
    asks: [],
    spaces: [],
    actions: [],
    committees: [],
    mandates: [],
    moon_sessions: [],
    votes: [],
    satellite_effects: [],
    picket_shifts: [],
    mutual_aid: [],
  };
}

/** The date an ask was made: its own, else its interaction's. */
export function askDate(ask: Ask, interactionDate: (id: string) => string | undefined): string | null {
  if (ask.occurredOn) return ask.occurredOn;
  return ask.interaction ? (interactionDate(ask.interaction) ?? null) : null;
}

/**
 * The power map's records as the API takes and gives them, built from the core schemas
 * (src/core/power-records.ts) as record-schemas.ts builds the others: cloned before they are named for the
 * OpenAPI document; patches without defaults, so a field left out stays as it was.
 */
import { z } from '@hono/zod-openapi';
import { planReportSchema } from '../../core/model/action-plan.js';
import {
  isoDateTimeSchema,
  mandateSchema,
  moonSessionSchema,
  mutualAidSchema,
  picketShiftSchema,
  planSchema,
  satelliteEffectSchema,
  targetSchema,
  voteSchema,
} from '../../core/power-records.js';
import { idSchema, isoDateSchema, spaceSchema, unitPathSchema } from '../../core/records.js';

export const mandateOut = mandateSchema.clone().openapi('Mandate');
export const mandateIn = mandateSchema.omit({ id: true }).strict();
export const mandatePatch = z
  .object({
    decidedOn: isoDateSchema,
    decidedIn: idSchema.nullable(),
    text: mandateSchema.shape.text,
    holders: mandateSchema.shape.holders,
  })
  .partial()
  .strict();

export const moonSessionOut = moonSessionSchema.clone().openapi('MoonSession');
export const moonSessionIn = moonSessionSchema.omit({ id: true }).strict();
/** What changes after a session, above all the report-back; and where and when it was, put right. */
export const moonSessionPatch = z
  .object({
    space: idSchema,
    occurredOn: isoDateSchema,
    attendees: moonSessionSchema.shape.attendees,
    closedDoor: z.boolean(),
    outcome: z.string().max(2000).nullable(),
    mandates: z.array(idSchema),
    reportedBackOn: isoDateSchema.nullable(),
    reportedTo: z.array(targetSchema),
  })
  .partial()
  .strict();

export const voteOut = voteSchema.clone().openapi('Vote');
export const voteIn = voteSchema.omit({ id: true }).strict();
/** A count corrected, the question reworded, the vote tied to another mandate or session (or none). */
export const votePatch = z
  .object({
    mandate: voteSchema.shape.mandate.unwrap(),
    session: voteSchema.shape.session.unwrap(),
    heldOn: isoDateSchema,
    question: voteSchema.shape.question,
    yes: voteSchema.shape.yes,
    no: voteSchema.shape.no,
    abstain: voteSchema.shape.abstain.unwrap(),
  })
  .partial()
  .strict();

export const satelliteEffectOut = satelliteEffectSchema.clone().openapi('SatelliteEffect');
export const satelliteEffectIn = satelliteEffectSchema.omit({ id: true }).strict();
/** Who did it, when, which way it pulled, whom it touched, and in what words: any of it can be put right. */
export const satelliteEffectPatch = z
  .object({
    satellite: satelliteEffectSchema.shape.satellite,
    occurredOn: isoDateSchema,
    effect: satelliteEffectSchema.shape.effect,
    on: satelliteEffectSchema.shape.on.unwrap(),
    what: satelliteEffectSchema.shape.what.unwrap(),
  })
  .partial()
  .strict();

export const picketShiftOut = picketShiftSchema.clone().openapi('PicketShift');
export const picketShiftIn = picketShiftSchema.omit({ id: true }).strict();
/** Who is on the shift, when it runs, and at which line. */
export const picketShiftPatch = z
  .object({ space: idSchema, startsAt: isoDateTimeSchema, endsAt: isoDateTimeSchema, people: z.array(idSchema) })
  .partial()
  .strict();

export const mutualAidOut = mutualAidSchema.clone().openapi('MutualAid');
export const mutualAidIn = mutualAidSchema.omit({ id: true }).strict();
/** Who gave, who received, when, what kind and how much. */
export const mutualAidPatch = z
  .object({
    occurredOn: isoDateSchema,
    givenBy: mutualAidSchema.shape.givenBy.unwrap(),
    givenTo: mutualAidSchema.shape.givenTo,
    kind: mutualAidSchema.shape.kind,
    amount: mutualAidSchema.shape.amount.unwrap(),
  })
  .partial()
  .strict();

export const planOut = planSchema.clone().openapi('Plan');
export const planIn = planSchema
  .omit({ id: true, createdOn: true })
  .extend({ createdOn: isoDateSchema.optional() })
  .strict();
/** A plan's title, word, action, the people expected, or the day it was made. */
export const planPatch = z
  .object({
    title: planSchema.shape.title,
    createdOn: isoDateSchema,
    action: planSchema.shape.action.unwrap(),
    message: planSchema.shape.message.unwrap(),
    expected: planSchema.shape.expected.unwrap(),
  })
  .partial()
  .strict();
export const planWithReport = z.object({ plan: planOut, report: planReportSchema }).openapi('PlanWithReport');

/** A space renamed, moved to another unit (or none), or of another kind (what is held there permitting). */
export const spacePatch = z
  .object({ name: spaceSchema.shape.name, kind: spaceSchema.shape.kind, unit: unitPathSchema.nullable() })
  .partial()
  .strict();

/** The answer to a removal: which record went. */
export const removedOut = z
  .object({ id: z.string(), removed: z.literal(true) })
  .openapi('Removed', { description: 'The record is removed; its audit entry is written' });

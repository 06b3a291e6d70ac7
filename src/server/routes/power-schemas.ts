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
import { idSchema, isoDateSchema } from '../../core/records.js';

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
/** What changes after a session: above all, the report-back. */
export const moonSessionPatch = z
  .object({
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

export const satelliteEffectOut = satelliteEffectSchema.clone().openapi('SatelliteEffect');
export const satelliteEffectIn = satelliteEffectSchema.omit({ id: true }).strict();

export const picketShiftOut = picketShiftSchema.clone().openapi('PicketShift');
export const picketShiftIn = picketShiftSchema.omit({ id: true }).strict();
/** Who is on the shift, and when it runs. */
export const picketShiftPatch = z
  .object({ startsAt: isoDateTimeSchema, endsAt: isoDateTimeSchema, people: z.array(idSchema) })
  .partial()
  .strict();

export const mutualAidOut = mutualAidSchema.clone().openapi('MutualAid');
export const mutualAidIn = mutualAidSchema.omit({ id: true }).strict();

export const planOut = planSchema.clone().openapi('Plan');
export const planIn = planSchema
  .omit({ id: true, createdOn: true })
  .extend({ createdOn: isoDateSchema.optional() })
  .strict();
export const planWithReport = z.object({ plan: planOut, report: planReportSchema }).openapi('PlanWithReport');

/**
 * The records as the API takes and gives them, built from the core schemas (src/core/records.ts) so the
 * API, the bundle and the web forms agree. Patches are built without defaults: a field left out of a
 * change stays as it was.
 *
 * Core's schemas were made before @hono/zod-openapi added `.openapi()` to zod's schemas, so a core schema
 * is cloned (or derived) here before it is named for the OpenAPI document.
 */
import { z } from '@hono/zod-openapi';
import {
  askSchema,
  grievanceSchema,
  idSchema,
  interactionSchema,
  isoDateSchema,
  personSchema,
  raisingSchema,
  spaceSchema,
  tieObservationSchema,
  unitPathSchema,
} from '../../core/records.js';
import { ASK_RESPONSES, CIRCLES, COMFORTS, FOLLOW_THROUGH, STANCES, WANTED, WINNABLE } from '../../core/vocabulary.js';

export const personOut = personSchema.clone().openapi('Person');
export const personIn = personSchema.omit({ id: true }).strict();
export const personPatch = z
  .object({
    name: personSchema.shape.name,
    circle: z.enum(CIRCLES),
    unit: unitPathSchema.nullable(),
    role: z.string().max(200).nullable(),
    startedOn: isoDateSchema.nullable(),
    language: z.string().max(50).nullable(),
    stance: z.enum(STANCES),
    contact: z.string().max(500).nullable(),
  })
  .partial()
  .strict();

export const grievanceOut = grievanceSchema.clone().openapi('Grievance');
export const grievanceIn = grievanceSchema.omit({ id: true }).strict();
export const grievancePatch = z
  .object({ title: grievanceSchema.shape.title, unit: unitPathSchema.nullable(), winnable: z.enum(WINNABLE) })
  .partial()
  .strict();

export const raisingOut = z
  .object({ grievance: z.string(), by: z.string().nullable(), interaction: z.string(), occurredOn: z.string() })
  .openapi('Raising');

export const grievanceWithRaisings = grievanceSchema
  .extend({
    raisings: z.array(raisingOut),
    /** How many different people (that the viewer may see) have raised it. */
    raisedBy: z.number().int(),
  })
  .openapi('GrievanceWithRaisings');

export const askOut = askSchema.extend({ on: z.string().nullable() }).openapi('Ask');
export const askPatch = z
  .object({
    response: z.enum(ASK_RESPONSES),
    comfort: z.enum(COMFORTS).nullable(),
    wanted: z.enum(WANTED),
    followedThrough: z.enum(FOLLOW_THROUGH),
  })
  .partial()
  .strict();

export const spaceOut = spaceSchema.clone().openapi('Space');
export const spaceIn = spaceSchema.omit({ id: true }).strict();

export const tieOut = tieObservationSchema.clone().openapi('TieObservation');
export const tieIn = tieObservationSchema.strict();

/** A conversation in a list: no notes (they are read one conversation at a time, see conversation-view.ts). */
export const conversationSummary = interactionSchema
  .omit({ notes: true })
  .extend({
    loggedByMe: z.boolean(),
    /** Whether there are notes this viewer may read, on opening the conversation. */
    hasNotes: z.boolean(),
  })
  .openapi('ConversationSummary');

export const conversationOut = interactionSchema
  .extend({ loggedByMe: z.boolean(), asks: z.array(askOut), grievances: z.array(grievanceOut) })
  .openapi('Conversation');

/** A grievance first named in this conversation, with who raised it (none: the record does not say). */
const newGrievanceIn = grievanceSchema
  .omit({ id: true })
  .extend({ raisedBy: z.array(idSchema).default([]) })
  .strict();

export const conversationIn = interactionSchema
  .omit({ id: true, raised: true })
  .extend({
    raised: z.array(raisingSchema.strict()).default([]),
    newGrievances: z.array(newGrievanceIn).default([]),
    asks: z.array(askSchema.omit({ id: true, interaction: true, occurredOn: true }).strict()).default([]),
  })
  .strict();

/** Names of the people a page mentions, so it can show them without asking again. */
export const namesOut = z.record(z.string(), z.string());

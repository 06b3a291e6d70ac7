/**
 * The power map's part of the analysis report (docs/model.md#power): its shape as zod schemas, which
 * report.ts adds to the report under `power` and `strike`. Keys named in issue 6 are relied on by other tools:
 * add keys, never rename these. People, spaces and mandates are named by their bundle ids.
 */
import { z } from 'zod';
import { AID_KINDS } from '../vocabulary.js';

const count = z.number().int().min(0);
const share = z.number().min(0).max(1);
const id = z.string();
const date = z.string();

export const sunSpacePowerSchema = z.object({
  space: id,
  /** Σ over the people there of their strongest tie there, half of it, all of it when they acted together there. */
  power: z.number().min(0),
  /** Counted coworkers there: of the space's unit, or who met or picketed there in the window. */
  people: count,
  /** Of them, bound by a strong tie to someone else there. */
  bound: count,
  /** Of them, who took part in a collective action or a picket shift there in the window. */
  acted: count,
});

export const moonSpaceSchema = z.object({
  space: id,
  sessions: count,
  closedDoor: count,
  lastSession: date.nullable(),
});

export const accountabilitySchema = z.object({
  holder: id,
  /** Sessions in moon spaces they attended. */
  sessions: count,
  /** Of those, reported back (on or before the analysis date). */
  reportedBack: count,
  /** Of those, not reported back and older than the report-back line. */
  overdueReportBacks: count,
  /** Days since the latest report-back of a session they attended; null when none ever was. */
  daysSinceReportBack: count.nullable(),
  /** Closed-door sessions they attended that decided something (an outcome, or mandates addressed). */
  closedDoorDecisions: count,
  /** Mandates they hold that no session has addressed. */
  mandatesUnaddressed: count,
  /** Mandates they hold. */
  mandates: count,
  /** Of the overdue sessions, how many were behind closed doors, and the date of the earliest. */
  overdueClosedDoor: count,
  overdueSince: date.nullable(),
});

export const mandateReportSchema = z.object({
  mandate: id,
  decidedOn: date,
  holders: z.array(id),
  /** Sessions that addressed it, and the latest one's date. */
  sessions: count,
  lastAddressedOn: date.nullable(),
  /** The latest vote on it. */
  vote: z.object({ heldOn: date, question: z.string(), yes: count, no: count, abstain: count.nullable() }).nullable(),
});

export const satelliteReportSchema = z.object({
  person: id,
  nurturing: count,
  siphoning: count,
  mixed: count,
  /** nurturing − siphoning. */
  net: z.number().int(),
});

export const captureRiskSchema = z.object({
  person: id,
  moonSessions: count,
  /** The first moon session they attended. */
  since: date,
  /** Interactions with coworkers per 30 days, in the window before the first session and the latest window. */
  workplaceContactBefore: z.number().min(0),
  workplaceContactAfter: z.number().min(0),
});

export const powerReportSchema = z.object({
  sunSpaces: z.array(sunSpacePowerSchema),
  moonSpaces: z.array(moonSpaceSchema),
  accountability: z.array(accountabilitySchema),
  mandates: z.array(mandateReportSchema),
  satellites: z.array(satelliteReportSchema),
  captureRisk: z.array(captureRiskSchema),
  /** The lines used: days before a report-back is overdue; how far contact must fall. */
  lines: z.object({ reportBackDays: count, captureDrop: share, picketMinPeople: count, checkInDays: count }),
});

export const strikeSiteSchema = z.object({
  space: id,
  shifts: count,
  people: count,
  /** Share of the strike's picket hours this line was held by enough people. */
  coverage: share,
  /** Stretches of the picket hours the line was not held (at most ten listed), and how many in all. */
  gaps: z.array(z.object({ from: z.string(), to: z.string() })),
  gapCount: count,
});

export const strikeReportSchema = z.object({
  sites: z.array(strikeSiteSchema),
  mutualAid: z.object({
    /** Acts of mutual aid, and how many people received any. */
    given: count,
    people: count,
    givers: count,
    byKind: z.array(z.object({ kind: z.enum(AID_KINDS), given: count, amount: z.number().min(0) })),
  }),
  /** People on a picket line in the last `checkInDays` with no interaction with anyone in that time. */
  unchecked: z.array(z.object({ person: id, lastShift: z.string() })),
});

export type PowerReport = z.infer<typeof powerReportSchema>;
export type StrikeReport = z.infer<typeof strikeReportSchema>;
export type SunSpacePower = z.infer<typeof sunSpacePowerSchema>;
export type Accountability = z.infer<typeof accountabilitySchema>;
export type SatelliteReport = z.infer<typeof satelliteReportSchema>;
export type CaptureRisk = z.infer<typeof captureRiskSchema>;
export type StrikeSite = z.infer<typeof strikeSiteSchema>;

/**
 * The analysis report: its shape, as a zod schema the API reuses and a type. The keys named in the issue
 * (asOf, modelVersion, people, ties, coverage, largestStrongGroup, crossUnitStrongTies, overall.phase, units,
 * groups, bridges, trusted, stoneSand, grievances, careSignals) are relied on by other tools: add keys, never
 * rename these. docs/model.md#report describes every key. People are named by their bundle ids only.
 */
import { z } from 'zod';
import { PHASES } from '../vocabulary.js';
import { CARE_SIGNAL_KINDS } from './care-signals.js';
import { powerReportSchema, strikeReportSchema } from './power-report.js';
import { FORWARD_STEPS } from './unit-figures.js';

const share = z.number().min(0).max(1);
const count = z.number().int().min(0);
const personId = z.string();

export const forwardStepSchema = z.object({ step: z.enum(FORWARD_STEPS), count: count.optional() });

const figures = {
  people: count,
  cohesion: share,
  coverage: share,
  heat: share,
  organizers: count,
  organizerRatio: share,
  phase: z.enum(PHASES),
  /** What would move it forward, most important first. */
  forward: z.array(forwardStepSchema),
};

export const unitReportSchema = z.object({ unit: z.string(), ...figures });

export const scoredPersonSchema = z.object({ person: personId, score: z.number().min(0) });

export const careSignalSchema = z.object({
  kind: z.enum(CARE_SIGNAL_KINDS),
  person: personId,
  by: personId.nullable(),
  since: z.string().nullable(),
  advice: z.string(),
});

export const grievanceReportSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  /** The unit it affects, or null for the whole workspace. */
  unit: z.string().nullable(),
  /** People who raised it themselves (counted coworkers). */
  sharedBy: count,
  /** Counted coworkers of its unit, or of the workspace. */
  affected: count,
  /** Affected people inside the largest group of sharers bound by strong ties. */
  largestGroup: count,
  readiness: share,
  /** readiness ≥ the supermajority line. */
  reachesLine: z.boolean(),
});

export const analysisReportSchema = z.object({
  asOf: z.string(),
  modelVersion: z.string(),
  /** Counted coworkers: circle sun, started, not left. */
  people: count,
  ties: z.object({ total: count, strong: count }),
  coverage: share,
  largestStrongGroup: z.object({ size: count, share }),
  crossUnitStrongTies: count,
  overall: z.object(figures),
  units: z.array(unitReportSchema),
  groups: z.array(z.object({ members: z.array(personId), edge: z.array(personId) })),
  bridges: z.array(scoredPersonSchema),
  trusted: z.array(scoredPersonSchema),
  stoneSand: z.object({ stone: z.array(personId), sand: z.array(personId) }),
  grievances: z.array(grievanceReportSchema),
  careSignals: z.array(careSignalSchema),
  /** The lines the figures were measured against. */
  lines: z.object({
    strongTie: z.number(),
    supermajority: z.number(),
    coworkersPerOrganizer: z.number(),
    phaseCoverage: z.number(),
    phaseCohesion: z.number(),
    phaseHeat: z.number(),
  }),
  /** The power map (power.ts), when the analysis was given the power map's records. */
  power: powerReportSchema.optional(),
  strike: strikeReportSchema.optional(),
});

export type AnalysisReport = z.infer<typeof analysisReportSchema>;
export type UnitReport = z.infer<typeof unitReportSchema>;
export type GrievanceReport = z.infer<typeof grievanceReportSchema>;

/**
 * The organizing model's parameters, their defaults, and the per-workspace overrides a committee may set
 * (stored under `model` in the workspace's settings). docs/model.md explains every one of them and why it
 * has its default.
 */
import { z } from 'zod';
import type { InteractionKind } from '../vocabulary.js';
import { INTERACTION_KINDS } from '../vocabulary.js';

/**
 * Changes whenever a formula or a default does, so that two reports can be compared only when they were
 * computed the same way. Written into every report.
 */
export const MODEL_VERSION = '1.2.0';

export interface ModelSettings {
  // --- tie strength (docs/model.md#tie-strength)
  /** Days after which a piece of evidence counts half as much. */
  halfLifeDays: number;
  /** What one interaction between exactly two people adds, by kind, in "fresh one-on-ones". */
  kindWeight: Record<InteractionKind, number>;
  /** Interactions with more participants than this add nothing to any pair (each pair's share is tiny). */
  largestGathering: number;
  /** What an observation adds, by closeness (0 stands for "closeness not given"). */
  closenessWeight: { 0: number; 1: number; 2: number; 3: number };
  /** Factor for observations of only one person's side of the tie (`directed`). */
  directedFactor: number;
  /** What one observation of tension adds to the tie's strain. */
  tensionWeight: number;
  /** How far strain can lower a tie: 1 − tensionPenalty × strain. */
  tensionPenalty: number;
  /** Bonus per side the tie has (social, political, mutual aid, emotional), at most this much per side. */
  sideBonus: number;
  /** Bonus per unit of the smaller of the two people's started interactions. */
  reciprocityBonus: number;
  /** Evidence scale: strength = 1 − e^(−evidence / scale). */
  evidenceScale: number;
  /** A tie at least this strong is strong. */
  strongTie: number;

  // --- units and phases (docs/model.md#units)
  /** Days after which a grievance raised counts half as hot. */
  heatHalfLifeDays: number;
  /** A unit's ties are strong when coverage is at least this... */
  phaseCoverage: number;
  /** ...and cohesion at least this. */
  phaseCohesion: number;
  /** A unit is hot when heat is at least this. */
  phaseHeat: number;
  /** Strong ties a committee member or self-declared supporter needs to count as an organizer. */
  organizerStrongTies: number;
  /** The organizers' rule: one organizer for about this many coworkers. */
  coworkersPerOrganizer: number;

  // --- readiness (docs/model.md#readiness)
  /** The supermajority line before going public. */
  supermajority: number;

  // --- groups, bridges, trusted (docs/model.md#groups)
  louvainSeed: number;
  louvainResolution: number;
  /** Coworkers with a strong tie to a person before they are listed as trusted. */
  trustedStrongTies: number;
  /** At most this many people listed as bridges, and as trusted. */
  listedPeople: number;

  // --- care signals (docs/model.md#care-signals)
  /** Asks, follow-through and fading ties are looked at over this many days before the analysis date. */
  careWindowDays: number;
  /** A strong tie with no contact for this many days is fading. */
  fadingAfterDays: number;
  /** A "yes" still pending after this many days counts as not followed through. */
  followThroughDays: number;
  /** People who started within this many days are newcomers... */
  newcomerDays: number;
  /** ...and are looked at once they have been there this many days. */
  welcomeDays: number;

  // --- the power map (docs/model.md#power)
  /** Acting together in a sun space, being there, and what satellites did count over this many days. */
  powerWindowDays: number;
  /** A session not reported back this many days after it is overdue. */
  reportBackDays: number;
  /** Workplace contact is compared over this many days before a worker's first moon session, and the latest as many. */
  captureWindowDays: number;
  /** Contact must fall by at least this share to raise a capture risk... */
  captureDrop: number;
  /** ...from at least this many interactions with coworkers in the window before... */
  captureMinContacts: number;
  /** ...after at least this many days since the first session. */
  captureMinDays: number;
  /** A picket line is held when at least this many people are on it. */
  picketMinPeople: number;
  /** Strikers on a line in this many days with no interaction since are people nobody has checked on. */
  checkInDays: number;
}

export const DEFAULT_MODEL_SETTINGS: ModelSettings = Object.freeze({
  halfLifeDays: 180,
  kindWeight: Object.freeze({
    one_on_one: 1,
    meal: 1,
    helped: 1,
    social: 0.8,
    picket: 0.8,
    action: 0.6,
    call: 0.6,
    chat: 0.5,
    meeting: 0.5,
    message: 0.25,
  }),
  largestGathering: 30,
  closenessWeight: Object.freeze({ 0: 0.5, 1: 0.5, 2: 1.5, 3: 4 }),
  directedFactor: 0.4,
  tensionWeight: 1,
  tensionPenalty: 0.75,
  sideBonus: 0.5,
  reciprocityBonus: 0.5,
  evidenceScale: 3,
  strongTie: 0.6,

  heatHalfLifeDays: 90,
  phaseCoverage: 0.5,
  phaseCohesion: 0.25,
  phaseHeat: 0.2,
  organizerStrongTies: 2,
  coworkersPerOrganizer: 10,

  supermajority: 0.65,

  louvainSeed: 1,
  louvainResolution: 1,
  trustedStrongTies: 2,
  listedPeople: 25,

  careWindowDays: 365,
  fadingAfterDays: 90,
  followThroughDays: 30,
  newcomerDays: 120,
  welcomeDays: 14,

  powerWindowDays: 365,
  reportBackDays: 7,
  captureWindowDays: 90,
  captureDrop: 0.5,
  captureMinContacts: 3,
  captureMinDays: 30,
  picketMinPeople: 2,
  checkInDays: 14,
});

const share = z.number().min(0).max(1);
const days = z.number().int().min(1).max(3650);
const positive = z.number().positive().max(1000);
const weight = z.number().min(0).max(10);

/** A committee's overrides: any subset of the settings, each checked; unknown keys are refused. */
export const modelSettingsOverridesSchema = z
  .object({
    halfLifeDays: days,
    kindWeight: z.partialRecord(z.enum(INTERACTION_KINDS), weight),
    largestGathering: z.number().int().min(2).max(10_000),
    closenessWeight: z.object({ 0: weight, 1: weight, 2: weight, 3: weight }).partial().strict(),
    directedFactor: share,
    tensionWeight: z.number().min(0).max(10),
    tensionPenalty: share,
    sideBonus: z.number().min(0).max(10),
    reciprocityBonus: z.number().min(0).max(10),
    evidenceScale: positive,
    strongTie: z.number().gt(0).max(1),
    heatHalfLifeDays: days,
    phaseCoverage: share,
    phaseCohesion: share,
    phaseHeat: share,
    organizerStrongTies: z.number().int().min(0).max(1000),
    coworkersPerOrganizer: z.number().int().min(1).max(1000),
    supermajority: z.number().gt(0).max(1),
    louvainSeed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31),
    louvainResolution: z.number().positive().max(100),
    trustedStrongTies: z.number().int().min(1).max(1000),
    listedPeople: z.number().int().min(0).max(100_000),
    careWindowDays: days,
    fadingAfterDays: days,
    followThroughDays: days,
    newcomerDays: days,
    welcomeDays: z.number().int().min(0).max(3650),
    powerWindowDays: days,
    reportBackDays: z.number().int().min(0).max(3650),
    captureWindowDays: days,
    captureDrop: z.number().gt(0).max(1),
    captureMinContacts: z.number().int().min(0).max(1000),
    captureMinDays: z.number().int().min(0).max(3650),
    picketMinPeople: z.number().int().min(1).max(1000),
    checkInDays: days,
  })
  .partial()
  .strict();
export type ModelSettingsOverrides = z.input<typeof modelSettingsOverridesSchema>;

/** The defaults with a committee's overrides on top. Throws a zod error naming any bad value. */
export function resolveModelSettings(overrides: unknown = {}): ModelSettings {
  const o = modelSettingsOverridesSchema.parse(overrides ?? {});
  return {
    ...DEFAULT_MODEL_SETTINGS,
    ...o,
    kindWeight: { ...DEFAULT_MODEL_SETTINGS.kindWeight, ...o.kindWeight },
    closenessWeight: { ...DEFAULT_MODEL_SETTINGS.closenessWeight, ...o.closenessWeight },
  };
}

/** The model's overrides kept in a workspace's settings object (`settings.model`). */
export function modelSettingsOfWorkspace(settings: Readonly<Record<string, unknown>>): ModelSettings {
  return resolveModelSettings(settings.model ?? {});
}

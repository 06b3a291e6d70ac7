/**
 * Tie strength, after Granovetter (1973): "a (probably linear) combination of the amount of time, the
 * emotional intensity, the intimacy (mutual confiding), and the reciprocal services which characterize the
 * tie". docs/model.md#tie-strength gives the formula with a worked example; this file is that formula.
 *
 * Evidence about a pair is gathered from interactions and tie observations, each piece weighed by what it
 * is and decayed by its age. Because the decay is exponential, moving the analysis date later multiplies
 * every piece by the same factor: that is what makes strength fall, and never rise, as time passes
 * without new evidence.
 */
import type { InteractionKind, Side } from '../vocabulary.js';
import { SIDES } from '../vocabulary.js';
import type { ModelSettings } from './settings.js';

/** Sides an interaction of a kind touches whether or not the record names them. */
export const IMPLIED_SIDES: Readonly<Partial<Record<InteractionKind, Side>>> = Object.freeze({
  meal: 'social',
  social: 'social',
  helped: 'mutual_aid',
  action: 'political',
  picket: 'political',
});

export const SIDE_INDEX: Readonly<Record<Side, number>> = Object.freeze({
  social: 0,
  political: 1,
  mutual_aid: 2,
  emotional: 3,
});
export const SIDE_COUNT = SIDES.length;

/** What a piece of evidence `ageDays` old is worth: 2^(−age / half-life); nothing from the future. */
export function decay(ageDays: number, halfLifeDays: number): number {
  if (ageDays < 0) return 0;
  return 2 ** (-ageDays / halfLifeDays);
}

/**
 * What one interaction adds to each pair of its participants, before decay: its kind's weight shared over
 * the n − 1 others each participant spent it with. A one-on-one gives its pair the whole weight; a meeting of
 * eleven gives each pair a tenth. Above `largestGathering` participants, nothing.
 */
export function interactionPairWeight(kind: InteractionKind, participants: number, s: ModelSettings): number {
  if (participants < 2 || participants > s.largestGathering) return 0;
  return s.kindWeight[kind] / (participants - 1);
}

/** What one tie observation adds, before decay: by closeness (null: not given), halved when directed. */
export function observationWeight(closeness: 1 | 2 | 3 | null, directed: boolean, s: ModelSettings): number {
  return s.closenessWeight[closeness ?? 0] * (directed ? s.directedFactor : 1);
}

/** What one observation of tension adds to a tie's strain, before decay. */
export function tensionWeight(directed: boolean, s: ModelSettings): number {
  return s.tensionWeight * (directed ? s.directedFactor : 1);
}

/** Everything known about one pair, each amount already decayed to the analysis date. */
export interface TieEvidence {
  /** Interactions (weighted by kind and size) and observations (by closeness) without tension. */
  contact: number;
  /** The part of `contact` that touched each side, in SIDES order: social, political, mutual aid, emotional. */
  sides: readonly number[];
  /** The part of `contact` from interactions each of the two started. */
  startedByA: number;
  startedByB: number;
  /** Observations of tension. */
  tension: number;
}

export function emptyEvidence(): TieEvidence {
  return { contact: 0, sides: [0, 0, 0, 0], startedByA: 0, startedByB: 0, tension: 0 };
}

/** The parts of a tie's strength, for explaining a number to a person. */
export interface StrengthParts {
  /** Sum of side bonuses: each side contributes sideBonus × (1 − e^(−its evidence)). */
  sides: number;
  /** reciprocityBonus × min(started by A, started by B). */
  reciprocity: number;
  /** contact + sides + reciprocity. */
  evidence: number;
  /** tension / (contact + tension): how much of what is known of the tie is strain. */
  strain: number;
  strength: number;
}

/**
 * strength = (1 − e^(−E / scale)) × (1 − tensionPenalty × strain), where
 *   E      = contact + Σ_side sideBonus·(1 − e^(−side)) + reciprocityBonus·min(startedByA, startedByB)
 *   strain = tension / (contact + tension)
 * Always in [0, 1]. More evidence without tension never lowers it; time alone only lowers it.
 */
export function tieStrengthParts(e: TieEvidence, s: ModelSettings): StrengthParts {
  let sides = 0;
  for (let k = 0; k < SIDE_COUNT; k++) sides += sideBonus(e.sides[k] ?? 0, s);
  const reciprocity = s.reciprocityBonus * Math.min(e.startedByA, e.startedByB);
  const evidence = e.contact + sides + reciprocity;
  const known = e.contact + e.tension;
  const strain = known > 0 ? e.tension / known : 0;
  return { sides, reciprocity, evidence, strain, strength: strengthOf(evidence, strain, s) };
}

export function tieStrength(e: TieEvidence, s: ModelSettings): number {
  return tieStrengthParts(e, s).strength;
}

/** What one side's evidence adds to E: sideBonus × (1 − e^(−evidence)). */
export function sideBonus(evidence: number, s: ModelSettings): number {
  return s.sideBonus * (1 - Math.exp(-evidence));
}

/**
 * The same strength from the evidence's amounts one by one, `sides` being Σ {@link sideBonus}: for code that
 * reads millions of pairs out of typed arrays (base.ts, care-signals.ts) and should make no object per pair.
 */
export function strengthOfAmounts(
  contact: number,
  sides: number,
  startedByA: number,
  startedByB: number,
  tension: number,
  s: ModelSettings,
): number {
  const evidence = contact + sides + s.reciprocityBonus * Math.min(startedByA, startedByB);
  const known = contact + tension;
  return strengthOf(evidence, known > 0 ? tension / known : 0, s);
}

function strengthOf(evidence: number, strain: number, s: ModelSettings): number {
  const strength = (1 - Math.exp(-evidence / s.evidenceScale)) * (1 - s.tensionPenalty * strain);
  return Math.min(1, Math.max(0, strength));
}

/** The evidence as it stood `days` earlier, had nothing been added since: every amount × 2^(days / half-life). */
export function evidenceEarlier(e: TieEvidence, days: number, s: ModelSettings): TieEvidence {
  const f = 2 ** (days / s.halfLifeDays);
  return {
    contact: e.contact * f,
    sides: e.sides.map((x) => x * f),
    startedByA: e.startedByA * f,
    startedByB: e.startedByB * f,
    tension: e.tension * f,
  };
}

export function isStrong(strength: number, s: ModelSettings): boolean {
  return strength >= s.strongTie;
}

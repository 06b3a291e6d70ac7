/**
 * The charts' props: plain data shaped for drawing. Pages map the organizing model's figures (units'
 * cohesion, coverage, heat and phase; stone and sand; readiness) onto these.
 */
import type { Phase, Stance } from '../../../src/core/vocabulary.js';

/** Stone: a strong tie to someone in the base. Sand: no strong tie to the base. */
export type TieToBase = 'stone' | 'sand';

export interface WallPerson {
  id: string;
  name: string;
  unit: string | null;
  /** As the person has said it themselves. */
  stance: Stance;
  base: TieToBase;
}

/** One unit's place on the phase plot. Figures in [0, 1] except heat, which runs to `heatMax`. */
export interface UnitPhasePoint {
  unit: string;
  cohesion: number;
  heat: number;
  phase: Phase;
}

export interface PhaseThresholds {
  /** Cohesion at or above which a unit counts as connected. */
  cohesion: number;
  /** Heat at or above which a unit counts as hot. */
  heat: number;
}

/** One month of a unit's (or the workplace's) series. */
export interface MonthPoint {
  /** The month, as `YYYY-MM` or any date inside it. */
  month: string;
  cohesion: number;
  coverage: number;
  heat: number;
  phase: Phase;
}

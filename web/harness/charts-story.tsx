/** The charts with fixed, made-up figures: a hospital's units on the phase plot, one unit's three years. */
import type { Phase } from '../../src/core/vocabulary.js';
import type { MonthPoint, UnitPhasePoint } from '../components/charts/chart-types.js';
import { PhasePlot } from '../components/charts/PhasePlot.js';
import { ReadinessBar } from '../components/charts/ReadinessBar.js';
import { Timeline } from '../components/charts/Timeline.js';

const UNITS: UnitPhasePoint[] = [
  { unit: 'Hospital North/Nursing/Days', cohesion: 0.62, heat: 3.1, phase: 'ready' },
  { unit: 'Hospital North/Nursing/Nights', cohesion: 0.71, heat: 2.4, phase: 'ready' },
  { unit: 'Hospital North/Nursing/Weekends', cohesion: 0.35, heat: 2.9, phase: 'agitated' },
  { unit: 'Hospital North/Pharmacy/Days', cohesion: 0.58, heat: 0.6, phase: 'connected' },
  { unit: 'Hospital North/Pharmacy/Nights', cohesion: 0.22, heat: 0.4, phase: 'isolated' },
  { unit: 'Hospital North/Kitchen/Days', cohesion: 0.18, heat: 2.2, phase: 'agitated' },
  { unit: 'Hospital North/Kitchen/Nights', cohesion: 0.12, heat: 0.9, phase: 'isolated' },
  { unit: 'Hospital South/Cleaning/Days', cohesion: 0.44, heat: 1.7, phase: 'agitated' },
  { unit: 'Hospital South/Cleaning/Nights', cohesion: 0.52, heat: 1.5, phase: 'connected' },
  { unit: 'Hospital South/Lab/Days', cohesion: 0.48, heat: 1.55, phase: 'connected' },
  { unit: 'Hospital South/Lab/Nights', cohesion: 0.05, heat: 0.1, phase: 'isolated' },
];

/** Three years of one unit, after the essay: isolated, then agitated, then ready. */
function months(): MonthPoint[] {
  const out: MonthPoint[] = [];
  for (let k = 0; k < 36; k++) {
    const year = 2022 + Math.floor(k / 12);
    const month = String((k % 12) + 1).padStart(2, '0');
    const cohesion = Math.min(0.75, 0.08 + 0.02 * k + (k > 24 ? 0.015 * (k - 24) : 0));
    const coverage = Math.min(0.85, 0.1 + 0.022 * k);
    const heat = k < 10 ? 0.3 + 0.05 * k : k < 24 ? 1.6 + 0.1 * Math.sin(k) + 0.05 * (k - 10) : 2.4 - 0.02 * (k - 24);
    const phase: Phase =
      cohesion >= 0.45 && heat >= 1.5
        ? 'ready'
        : cohesion >= 0.45
          ? 'connected'
          : heat >= 1.5
            ? 'agitated'
            : 'isolated';
    out.push({ month: `${year}-${month}`, cohesion, coverage, heat, phase });
  }
  return out;
}

export function ChartsStory() {
  return (
    <>
      <section>
        <PhasePlot units={UNITS} thresholds={{ cohesion: 0.45, heat: 1.5 }} />
      </section>
      <section>
        <Timeline series={months()} title="Hospital North/Nursing/Days, month by month" />
      </section>
      <section>
        <h2>Readiness</h2>
        <ReadinessBar label="Short staffing on nights" bound={31} affected={42} />
        <ReadinessBar label="Parking fees" bound={12} affected={60} />
      </section>
    </>
  );
}

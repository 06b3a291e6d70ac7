/**
 * Shapes that carry meaning alongside colour, so that stance, phase and ties to the base read in black and
 * white, in print and for people who do not tell the colours apart. Each is decorative beside its word.
 */
import type { Phase, Stance } from '../../../src/core/vocabulary.js';
import type { TieToBase } from './chart-types.js';

const SIZE = 12;

export function StanceMark({ stance }: { stance: Stance }) {
  return (
    <svg
      className={`mark mark--stance stance--${stance}`}
      width={SIZE}
      height={SIZE}
      viewBox="0 0 12 12"
      aria-hidden="true"
    >
      {stance === 'supporter' && <circle cx="6" cy="6" r="5" fill="currentColor" />}
      {stance === 'leaning' && (
        <>
          <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M6 1.5 A4.5 4.5 0 0 1 6 10.5 Z" fill="currentColor" />
        </>
      )}
      {stance === 'undecided' && <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />}
      {stance === 'opposed' && (
        <path d="M2 2 L10 10 M10 2 L2 10" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      )}
      {stance === 'unknown' && (
        <circle cx="6" cy="6" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeDasharray="2 2" />
      )}
    </svg>
  );
}

export function BaseMark({ base }: { base: TieToBase }) {
  return (
    <svg className={`mark mark--base base--${base}`} width={SIZE} height={SIZE} viewBox="0 0 12 12" aria-hidden="true">
      {base === 'stone' ? (
        <rect x="1.5" y="1.5" width="9" height="9" rx="1" fill="currentColor" />
      ) : (
        <g fill="currentColor">
          <circle cx="3" cy="8.5" r="1.3" />
          <circle cx="6" cy="3.5" r="1.3" />
          <circle cx="9" cy="8.5" r="1.3" />
        </g>
      )}
    </svg>
  );
}

/** The point shape of a phase, centred on (0, 0), for use inside a chart's SVG. */
export function PhaseShape({ phase, r = 6 }: { phase: Phase; r?: number }) {
  switch (phase) {
    case 'isolated':
      return <circle r={r} className={`phase-shape phase--${phase}`} />;
    case 'agitated':
      return (
        <path
          d={`M0 ${-r * 1.2} L${r * 1.1} ${r * 0.8} L${-r * 1.1} ${r * 0.8} Z`}
          className={`phase-shape phase--${phase}`}
        />
      );
    case 'connected':
      return <rect x={-r} y={-r} width={2 * r} height={2 * r} className={`phase-shape phase--${phase}`} />;
    case 'ready':
      return (
        <path
          d={`M0 ${-r * 1.3} L${r * 1.3} 0 L0 ${r * 1.3} L${-r * 1.3} 0 Z`}
          className={`phase-shape phase--${phase}`}
        />
      );
  }
}

export function PhaseMark({ phase }: { phase: Phase }) {
  return (
    <svg className="mark mark--phase" width={14} height={14} viewBox="-7 -7 14 14" aria-hidden="true">
      <PhaseShape phase={phase} r={4.5} />
    </svg>
  );
}

/**
 * The power map's shapes, which carry meaning with their colour so that they read in black and white and for
 * people who do not tell colours apart: a sun with rays (power generated), a crescent (power reflected), a
 * person's head and shoulders under a crescent (a moon person), and a satellite's net effect: a circle with a
 * plus (nurturing), a triangle with a minus (siphoning), a diamond with plus-minus (mixed). Each is drawn
 * centred on (0, 0) inside a chart, or as a small inline mark beside its word.
 */
import type { Effect } from './power-layout.js';

export function SunShape({ r, rays = true }: { r: number; rays?: boolean }) {
  const n = 12;
  return (
    <g className="power-sun">
      {rays &&
        Array.from({ length: n }, (_, i) => {
          const a = (i / n) * 2 * Math.PI;
          const r0 = r + 2;
          const r1 = r + Math.max(4, Math.min(8, r * 0.3));
          return (
            <line
              key={i}
              className="power-sun__ray"
              x1={Math.cos(a) * r0}
              y1={Math.sin(a) * r0}
              x2={Math.cos(a) * r1}
              y2={Math.sin(a) * r1}
            />
          );
        })}
      <circle className="power-sun__disc" r={r} />
    </g>
  );
}

/** A crescent: a disc with a bite taken out of its right side. */
export function MoonShape({ r }: { r: number }) {
  const inner = r * 0.78;
  const shift = r * 0.55;
  // The outer circle's left arc, then the inner circle's arc back (the bite), both between where they meet.
  const dx = (r * r - inner * inner + shift * shift) / (2 * shift);
  const dy = Math.sqrt(Math.max(0, r * r - dx * dx));
  const d = `M${dx} ${-dy} A${r} ${r} 0 1 0 ${dx} ${dy} A${inner} ${inner} 0 1 1 ${dx} ${-dy} Z`;
  return <path className="power-moon" d={d} />;
}

export function MoonPersonShape({ r }: { r: number }) {
  return (
    <g className="power-moon-person">
      <circle cy={-r * 0.45} r={r * 0.45} />
      <path d={`M${-r} ${r} Q${-r} ${0} 0 ${0} Q${r} ${0} ${r} ${r} Z`} />
    </g>
  );
}

export function EffectShape({ effect, r }: { effect: Effect; r: number }) {
  const s = r * 0.5;
  switch (effect) {
    case 'nurturing':
      return (
        <g className="power-effect power-effect--nurturing">
          <circle r={r} />
          <path className="power-effect__sign" d={`M${-s} 0 H${s} M0 ${-s} V${s}`} />
        </g>
      );
    case 'siphoning':
      return (
        <g className="power-effect power-effect--siphoning">
          <path d={`M0 ${-r * 1.15} L${r * 1.1} ${r * 0.8} L${-r * 1.1} ${r * 0.8} Z`} />
          <path className="power-effect__sign" d={`M${-s * 0.8} ${r * 0.15} H${s * 0.8}`} />
        </g>
      );
    case 'mixed':
      return (
        <g className="power-effect power-effect--mixed">
          <path d={`M0 ${-r * 1.2} L${r * 1.2} 0 L0 ${r * 1.2} L${-r * 1.2} 0 Z`} />
          <path
            className="power-effect__sign"
            d={`M${-s * 0.7} ${-s * 0.25} H${s * 0.7} M0 ${-s * 0.95} V${s * 0.45} M${-s * 0.7} ${s * 0.75} H${s * 0.7}`}
          />
        </g>
      );
  }
}

const MARK = 16;

/** A satellite's effect as a small mark beside its word. */
export function EffectMark({ effect }: { effect: Effect }) {
  return (
    <svg className="mark power-mark" width={MARK} height={MARK} viewBox="-8 -8 16 16" aria-hidden="true">
      <EffectShape effect={effect} r={5.5} />
    </svg>
  );
}

export function SunMark() {
  return (
    <svg className="mark power-mark" width={MARK} height={MARK} viewBox="-8 -8 16 16" aria-hidden="true">
      <SunShape r={4} />
    </svg>
  );
}

export function MoonMark() {
  return (
    <svg className="mark power-mark" width={MARK} height={MARK} viewBox="-8 -8 16 16" aria-hidden="true">
      <MoonShape r={6.5} />
    </svg>
  );
}

export function MoonPersonMark() {
  return (
    <svg className="mark power-mark" width={MARK} height={MARK} viewBox="-8 -8 16 16" aria-hidden="true">
      <MoonPersonShape r={6.5} />
    </svg>
  );
}

/** The two kinds of arrow: power generated (solid, strong) and power reflected (dashed, dimmer). */
export function ArrowMark({ kind }: { kind: 'generated' | 'reflected' }) {
  return (
    <svg className="mark power-mark" width={32} height={MARK} viewBox="0 -8 32 16" aria-hidden="true">
      <line className={`power-arrow power-arrow--${kind}`} x1="1" y1="0" x2="22" y2="0" />
      <path className={`power-arrowhead power-arrowhead--${kind}`} d="M22 -5 L31 0 L22 5 Z" />
    </svg>
  );
}

/**
 * The power map drawn (CONCEPTS §4, after Ricardo Levins Morales): the workplace at the centre; sun spaces,
 * sized by the power generated there, with solid arrows into it; moon spaces with dashed, dimmer arrows out
 * of it (they only reflect); the moon people beside them with their overdue report-backs; satellites on an
 * orbit around it, each marked by its net effect with a shape and a word. An image with a title and a
 * description; the figures themselves are in the table and the words beside it. Side by side on a wide
 * screen, stacked on a phone.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../app/lang.js';
import { powerMessages } from '../../i18n/power-messages.js';
import {
  ArrowMark,
  EffectMark,
  EffectShape,
  MoonMark,
  MoonPersonMark,
  MoonPersonShape,
  MoonShape,
  SunMark,
  SunShape,
} from './power-marks.js';
import { arrowBetween, layoutDiagram, type DiagramInput, type Effect, type Label } from './power-layout.js';

export interface PowerDiagramProps extends DiagramInput {
  workplace: { name: string; detail: string };
  title: string;
  description: string;
}

/** The width of an element, followed as it changes. */
function useWidth(ref: React.RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

function Text({ label, className }: { label: Label; className?: string }) {
  const lineHeight = label.size * 1.25;
  return (
    <text
      className={className ? `power-label ${className}` : 'power-label'}
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      fontSize={label.size}
    >
      {label.lines.map((line, i) => (
        <tspan key={i} x={label.x} dy={i === 0 ? 0 : lineHeight} className={i === 0 ? 'power-label__name' : undefined}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

export function PowerDiagram(props: PowerDiagramProps) {
  const t = useT(powerMessages);
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box);
  const effectWord = (e: Effect) => t(`effect.${e}`);

  const layout =
    width === null
      ? null
      : layoutDiagram(props, width, {
          moreSuns: (n) => t('diagram.moreSuns', { n }),
          moonLine: (m) =>
            m.sessions === 0
              ? t('diagram.moonNone')
              : t('diagram.moonLine', { sessions: m.sessions, closed: m.closedDoor }),
          effect: (e, net) => `${effectWord(e)} (${net > 0 ? '+' : net < 0 ? '−' : '±'}${Math.abs(net)})`,
          overdue: (n) => t('diagram.overdue', { n }),
        });

  const marker = (kind: string) => `url(#${CSS.escape(`${id}-${kind}`)})`;
  const names = new Map<string, string>([
    ...props.suns.map((s) => [s.id, s.name] as const),
    ...props.moons.map((m) => [m.id, m.name] as const),
    ...props.moonPeople.map((p) => [p.id, p.name] as const),
    ...props.satellites.map((s) => [s.id, s.name] as const),
  ]);

  return (
    <figure className="power-diagram" ref={box}>
      {layout && (
        <svg
          className={`power-diagram__svg power-diagram__svg--${layout.kind}`}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          data-layout={layout.kind}
        >
          <title id={`${id}-title`}>{props.title}</title>
          <desc id={`${id}-desc`}>{props.description}</desc>
          <defs>
            {(['generated', 'reflected', 'nurturing', 'siphoning'] as const).map((kind) => (
              <marker
                key={kind}
                id={`${id}-${kind}`}
                viewBox="0 0 10 10"
                refX="8"
                refY="5"
                markerWidth={kind === 'generated' || kind === 'reflected' ? 13 : 10}
                markerHeight={kind === 'generated' || kind === 'reflected' ? 13 : 10}
                markerUnits="userSpaceOnUse"
                orient="auto-start-reverse"
              >
                <path className={`power-arrowhead power-arrowhead--${kind}`} d="M0 0 L10 5 L0 10 Z" />
              </marker>
            ))}
          </defs>

          <ellipse
            className="power-orbit"
            cx={layout.workplace.x}
            cy={layout.workplace.y}
            rx={layout.orbit.rx}
            ry={layout.orbit.ry}
          />

          {layout.suns.map((s) => {
            const { a, b } = arrowBetween(s, s.r + 4, layout.workplace, layout.workplace.r + 6, 2);
            return (
              <line
                key={`arrow-${s.id}`}
                className="power-arrow power-arrow--generated"
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                strokeWidth={Math.max(1.5, s.weight * (layout.kind === 'wide' ? 1 : 0.8))}
                markerEnd={marker('generated')}
              />
            );
          })}
          {layout.moons.map((m) => {
            const { a, b } = arrowBetween(layout.workplace, layout.workplace.r + 6, m, m.r, 4);
            return (
              <line
                key={`arrow-${m.id}`}
                className="power-arrow power-arrow--reflected"
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                strokeWidth={m.weight}
                markerEnd={marker('reflected')}
              />
            );
          })}
          {layout.satellites.map((s) => {
            if (s.effect === 'mixed') {
              const { a, b } = arrowBetween(s, s.r + 4, layout.workplace, layout.workplace.r + 6, 2);
              return (
                <line
                  key={`arrow-${s.id}`}
                  className="power-arrow power-arrow--mixed"
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                />
              );
            }
            // Nurturing flows into the workplace; siphoning draws power out of it, towards the satellite.
            const inward = s.effect === 'nurturing';
            const { a, b } = inward
              ? arrowBetween(s, s.r + 4, layout.workplace, layout.workplace.r + 6, 2)
              : arrowBetween(layout.workplace, layout.workplace.r + 6, s, s.r + 5, 2);
            return (
              <line
                key={`arrow-${s.id}`}
                className={`power-arrow power-arrow--${s.effect}`}
                x1={a.x}
                y1={a.y}
                x2={b.x}
                y2={b.y}
                markerEnd={marker(s.effect)}
              />
            );
          })}
          {layout.moonPeople.map((p) =>
            p.tie ? (
              <line key={`tie-${p.id}`} className="power-tie" x1={p.tie.x} y1={p.tie.y} x2={p.x} y2={p.y} />
            ) : null,
          )}

          <g className="power-workplace" transform={`translate(${layout.workplace.x} ${layout.workplace.y})`}>
            <SunShape r={layout.workplace.r} />
            <text className="power-workplace__name" textAnchor="middle" fontSize={layout.kind === 'wide' ? 15 : 12.5}>
              {workplaceLines(props.workplace.name, layout.kind === 'wide' ? 16 : 12).map((line, i, all) => (
                <tspan key={i} x={0} y={(i - all.length / 2) * 17 + 6}>
                  {line}
                </tspan>
              ))}
              <tspan className="power-workplace__detail" x={0} y={30} fontSize={layout.kind === 'wide' ? 13 : 11}>
                {props.workplace.detail}
              </tspan>
            </text>
          </g>

          {layout.suns.map((s) => (
            <g key={`sun-${s.id || 'more'}`} data-space={s.id || undefined} className="power-node power-node--sun">
              <title>{s.others.length > 0 ? s.label.lines.join(' ') : names.get(s.id)}</title>
              <g transform={`translate(${s.x} ${s.y})`}>
                <SunShape r={s.r} rays={s.others.length === 0} />
              </g>
              <Text label={s.label} />
            </g>
          ))}
          {layout.moons.map((m) => (
            <g key={`moon-${m.id}`} data-space={m.id} className="power-node power-node--moon">
              <title>{names.get(m.id)}</title>
              <g transform={`translate(${m.x} ${m.y})`}>
                <MoonShape r={m.r} />
              </g>
              <Text label={m.label} />
            </g>
          ))}
          {layout.moonPeople.map((p) => (
            <g key={`person-${p.id}`} data-person={p.id} className="power-node power-node--moon-person">
              <title>{names.get(p.id)}</title>
              <g transform={`translate(${p.x} ${p.y})`}>
                <MoonPersonShape r={p.r} />
              </g>
              <Text label={p.label} className="power-label--moon-person" />
            </g>
          ))}
          {layout.satellites.map((s) => (
            <g
              key={`satellite-${s.id}`}
              data-person={s.id}
              data-effect={s.effect}
              className={`power-node power-node--satellite power-node--${s.effect}`}
            >
              <title>{`${names.get(s.id) ?? ''}: ${effectWord(s.effect)}`}</title>
              <g transform={`translate(${s.x} ${s.y})`}>
                <EffectShape effect={s.effect} r={s.r} />
              </g>
              <Text label={s.label} className={`power-label--${s.effect}`} />
            </g>
          ))}
        </svg>
      )}
      <figcaption className="power-legend">
        <ul className="legend--inline">
          <li>
            <SunMark /> {t('legend.sun')}
          </li>
          <li>
            <ArrowMark kind="generated" /> {t('legend.generated')}
          </li>
          <li>
            <MoonMark /> {t('legend.moon')}
          </li>
          <li>
            <ArrowMark kind="reflected" /> {t('legend.reflected')}
          </li>
          <li>
            <MoonPersonMark /> {t('legend.moonPerson')}
          </li>
          <li>
            <EffectMark effect="nurturing" /> {t('legend.nurturing')}
          </li>
          <li>
            <EffectMark effect="siphoning" /> {t('legend.siphoning')}
          </li>
          <li>
            <EffectMark effect="mixed" /> {t('legend.mixed')}
          </li>
        </ul>
        {layout && (layout.left.satellites > 0 || layout.left.moonPeople > 0 || layout.left.moons > 0) && (
          <p className="muted">
            {t('diagram.left', { n: layout.left.satellites + layout.left.moonPeople + layout.left.moons })}
          </p>
        )}
      </figcaption>
    </figure>
  );
}

function workplaceLines(name: string, max: number): string[] {
  const words = name.split(/\s+/);
  const lines: string[] = [];
  for (const w of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${w}`.length <= max) lines[lines.length - 1] = `${last} ${w}`;
    else lines.push(w);
  }
  return lines.slice(0, 3);
}

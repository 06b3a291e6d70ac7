/**
 * Units on cohesion (up) against grievance heat (across), with the four phase regions of the essay:
 * isolated (cool and weak), agitated (hot but weak), connected (strong but quiet), ready (strong and hot).
 * An SVG with a title and description, and the same figures as a table.
 */
import { useId } from 'react';
import { PHASES, type Phase } from '../../../src/core/vocabulary.js';
import { useLang, useT } from '../../app/lang.js';
import { formatNumber, formatShare } from '../../app/format.js';
import { chartsMessages } from '../../i18n/charts-messages.js';
import type { PhaseThresholds, UnitPhasePoint } from './chart-types.js';
import { ChartTable } from './ChartTable.js';
import { PhaseMark, PhaseShape } from './marks.js';
import { phaseKey } from './phase-words.js';
import { clamp01, linear, niceCeil, ticks } from './scale.js';
import { shortUnitLabels } from './unit-labels.js';

export interface PhasePlotProps {
  units: readonly UnitPhasePoint[];
  thresholds: PhaseThresholds;
  /** The right end of the heat axis; by default a little above the hottest unit and the threshold. */
  heatMax?: number;
  title?: string;
}

const W = 640;
const H = 420;
const M = { top: 16, right: 16, bottom: 48, left: 56 };
const CHAR_W = 6.6;
const REGION_CHAR_W = 9.5;

export function PhasePlot({ units, thresholds, heatMax, title }: PhasePlotProps) {
  const t = useT(chartsMessages);
  const { lang } = useLang();
  const id = useId();
  const maxHeat = heatMax ?? niceCeil(Math.max(thresholds.heat * 2, ...units.map((u) => u.heat)) * 1.1);
  const x = linear([0, maxHeat], [M.left, W - M.right]);
  const y = linear([0, 1], [H - M.bottom, M.top]);
  const tx = x(Math.min(thresholds.heat, maxHeat));
  const ty = y(clamp01(thresholds.cohesion));

  const regions: { phase: Phase; x: number; y: number; w: number; h: number; anchor: 'start' | 'end' }[] = [
    { phase: 'connected', x: M.left, y: M.top, w: tx - M.left, h: ty - M.top, anchor: 'start' },
    { phase: 'ready', x: tx, y: M.top, w: W - M.right - tx, h: ty - M.top, anchor: 'end' },
    { phase: 'isolated', x: M.left, y: ty, w: tx - M.left, h: H - M.bottom - ty, anchor: 'start' },
    { phase: 'agitated', x: tx, y: ty, w: W - M.right - tx, h: H - M.bottom - ty, anchor: 'end' },
  ];
  const regionLabels = regions.map((r) => {
    const text = t(phaseKey[r.phase]);
    const lx = r.anchor === 'start' ? r.x + 8 : r.x + r.w - 8;
    const ly = r.phase === 'connected' || r.phase === 'ready' ? r.y + 18 : r.y + r.h - 8;
    const w = text.length * REGION_CHAR_W;
    const box = {
      x0: r.anchor === 'start' ? lx : lx - w,
      x1: r.anchor === 'start' ? lx + w : lx,
      y0: ly - 13,
      y1: ly + 3,
    };
    return { ...r, text, lx, ly, box };
  });
  const placed = placeLabels(
    units,
    x,
    y,
    maxHeat,
    regionLabels.map((r) => r.box),
  );

  const heading = title ?? t('phase.title');
  return (
    <figure className="chart phase-plot">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
        className="chart__svg"
      >
        <title id={`${id}-t`}>{heading}</title>
        <desc id={`${id}-d`}>
          {t('phase.desc', {
            n: units.length,
            cohesion: formatShare(lang, thresholds.cohesion),
            heat: formatNumber(lang, thresholds.heat),
          })}
        </desc>
        {regions.map((r) => (
          <rect
            key={r.phase}
            x={r.x}
            y={r.y}
            width={Math.max(0, r.w)}
            height={Math.max(0, r.h)}
            className={`region region--${r.phase}`}
          />
        ))}
        {ticks(1, 4).map((v) => (
          <g key={`y${v}`} className="axis">
            <line x1={M.left - 4} x2={M.left} y1={y(v)} y2={y(v)} />
            <text x={M.left - 8} y={y(v) + 4} textAnchor="end">
              {formatShare(lang, v)}
            </text>
          </g>
        ))}
        {ticks(maxHeat, 5).map((v) => (
          <g key={`x${v}`} className="axis">
            <line x1={x(v)} x2={x(v)} y1={H - M.bottom} y2={H - M.bottom + 4} />
            <text x={x(v)} y={H - M.bottom + 18} textAnchor="middle">
              {formatNumber(lang, v)}
            </text>
          </g>
        ))}
        <line className="axis__line" x1={M.left} x2={M.left} y1={M.top} y2={H - M.bottom} />
        <line className="axis__line" x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
        <text className="axis__title" x={(M.left + W - M.right) / 2} y={H - 8} textAnchor="middle">
          {t('axis.heat')}
        </text>
        <text
          className="axis__title"
          transform={`translate(14 ${(M.top + H - M.bottom) / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {t('axis.cohesion')}
        </text>
        <line className="threshold" x1={tx} x2={tx} y1={M.top} y2={H - M.bottom} />
        <line className="threshold" x1={M.left} x2={W - M.right} y1={ty} y2={ty} />
        {placed.map((p) => (
          <g key={p.unit} transform={`translate(${p.px} ${p.py})`} className="phase-point">
            <PhaseShape phase={p.phase} />
            {p.label && (
              <text x={p.label.dx} y={p.label.dy} textAnchor={p.label.anchor} className="phase-point__label">
                {p.text}
              </text>
            )}
          </g>
        ))}
        {regionLabels.map((r) => (
          <text key={r.phase} x={r.lx} y={r.ly} textAnchor={r.anchor} className="region__label">
            {r.text}
          </text>
        ))}
      </svg>
      <figcaption>
        <ul className="legend legend--inline" aria-label={t('legend.phases')}>
          {PHASES.map((phase) => (
            <li key={phase}>
              <PhaseMark phase={phase} /> {t(phaseKey[phase])}
            </li>
          ))}
        </ul>
        <ChartTable
          caption={heading}
          columns={[t('table.unit'), t('axis.cohesion'), t('axis.heat')]}
          rows={units.map((u) => ({
            key: u.unit,
            head: u.unit.replaceAll('/', ' › '),
            cells: [formatShare(lang, u.cohesion), formatNumber(lang, Math.round(u.heat * 100) / 100)],
            phase: u.phase,
          }))}
        />
      </figcaption>
    </figure>
  );
}

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** Labels beside their points, trying right, left, above, below and the diagonals; a label with no free place is left to the table. */
function placeLabels(
  units: readonly UnitPhasePoint[],
  x: (v: number) => number,
  y: (v: number) => number,
  maxHeat: number,
  obstacles: readonly Box[],
) {
  const boxes: Box[] = [...obstacles];
  const names = shortUnitLabels(units.map((u) => u.unit));
  const points = units.map((u) => ({
    ...u,
    text: names.get(u.unit) ?? u.unit,
    px: x(Math.min(Math.max(u.heat, 0), maxHeat)),
    py: y(clamp01(u.cohesion)),
  }));
  for (const p of points) boxes.push({ x0: p.px - 7, x1: p.px + 7, y0: p.py - 7, y1: p.py + 7 });
  return points.map((p) => {
    const w = p.text.length * CHAR_W;
    const options = [
      { dx: 10, dy: 4, anchor: 'start' as const, box: { x0: p.px + 9, x1: p.px + 10 + w, y0: p.py - 7, y1: p.py + 6 } },
      { dx: -10, dy: 4, anchor: 'end' as const, box: { x0: p.px - 10 - w, x1: p.px - 9, y0: p.py - 7, y1: p.py + 6 } },
      {
        dx: 0,
        dy: -11,
        anchor: 'middle' as const,
        box: { x0: p.px - w / 2, x1: p.px + w / 2, y0: p.py - 21, y1: p.py - 8 },
      },
      {
        dx: 0,
        dy: 19,
        anchor: 'middle' as const,
        box: { x0: p.px - w / 2, x1: p.px + w / 2, y0: p.py + 8, y1: p.py + 21 },
      },
      { dx: 8, dy: -9, anchor: 'start' as const, box: { x0: p.px + 7, x1: p.px + 8 + w, y0: p.py - 19, y1: p.py - 6 } },
      { dx: 8, dy: 17, anchor: 'start' as const, box: { x0: p.px + 7, x1: p.px + 8 + w, y0: p.py + 6, y1: p.py + 19 } },
    ];
    const fits = (b: Box) =>
      b.x0 >= M.left &&
      b.x1 <= W - M.right &&
      b.y0 >= M.top &&
      b.y1 <= H - M.bottom &&
      !boxes.some((o) => overlaps(o, b));
    const choice = options.find((o) => fits(o.box)) ?? null;
    if (choice) boxes.push(choice.box);
    return { ...p, label: choice };
  });
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

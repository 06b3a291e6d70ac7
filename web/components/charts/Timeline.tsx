/**
 * A unit's path month by month: cohesion, coverage and heat as lines (each with its own dash, so they read
 * in black and white), and the phase as a band below them, named wherever it changes.
 */
import { useId } from 'react';
import { useLang, useT } from '../../app/lang.js';
import { formatMonth, formatNumber, formatShare } from '../../app/format.js';
import { chartsMessages } from '../../i18n/charts-messages.js';
import type { MonthPoint } from './chart-types.js';
import { ChartTable } from './ChartTable.js';
import { phaseKey } from './phase-words.js';
import { clamp01, linear, niceCeil, ticks } from './scale.js';

export interface TimelineProps {
  series: readonly MonthPoint[];
  /** The top of the heat axis (right); by default a round value above the hottest month. */
  heatMax?: number;
  title?: string;
}

const W = 640;
const H = 300;
const BAND = 22;
const M = { top: 16, right: 124, bottom: 8 + BAND + 22, left: 48 };
const LABEL_GAP = 14;

type LineKey = 'cohesion' | 'coverage' | 'heat';
const LINES: { key: LineKey; label: 'axis.cohesion' | 'axis.coverage' | 'axis.heat' }[] = [
  { key: 'cohesion', label: 'axis.cohesion' },
  { key: 'coverage', label: 'axis.coverage' },
  { key: 'heat', label: 'axis.heat' },
];

export function Timeline({ series, heatMax, title }: TimelineProps) {
  const t = useT(chartsMessages);
  const { lang } = useLang();
  const id = useId();
  const heading = title ?? t('timeline.title');
  const maxHeat = heatMax ?? niceCeil(Math.max(1, ...series.map((p) => p.heat)));
  const n = series.length;
  const x = linear([0, Math.max(1, n - 1)], [M.left, W - M.right]);
  const y = linear([0, 1], [H - M.bottom, M.top]);
  const value = (p: MonthPoint, key: LineKey) => (key === 'heat' ? clamp01(p.heat / maxHeat) : clamp01(p[key]));
  const first = series[0];
  const lastPoint = series[n - 1];
  const bandY = H - M.bottom + 8;
  const endLabels = placeEndLabels(
    lastPoint ? LINES.map(({ key }) => ({ key, y: y(value(lastPoint, key)) })) : [],
    M.top + 4,
    H - M.bottom + 4,
  );
  const step = n > 1 ? (W - M.right - M.left) / (n - 1) : W - M.right - M.left;

  const runs: { phase: MonthPoint['phase']; from: number; to: number }[] = [];
  series.forEach((p, i) => {
    const last = runs[runs.length - 1];
    if (last && last.phase === p.phase) last.to = i;
    else runs.push({ phase: p.phase, from: i, to: i });
  });
  const every = Math.max(1, Math.ceil(n / 6));

  return (
    <figure className="chart timeline">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
        className="chart__svg"
      >
        <title id={`${id}-t`}>{heading}</title>
        <desc id={`${id}-d`}>
          {first && lastPoint
            ? t('timeline.desc', {
                from: formatMonth(lang, first.month),
                to: formatMonth(lang, lastPoint.month),
                cohesion: formatShare(lang, lastPoint.cohesion),
                coverage: formatShare(lang, lastPoint.coverage),
                heat: formatNumber(lang, Math.round(lastPoint.heat * 100) / 100),
                phase: t(phaseKey[lastPoint.phase]),
              })
            : t('timeline.empty')}
        </desc>
        {ticks(1, 4).map((v) => (
          <g key={`y${v}`} className="axis">
            <line className="grid" x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
            <text x={M.left - 6} y={y(v) + 4} textAnchor="end">
              {formatShare(lang, v)}
            </text>
            <text x={W - M.right + 6} y={y(v) + 4} textAnchor="start" className="axis--heat">
              {formatNumber(lang, Math.round(v * maxHeat * 100) / 100)}
            </text>
          </g>
        ))}
        {series.map((p, i) =>
          // A regular label too close to the last month's would run into it.
          i === n - 1 || (i % every === 0 && n - 1 - i >= every) ? (
            <g key={p.month} className="axis">
              <line x1={x(i)} x2={x(i)} y1={H - M.bottom} y2={H - M.bottom + 4} />
              <text x={x(i)} y={bandY + BAND + 15} textAnchor="middle">
                {formatMonth(lang, p.month)}
              </text>
            </g>
          ) : null,
        )}
        {runs.map((r) => (
          <g key={`${r.phase}${r.from}`}>
            <rect
              x={x(r.from) - step / 2}
              y={bandY}
              width={step * (r.to - r.from + 1)}
              height={BAND}
              className={`band band--${r.phase}`}
            />
            <text x={x(r.from) - step / 2 + 4} y={bandY + 15} className="band__label">
              {(r.to - r.from + 1) * step >= 48 ? t(phaseKey[r.phase]) : ''}
            </text>
          </g>
        ))}
        {LINES.map(({ key, label }) => {
          const d = series
            .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)} ${y(value(p, key)).toFixed(1)}`)
            .join(' ');
          const end = lastPoint ? y(value(lastPoint, key)) : 0;
          return (
            <g key={key} className={`series series--${key}`}>
              <path d={d} />
              {n === 1 && <circle cx={x(0)} cy={end} r={3} />}
              {lastPoint && (
                <text x={W - M.right + 44} y={(endLabels.get(key) ?? end) + 4} className="series__label">
                  {t(label)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="legend legend--inline" aria-label={t('legend.lines')}>
          {LINES.map(({ key, label }) => (
            <li key={key}>
              <svg width="28" height="10" aria-hidden="true" className={`series series--${key}`}>
                <path d="M1 5 L27 5" />
              </svg>{' '}
              {t(label)}
              {key === 'heat' ? ` (${t('axis.rightScale')})` : ''}
            </li>
          ))}
        </ul>
        <ChartTable
          caption={heading}
          columns={[t('table.month'), t('axis.cohesion'), t('axis.coverage'), t('axis.heat')]}
          rows={series.map((p) => ({
            key: p.month,
            head: formatMonth(lang, p.month),
            cells: [
              formatShare(lang, p.cohesion),
              formatShare(lang, p.coverage),
              formatNumber(lang, Math.round(p.heat * 100) / 100),
            ],
            phase: p.phase,
          }))}
        />
      </figcaption>
    </figure>
  );
}

/** The lines' names at their right ends, nudged apart so that none overlaps another. */
function placeEndLabels(ends: { key: LineKey; y: number }[], top: number, bottom: number): Map<LineKey, number> {
  const sorted = [...ends].sort((a, b) => a.y - b.y);
  const ys = sorted.map((e) => e.y);
  for (let i = 1; i < ys.length; i++) ys[i] = Math.max(ys[i]!, ys[i - 1]! + LABEL_GAP);
  const overflow = (ys[ys.length - 1] ?? bottom) - bottom;
  if (overflow > 0) for (let i = 0; i < ys.length; i++) ys[i] = ys[i]! - overflow;
  for (let i = ys.length - 2; i >= 0; i--) ys[i] = Math.min(ys[i]!, ys[i + 1]! - LABEL_GAP);
  if ((ys[0] ?? top) < top) for (let i = 0; i < ys.length; i++) ys[i] = ys[i]! + (top - ys[0]!);
  return new Map(sorted.map((e, i) => [e.key, ys[i]!]));
}

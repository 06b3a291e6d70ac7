/**
 * A small bar per month (how often a grievance was raised): the heat of one grievance over time. The SVG
 * carries its figures in words for screen readers; each bar also has its count as a tooltip.
 */
import { formatMonth } from '../../app/format.js';
import { useLang } from '../../app/lang.js';

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  count: number;
}

const W = 240;
const H = 48;
const GAP = 3;

/** The last `n` months up to the month of `asOf`, each with how many of `dates` fall in it. */
export function monthCounts(dates: readonly string[], asOf: string, n = 12): MonthCount[] {
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7)) - 1;
  const months: MonthCount[] = [];
  for (let k = n - 1; k >= 0; k--) {
    const d = new Date(Date.UTC(year, month - k, 1));
    months.push({ month: d.toISOString().slice(0, 7), count: 0 });
  }
  const index = new Map(months.map((m, i) => [m.month, i]));
  for (const date of dates) {
    const i = index.get(date.slice(0, 7));
    if (i !== undefined) months[i]!.count++;
  }
  return months;
}

export function MonthBars({ months, label }: { months: readonly MonthCount[]; label: string }) {
  const { lang } = useLang();
  const max = Math.max(1, ...months.map((m) => m.count));
  const bw = (W - GAP * (months.length - 1)) / Math.max(1, months.length);
  const first = months[0];
  const last = months[months.length - 1];
  return (
    <figure className="month-bars">
      <svg
        className="month-bars__svg"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={label}
        preserveAspectRatio="none"
      >
        <line x1={0} x2={W} y1={H - 0.5} y2={H - 0.5} className="month-bars__base" />
        {months.map((m, i) => {
          const h = m.count === 0 ? 0 : Math.max(2, (m.count / max) * (H - 4));
          return (
            <rect key={m.month} x={i * (bw + GAP)} y={H - h} width={bw} height={h} className="month-bars__bar">
              <title>{`${formatMonth(lang, m.month)}: ${m.count}`}</title>
            </rect>
          );
        })}
      </svg>
      {first && last && (
        <figcaption className="month-bars__axis" aria-hidden="true">
          <span>{formatMonth(lang, first.month)}</span>
          <span>{formatMonth(lang, last.month)}</span>
        </figcaption>
      )}
    </figure>
  );
}

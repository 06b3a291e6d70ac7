/**
 * A picket day, line by line: the day's picket hours across, each shift a block with how many are on it
 * (solid when the line is held, hatched when too few to hold it), and each gap in coverage marked with a
 * hatched, outlined block and the word "gap". A shift is a button: it opens who is on it. Every block says its
 * times and state in words, so the day reads the same to a screen reader as it looks.
 */
import { useId } from 'react';
import { formatNumber, formatShare } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { powerMessages } from '../../i18n/power-messages.js';
import { clock, type DaySite } from './strike-timeline.js';

export function DayTimeline({
  site,
  lineName,
  siteName,
  selected,
  onSelect,
}: {
  site: DaySite;
  lineName: (space: string) => string;
  siteName: string;
  selected: string | null;
  onSelect: (shift: string) => void;
}) {
  const t = useT(powerMessages);
  const { lang } = useLang();
  const id = useId();
  const span = Math.max(1, site.to - site.from);
  const at = (m: number) => `${((m - site.from) / span) * 100}%`;
  const width = (from: number, to: number) => `${((to - from) / span) * 100}%`;
  const ticks: number[] = [];
  for (let m = Math.ceil(site.from / 120) * 120; m <= site.to; m += 120) ticks.push(m);

  return (
    <div className="day-timeline" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`} className="day-timeline__title">
        {t('strike.pickethours', { site: siteName, from: clock(site.from), to: clock(site.to) })}
      </p>
      <div className="day-timeline__axis" aria-hidden="true">
        {ticks.map((m) => (
          <span key={m} className="day-timeline__tick" style={{ left: at(m) }}>
            {clock(m).slice(0, 5)}
          </span>
        ))}
      </div>
      {site.lines.map((line) => {
        const share = line.heldMinutes / span;
        return (
          <div key={line.space} className="day-timeline__row" data-space={line.space} data-gaps={line.gaps.length}>
            <p className="day-timeline__line">
              <strong>{lineName(line.space)}</strong>{' '}
              <span className="muted">
                {t('strike.heldToday', { share: formatShare(lang, share) })}
                {line.gaps.length > 0 && ` · ${t('strike.gapsToday', { n: line.gaps.length })}`}
              </span>
            </p>
            <ul className="day-timeline__track" aria-label={t('strike.trackLabel', { line: lineName(line.space) })}>
              {line.gaps.map((g) => (
                <li
                  key={`gap-${g.from}`}
                  className="day-timeline__gap"
                  style={{ left: at(g.from), width: width(g.from, g.to) }}
                >
                  <span className="day-timeline__text">
                    <span aria-hidden="true">⚠ </span>
                    {t('strike.gap')}
                    <span className="visually-hidden">
                      {' '}
                      {t('strike.gapWords', { from: clock(g.from), to: clock(g.to) })}
                    </span>
                  </span>
                </li>
              ))}
              {line.shifts.map((s) => (
                <li
                  key={s.id}
                  className={`day-timeline__shift ${s.held ? 'day-timeline__shift--held' : 'day-timeline__shift--thin'}`}
                  style={{ left: at(s.from), width: width(s.from, s.to) }}
                >
                  <button
                    type="button"
                    className="day-timeline__button"
                    aria-pressed={selected === s.id}
                    onClick={() => onSelect(s.id)}
                    data-shift={s.id}
                  >
                    <span aria-hidden="true" className="day-timeline__count">
                      {formatNumber(lang, new Set(s.people).size)}
                    </span>
                    <span className="visually-hidden">
                      {t(s.held ? 'strike.shiftWords' : 'strike.shiftThinWords', {
                        from: clock(s.from),
                        to: clock(s.to),
                        n: new Set(s.people).size,
                      })}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      <ul className="legend--inline day-timeline__legend">
        <li>
          <span className="day-timeline__swatch day-timeline__swatch--held" aria-hidden="true" />{' '}
          {t('strike.legendHeld')}
        </li>
        <li>
          <span className="day-timeline__swatch day-timeline__swatch--thin" aria-hidden="true" />{' '}
          {t('strike.legendThin')}
        </li>
        <li>
          <span className="day-timeline__swatch day-timeline__swatch--gap" aria-hidden="true" /> {t('strike.legendGap')}
        </li>
      </ul>
    </div>
  );
}

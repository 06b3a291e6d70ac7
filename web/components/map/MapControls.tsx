/**
 * The map's controls, controlled by the page: which unit, which sides, colour by unit or natural group,
 * and the date slider that replays how the web of relationships grew.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { fromDay, toDay } from '../../../src/core/dates.js';
import { SIDES, type Side } from '../../../src/core/vocabulary.js';
import { useLang, useT } from '../../app/lang.js';
import { formatDate } from '../../app/format.js';
import { chartsMessages } from '../../i18n/charts-messages.js';
import type { MapColourBy, MapFilters } from './map-types.js';

export interface MapControlsProps {
  /** Every unit path on the map, for the unit filter. */
  units: readonly string[];
  filters: MapFilters;
  onFiltersChange: (filters: MapFilters) => void;
  colourBy: MapColourBy;
  onColourByChange: (colourBy: MapColourBy) => void;
  /** The first and last dates the data carries; null hides the slider. */
  range: { first: string; last: string } | null;
  asOf: string | null;
  onAsOfChange: (asOf: string | null) => void;
  /** How long a full replay takes. */
  replayMs?: number;
}

const sideKey = {
  social: 'side.social',
  political: 'side.political',
  mutual_aid: 'side.mutual_aid',
  emotional: 'side.emotional',
} as const satisfies Record<Side, string>;

export function MapControls(props: MapControlsProps) {
  const { units, filters, onFiltersChange, colourBy, onColourByChange, range, asOf, onAsOfChange } = props;
  const t = useT(chartsMessages);
  const { lang } = useLang();
  const id = useId();
  const [playing, setPlaying] = useState(false);

  const first = range ? toDay(range.first) : 0;
  const last = range ? toDay(range.last) : 0;
  const day = asOf === null ? last : Math.min(last, Math.max(first, toDay(asOf)));

  // Replay: move the date forward every frame so the whole span takes `replayMs`.
  const onAsOfRef = useRef(onAsOfChange);
  onAsOfRef.current = onAsOfChange;
  useEffect(() => {
    if (!playing || !range) return;
    const span = Math.max(1, last - first);
    const duration = props.replayMs ?? 12_000;
    const startedAt = performance.now();
    const from = day >= last ? first : day;
    let frame = requestAnimationFrame(function step(now) {
      const next = Math.min(last, from + Math.round(((now - startedAt) / duration) * span));
      onAsOfRef.current(next >= last ? null : fromDay(next));
      if (next >= last) setPlaying(false);
      else frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
    // Only Play and Pause restart the replay: it starts from the date shown when Play was pressed, and the
    // dates it sets itself must not restart it.
  }, [playing]);

  const toggleSide = (side: Side) => {
    const has = filters.sides.includes(side);
    const sides = has
      ? filters.sides.filter((s) => s !== side)
      : SIDES.filter((s) => s === side || filters.sides.includes(s));
    onFiltersChange({ ...filters, sides });
  };

  return (
    <div className="map-controls">
      <div className="field">
        <label htmlFor={`${id}-unit`}>{t('controls.unit')}</label>
        <select
          id={`${id}-unit`}
          value={filters.units[0] ?? ''}
          onChange={(e) => onFiltersChange({ ...filters, units: e.target.value === '' ? [] : [e.target.value] })}
        >
          <option value="">{t('controls.allUnits')}</option>
          {units
            .filter((u) => u !== '')
            .map((u) => (
              <option key={u} value={u}>
                {u.replaceAll('/', ' › ')}
              </option>
            ))}
        </select>
      </div>

      <fieldset className="field field--inline">
        <legend>{t('controls.sides')}</legend>
        {SIDES.map((side) => (
          <label key={side} className="toggle">
            <input type="checkbox" checked={filters.sides.includes(side)} onChange={() => toggleSide(side)} />
            {t(sideKey[side])}
          </label>
        ))}
      </fieldset>

      <fieldset className="field field--inline">
        <legend>{t('controls.colourBy')}</legend>
        {(['unit', 'group'] as const).map((value) => (
          <label key={value} className="toggle">
            <input
              type="radio"
              name={`${id}-colour`}
              value={value}
              checked={colourBy === value}
              onChange={() => onColourByChange(value)}
            />
            {t(value === 'unit' ? 'controls.colourUnit' : 'controls.colourGroup')}
          </label>
        ))}
      </fieldset>

      {range && (
        <div className="field field--date">
          <label htmlFor={`${id}-date`}>{t('controls.asOf')}</label>
          <div className="date-slider">
            <input
              id={`${id}-date`}
              type="range"
              min={first}
              max={last}
              step={1}
              value={day}
              aria-valuetext={formatDate(lang, fromDay(day))}
              onChange={(e) => {
                setPlaying(false);
                const next = Number(e.target.value);
                onAsOfChange(next >= last ? null : fromDay(next));
              }}
            />
            <output htmlFor={`${id}-date`}>{formatDate(lang, fromDay(day))}</output>
          </div>
          <div className="button-row">
            <button type="button" onClick={() => setPlaying((p) => !p)} aria-pressed={playing}>
              {t(playing ? 'controls.pause' : 'controls.replay')}
            </button>
            <button
              type="button"
              onClick={() => {
                setPlaying(false);
                onAsOfChange(null);
              }}
              disabled={asOf === null}
            >
              {t('controls.today')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

/**
 * The organizers' wall chart: every person, unit by unit, each a cell showing their ties to the base (stone
 * or sand) and their stance in their own words. Every count shows stone and sand together. Prints as clean
 * pages, one unit after another (styles/print.css).
 */
import { useMemo } from 'react';
import { STANCES, type Stance } from '../../../src/core/vocabulary.js';
import { useLang, useT } from '../../app/lang.js';
import { formatNumber } from '../../app/format.js';
import { chartsMessages } from '../../i18n/charts-messages.js';
import type { WallPerson } from './chart-types.js';
import { BaseMark, StanceMark } from './marks.js';

export interface WallChartProps {
  people: readonly WallPerson[];
  /** Units in the order to show them; by default every unit the people are in, sorted by path. */
  units?: readonly string[];
  onOpenPerson?: (id: string) => void;
  title?: string;
}

export const stanceKey = {
  supporter: 'stance.supporter',
  leaning: 'stance.leaning',
  undecided: 'stance.undecided',
  opposed: 'stance.opposed',
  unknown: 'stance.unknown',
} as const satisfies Record<Stance, string>;

const NO_UNIT = '';

export function WallChart({ people, units, onOpenPerson, title }: WallChartProps) {
  const t = useT(chartsMessages);
  const { lang } = useLang();

  const sections = useMemo(() => {
    const byUnit = new Map<string, WallPerson[]>();
    for (const p of people) {
      const key = p.unit ?? NO_UNIT;
      const list = byUnit.get(key);
      if (list) list.push(p);
      else byUnit.set(key, [p]);
    }
    const order = units
      ? [...units, ...[...byUnit.keys()].filter((u) => !units.includes(u)).sort()]
      : [...byUnit.keys()].sort();
    const collator = new Intl.Collator(lang);
    return order
      .filter((u) => byUnit.has(u))
      .map((unit) => {
        const members = [...byUnit.get(unit)!].sort((a, b) => collator.compare(a.name, b.name));
        const stone = members.filter((p) => p.base === 'stone').length;
        const supporters = members.filter((p) => p.stance === 'supporter').length;
        return { unit, members, stone, sand: members.length - stone, supporters };
      });
  }, [people, units, lang]);

  const n = (v: number) => formatNumber(lang, v);

  return (
    <section className="wall-chart" aria-labelledby="wall-chart-title">
      <h2 id="wall-chart-title" className="wall-chart__title">
        {title ?? t('wall.title')}
      </h2>
      <WallLegend />
      {sections.map(({ unit, members, stone, sand, supporters }) => (
        <section key={unit} className="wall-unit" aria-label={unit === NO_UNIT ? t('wall.noUnit') : unit}>
          <header className="wall-unit__header">
            <h3>{unit === NO_UNIT ? t('wall.noUnit') : unit.replaceAll('/', ' › ')}</h3>
            <p className="wall-unit__counts">
              {t('wall.counts', {
                n: members.length,
                people: n(members.length),
                stone: n(stone),
                sand: n(sand),
                supporters: n(supporters),
              })}
            </p>
          </header>
          <ul className="wall-unit__people">
            {members.map((p) => (
              <li key={p.id} className={`wall-cell wall-cell--${p.base} wall-cell--${p.stance}`}>
                {onOpenPerson ? (
                  <button type="button" className="wall-cell__name link-button" onClick={() => onOpenPerson(p.id)}>
                    {p.name}
                  </button>
                ) : (
                  <span className="wall-cell__name">{p.name}</span>
                )}
                <span className="wall-cell__stance">
                  <StanceMark stance={p.stance} /> {t(stanceKey[p.stance])}
                </span>
                <span className="wall-cell__base">
                  <BaseMark base={p.base} /> {t(p.base === 'stone' ? 'base.stone' : 'base.sand')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {sections.length === 0 && <p className="muted">{t('wall.empty')}</p>}
    </section>
  );
}

export function WallLegend() {
  const t = useT(chartsMessages);
  return (
    <div className="legend wall-legend">
      <h3 className="legend__title">{t('legend.title')}</h3>
      <dl>
        <div className="legend__item">
          <dt>
            <span className="legend-cell wall-cell--stone">
              <BaseMark base="stone" />
            </span>{' '}
            {t('base.stone')}
          </dt>
          <dd>{t('base.stoneHelp')}</dd>
        </div>
        <div className="legend__item">
          <dt>
            <span className="legend-cell wall-cell--sand">
              <BaseMark base="sand" />
            </span>{' '}
            {t('base.sand')}
          </dt>
          <dd>{t('base.sandHelp')}</dd>
        </div>
      </dl>
      <ul className="legend__stances" aria-label={t('legend.stances')}>
        {STANCES.map((s) => (
          <li key={s} className={`stance--${s}`}>
            <StanceMark stance={s} /> {t(stanceKey[s])}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Units: each unit's phase, cohesion, coverage, heat and organizers as a table (GET /analysis), the path of
 * the whole workplace or of one unit month by month (GET /analysis/series), every unit on the phase plot,
 * and what would move each unit forward, in the model's own words.
 */
import { Fragment, useId, useMemo, useState } from 'react';
import { MODEL_MESSAGES } from '../../src/core/model/model-messages.js';
import type { SeriesPoint } from '../../src/core/model/series.js';
import type { Phase } from '../../src/core/vocabulary.js';
import { fetchAnalysis, fetchSeries, type AnalysisView } from '../api/views.api.js';
import { formatDate, formatNumber, formatShare, unitText } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource, type Resource } from '../app/resource.js';
import { useWorkspace } from '../app/workspace.js';
import type { MonthPoint } from '../components/charts/chart-types.js';
import { PhaseMark } from '../components/charts/marks.js';
import { PhasePlot } from '../components/charts/PhasePlot.js';
import { Timeline } from '../components/charts/Timeline.js';
import { shortUnitLabels } from '../components/charts/unit-labels.js';
import { appMessages } from '../i18n/app-messages.js';
import { viewsMessages } from '../i18n/views-messages.js';
import { phaseWord, wordsMessages } from '../i18n/words-messages.js';

const WHOLE = '';

/** One unit's months (or the whole workplace's, for ''), for the timeline. */
export function monthsOf(series: readonly SeriesPoint[], unit: string): MonthPoint[] {
  return series.flatMap((p) => {
    const f = unit === WHOLE ? p : p.units.find((u) => u.unit === unit);
    return f ? [{ month: p.asOf, cohesion: f.cohesion, coverage: f.coverage, heat: f.heat, phase: f.phase }] : [];
  });
}

const depthOf = (path: string) => path.split('/').length;

/** A unit in the tree: its own name, indented by depth; the units above it are read out, not shown. */
function UnitName({ path, top }: { path: string; top: number }) {
  const parts = path.split('/');
  const depth = parts.length - top;
  return (
    <span className={`unit-name unit-name--depth-${Math.min(depth, 4)}`} title={unitText(path)}>
      {parts.length > 1 && <span className="visually-hidden">{unitText(parts.slice(0, -1).join('/'))} › </span>}
      {parts[parts.length - 1]}
    </span>
  );
}

/** The steps that would move units forward, each said once with the units it is for. */
function forwardGroups<U extends { unit: string; phase: Phase; forward: { step: string; count?: number }[] }>(
  units: readonly U[],
  text: (f: U['forward'][number]) => string,
): { text: string; units: U[] }[] {
  const groups = new Map<string, U[]>();
  for (const u of units) {
    for (const f of u.forward) {
      const key = text(f);
      const list = groups.get(key);
      if (list) list.push(u);
      else groups.set(key, [u]);
    }
  }
  return [...groups].map(([key, list]) => ({ text: key, units: list }));
}

export function UnitsPage() {
  const a = useT(appMessages);
  const { name: workspace } = useWorkspace();
  const analysis = useResource(() => fetchAnalysis(workspace), [workspace]);
  const series = useResource(() => fetchSeries(workspace), [workspace]);
  return (
    <Page title={a('page.units')} intro={a('intro.units')}>
      <Loaded resource={analysis}>{(report) => <UnitsBody report={report} series={series} />}</Loaded>
    </Page>
  );
}

function UnitsBody({ report, series }: { report: AnalysisView; series: Resource<SeriesPoint[]> }) {
  const t = useT(viewsMessages);
  const w = useT(wordsMessages);
  const m = useT(MODEL_MESSAGES);
  const { lang } = useLang();
  const id = useId();
  const [chosen, setChosen] = useState(WHOLE);
  const share = (v: number) => formatShare(lang, v);
  const rows = [{ unit: WHOLE, ...report.overall }, ...report.units];
  const top = Math.min(...report.units.map((u) => depthOf(u.unit)));
  const short = useMemo(() => shortUnitLabels(report.units.map((u) => u.unit)), [report.units]);
  const forward = forwardGroups(rows, (f) =>
    m(`step_${f.step}`, {
      count: f.count ?? 0,
      line: share(report.lines.supermajority),
      per: report.lines.coworkersPerOrganizer,
    }),
  );
  const months = useMemo(() => (series.value ? monthsOf(series.value, chosen) : []), [series.value, chosen]);

  if (report.units.length === 0) return <p className="empty">{t('units.none')}</p>;

  return (
    <>
      <section aria-labelledby={`${id}-table`}>
        <h2 id={`${id}-table`}>{t('units.table')}</h2>
        <p className="muted" aria-hidden="true">
          {t('units.caption', { date: formatDate(lang, report.asOf) })}
        </p>
        <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
          <table className="data-table">
            <caption id={`${id}-caption`} className="visually-hidden">
              {t('units.caption', { date: formatDate(lang, report.asOf) })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('units.unit')}</th>
                <th scope="col">{t('units.phase')}</th>
                <th scope="col" className="num">
                  {t('units.people')}
                </th>
                <th scope="col" className="num">
                  {t('units.cohesion')}
                </th>
                <th scope="col" className="num">
                  {t('units.coverage')}
                </th>
                <th scope="col" className="num">
                  {t('units.heat')}
                </th>
                <th scope="col" className="num">
                  {t('units.organizers')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((u) => (
                <tr key={u.unit} className={u.unit === WHOLE ? 'data-table__total' : undefined}>
                  <th scope="row">{u.unit === WHOLE ? t('units.whole') : <UnitName path={u.unit} top={top} />}</th>
                  <td className="nowrap">
                    <PhaseMark phase={u.phase} /> {w(phaseWord(u.phase))}
                  </td>
                  <td className="num">{formatNumber(lang, u.people)}</td>
                  <td className="num">{share(u.cohesion)}</td>
                  <td className="num">{share(u.coverage)}</td>
                  <td className="num">{share(u.heat)}</td>
                  <td className="num">
                    {t('units.organizerRatio', { n: formatNumber(lang, u.organizers), share: share(u.organizerRatio) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby={`${id}-timeline`}>
        <h2 id={`${id}-timeline`}>{t('units.timeline')}</h2>
        <div className="field field--narrow">
          <label htmlFor={`${id}-unit`}>{t('units.timelineFor')}</label>
          <select id={`${id}-unit`} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value={WHOLE}>{t('units.whole')}</option>
            {report.units.map((u) => (
              <option key={u.unit} value={u.unit}>
                {unitText(u.unit)}
              </option>
            ))}
          </select>
        </div>
        <Loaded resource={series}>
          {() => (
            <Timeline
              series={months}
              title={t('units.timelineTitle', { unit: chosen === WHOLE ? t('units.whole') : unitText(chosen) })}
            />
          )}
        </Loaded>
      </section>

      <section aria-labelledby={`${id}-plot`}>
        <h2 id={`${id}-plot`}>{t('units.plot')}</h2>
        <PhasePlot
          units={report.units.map((u) => ({ unit: u.unit, cohesion: u.cohesion, heat: u.heat, phase: u.phase }))}
          thresholds={{ cohesion: report.lines.phaseCohesion, heat: report.lines.phaseHeat }}
        />
      </section>

      <section aria-labelledby={`${id}-forward`}>
        <h2 id={`${id}-forward`}>{t('units.forward')}</h2>
        <ul className="forward-list">
          {forward.map((g) => (
            <li key={g.text}>
              <p className="forward-list__step">{g.text}</p>
              <p className="forward-list__units">
                {g.units.map((u, i) => (
                  <Fragment key={u.unit}>
                    {i > 0 && ', '}
                    <span title={u.unit === WHOLE ? undefined : unitText(u.unit)}>
                      {u.unit === WHOLE ? t('units.whole') : (short.get(u.unit) ?? unitText(u.unit))}
                    </span>{' '}
                    <span className="nowrap">
                      <PhaseMark phase={u.phase} />
                      <span className="visually-hidden"> {w(phaseWord(u.phase))}</span>
                    </span>
                  </Fragment>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/**
 * The power map (CONCEPTS §4; GET /analysis `power`): where the workplace's power is generated (sun spaces,
 * by the ties of the people there and their acting together), where it is only reflected (moon spaces: the
 * bargaining table, a court), who speaks for workers there (moon people, who answer to the rank and file),
 * and what satellites do to workers' relationships and confidence. Drawn, as tables, and in plain words:
 * what each part means for the committee. What a satellite did, and the spaces themselves, can be corrected or
 * removed here (RecordActions).
 */
import { useId, useMemo, useState } from 'react';
import { POWER_MESSAGES } from '../../src/core/model/power-messages.js';
import type { PowerReport } from '../../src/core/model/power-report.js';
import type { PersonRecord } from '../api/people.api.js';
import {
  listMoonSessions,
  listSatelliteEffects,
  removeSatelliteEffect,
  type MoonSession,
  type SatelliteEffect,
} from '../api/power.api.js';
import { listSpaces, listUnits, type Space, type Unit } from '../api/records.api.js';
import { fetchAnalysis, type AnalysisView } from '../api/views.api.js';
import { formatDate, formatNumber, unitText } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { Link, pathFor } from '../app/router.js';
import { useWorkspace } from '../app/workspace.js';
import { useNames, usePeopleDetails } from '../components/power/directory.js';
import { effectOf } from '../components/power/power-layout.js';
import { EffectMark, MoonMark, MoonPersonMark, SunMark } from '../components/power/power-marks.js';
import { accountabilityWords, captureWords, satelliteWords } from '../components/power/power-words.js';
import { PowerDiagram } from '../components/power/PowerDiagram.js';
import { RecordActions, useNotice } from '../components/power/RecordActions.js';
import { SatelliteEffectForm } from '../components/power/SatelliteEffectForm.js';
import { SpacesSection } from '../components/power/SpacesSection.js';
import { PersonLink } from '../components/records/PersonLink.js';
import { appMessages } from '../i18n/app-messages.js';
import { powerEditMessages, powerMessages } from '../i18n/power-messages.js';

export function PowerMapPage() {
  const a = useT(appMessages);
  const t = useT(powerMessages);
  const { name: workspace } = useWorkspace();
  const analysis = useResource(() => fetchAnalysis(workspace), [workspace]);
  const spaces = useResource(() => listSpaces(workspace), [workspace]);
  const units = useResource(() => listUnits(workspace), [workspace]);
  const sessions = useResource(() => listMoonSessions(workspace), [workspace]);
  const effects = useResource(() => listSatelliteEffects(workspace), [workspace]);
  const reload = () => {
    analysis.reload();
    effects.reload();
    spaces.reload();
  };
  return (
    <Page title={a('page.power')} intro={t('power.intro')}>
      <Loaded resource={analysis}>
        {(report) =>
          report.power ? (
            <Loaded resource={spaces}>
              {(spaceList) => (
                <PowerBody
                  report={report}
                  power={report.power!}
                  spaces={spaceList}
                  units={units.value ?? []}
                  sessions={sessions.value ?? []}
                  effects={effects.value ?? []}
                  onChanged={reload}
                />
              )}
            </Loaded>
          ) : (
            <>
              <p className="empty">{t('power.none')}</p>
              <SatelliteSection
                workspace={workspace}
                names={report.names}
                effects={effects.value ?? []}
                units={units.value ?? []}
                onChanged={reload}
              />
              <SpacesSection
                workspace={workspace}
                spaces={spaces.value ?? []}
                units={units.value ?? []}
                onChanged={reload}
              />
            </>
          )
        }
      </Loaded>
    </Page>
  );
}

/** The workplace's own name: its one site, or the workspace's name when it has several (or none). */
function workplaceName(units: readonly Unit[], workspace: string): string {
  const sites = units.filter((u) => u.parent === null);
  return sites.length === 1 ? sites[0]!.name : workspace;
}

/** The moon space each person sat in most. */
function homeSpaces(sessions: readonly MoonSession[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sessions) {
    for (const p of s.attendees) {
      const own = counts.get(p) ?? new Map<string, number>();
      own.set(s.space, (own.get(s.space) ?? 0) + 1);
      counts.set(p, own);
    }
  }
  return new Map(
    [...counts].map(([p, own]) => [p, [...own].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0]]),
  );
}

function PowerBody({
  report,
  power,
  spaces,
  units,
  sessions,
  effects,
  onChanged,
}: {
  report: AnalysisView;
  power: PowerReport;
  spaces: readonly Space[];
  units: readonly Unit[];
  sessions: readonly MoonSession[];
  effects: readonly SatelliteEffect[];
  onChanged: () => void;
}) {
  const t = useT(powerMessages);
  const p = useT(POWER_MESSAGES);
  const { lang } = useLang();
  const { name: workspace } = useWorkspace();
  const id = useId();
  const spaceName = useMemo(() => new Map(spaces.map((s) => [s.id, s.name])), [spaces]);
  const space = (sid: string) => spaceName.get(sid) ?? sid;
  const person = (pid: string) => report.names[pid] ?? pid;
  const n = (x: number) => formatNumber(lang, x);
  const decimal = (x: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(x);

  const outsiders = useMemo(
    () => [...power.accountability.map((x) => x.holder), ...power.satellites.map((x) => x.person)],
    [power],
  );
  const details = usePeopleDetails(workspace, outsiders);
  const circleOf = (pid: string): PersonRecord['circle'] | undefined => details.get(pid)?.circle;
  const roleOf = (pid: string) => details.get(pid)?.role ?? null;
  const home = useMemo(() => homeSpaces(sessions), [sessions]);

  const moonPeople = power.accountability.filter((x) => circleOf(x.holder) === 'moon');
  const atTable = power.accountability.filter((x) => circleOf(x.holder) !== 'moon');
  const workplace = workplaceName(units, workspace);
  const topSun = power.sunSpaces[0];
  const unbound = power.sunSpaces.filter((s) => s.people > 0 && s.bound === 0);
  const satellites = [...power.satellites].sort((x, y) => x.net - y.net || (x.person < y.person ? -1 : 1));

  const description = [
    t('diagram.descWorkplace', { workplace, people: n(report.people) }),
    power.sunSpaces.length === 0
      ? t('diagram.descNoSun')
      : t('diagram.descSun', {
          n: power.sunSpaces.length,
          top: topSun ? space(topSun.space) : '',
          power: topSun ? decimal(topSun.power) : '',
        }),
    power.moonSpaces.length === 0
      ? t('diagram.descNoMoon')
      : t('diagram.descMoon', {
          n: power.moonSpaces.length,
          spaces: power.moonSpaces
            .map(
              (m) =>
                `${space(m.space)} (${m.sessions === 0 ? t('diagram.moonNone') : t('diagram.moonLine', { sessions: m.sessions, closed: m.closedDoor })})`,
            )
            .join('; '),
        }),
    ...moonPeople.map((m) => t('diagram.descMoonPerson', { name: person(m.holder), n: m.overdueReportBacks })),
    satellites.length === 0
      ? t('diagram.descNoSatellites')
      : t('diagram.descSatellites', {
          list: satellites.map((s) => `${person(s.person)}: ${t(`effect.${effectOf(s)}`)}`).join('; '),
        }),
  ].join(' ');

  return (
    <>
      <PowerDiagram
        title={t('diagram.title', { workplace })}
        description={description}
        workplace={{ name: workplace, detail: t('diagram.coworkers', { n: report.people }) }}
        suns={power.sunSpaces.map((s) => ({ id: s.space, name: space(s.space), power: s.power }))}
        moons={power.moonSpaces.map((m) => ({
          id: m.space,
          name: space(m.space),
          sessions: m.sessions,
          closedDoor: m.closedDoor,
        }))}
        moonPeople={moonPeople.map((m) => ({
          id: m.holder,
          name: person(m.holder),
          space: home.get(m.holder) ?? null,
          overdue: m.overdueReportBacks,
        }))}
        satellites={satellites.map((s) => ({ id: s.person, name: person(s.person), net: s.net }))}
      />

      <details className="chart-table power-tables">
        <summary>{t('tables.show')}</summary>
        <div className="table-scroll" role="region" aria-labelledby={`${id}-sun`} tabIndex={0}>
          <table className="data-table">
            <caption id={`${id}-sun`}>{t('tables.sun')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tables.space')}</th>
                <th scope="col" className="num">
                  {t('tables.power')}
                </th>
                <th scope="col" className="num">
                  {t('tables.people')}
                </th>
                <th scope="col" className="num">
                  {t('tables.bound')}
                </th>
                <th scope="col" className="num">
                  {t('tables.acted')}
                </th>
              </tr>
            </thead>
            <tbody>
              {power.sunSpaces.map((s) => (
                <tr key={s.space}>
                  <th scope="row">{space(s.space)}</th>
                  <td className="num">{decimal(s.power)}</td>
                  <td className="num">{n(s.people)}</td>
                  <td className="num">{n(s.bound)}</td>
                  <td className="num">{n(s.acted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-scroll" role="region" aria-labelledby={`${id}-moon`} tabIndex={0}>
          <table className="data-table">
            <caption id={`${id}-moon`}>{t('tables.moon')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tables.space')}</th>
                <th scope="col" className="num">
                  {t('tables.sessions')}
                </th>
                <th scope="col" className="num">
                  {t('tables.closedDoor')}
                </th>
                <th scope="col">{t('tables.lastSession')}</th>
              </tr>
            </thead>
            <tbody>
              {power.moonSpaces.map((m) => (
                <tr key={m.space}>
                  <th scope="row">{space(m.space)}</th>
                  <td className="num">{n(m.sessions)}</td>
                  <td className="num">{n(m.closedDoor)}</td>
                  <td>{m.lastSession ? formatDate(lang, m.lastSession) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-scroll" role="region" aria-labelledby={`${id}-people`} tabIndex={0}>
          <table className="data-table">
            <caption id={`${id}-people`}>{t('tables.atTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tables.person')}</th>
                <th scope="col">{t('tables.role')}</th>
                <th scope="col" className="num">
                  {t('tables.sessions')}
                </th>
                <th scope="col" className="num">
                  {t('tables.reportedBack')}
                </th>
                <th scope="col" className="num">
                  {t('tables.overdue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {power.accountability.map((x) => (
                <tr key={x.holder}>
                  <th scope="row">{person(x.holder)}</th>
                  <td>{roleOf(x.holder) ?? (circleOf(x.holder) === 'sun' ? t('tables.workerOnTeam') : '')}</td>
                  <td className="num">{n(x.sessions)}</td>
                  <td className="num">{n(x.reportedBack)}</td>
                  <td className="num">{n(x.overdueReportBacks)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="table-scroll" role="region" aria-labelledby={`${id}-satellites`} tabIndex={0}>
          <table className="data-table">
            <caption id={`${id}-satellites`}>{t('tables.satellites')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('tables.person')}</th>
                <th scope="col">{t('tables.role')}</th>
                <th scope="col" className="num">
                  {t('tables.nurturing')}
                </th>
                <th scope="col" className="num">
                  {t('tables.siphoning')}
                </th>
                <th scope="col" className="num">
                  {t('tables.mixed')}
                </th>
                <th scope="col">{t('tables.net')}</th>
              </tr>
            </thead>
            <tbody>
              {satellites.map((s) => (
                <tr key={s.person}>
                  <th scope="row">{person(s.person)}</th>
                  <td>{roleOf(s.person) ?? ''}</td>
                  <td className="num">{n(s.nurturing)}</td>
                  <td className="num">{n(s.siphoning)}</td>
                  <td className="num">{n(s.mixed)}</td>
                  <td className="nowrap">
                    <EffectMark effect={effectOf(s)} /> {t(`effect.${effectOf(s)}`)} ({s.net > 0 ? '+' : ''}
                    {s.net < 0 ? `−${-s.net}` : s.net})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <section aria-labelledby={`${id}-words`} className="power-words">
        <h2 id={`${id}-words`}>{t('words.title')}</h2>
        <div className="power-words__grid">
          <article className="card power-words__part" aria-labelledby={`${id}-w-sun`}>
            <h3 id={`${id}-w-sun`}>
              <SunMark /> {t('words.sun')}
            </h3>
            <p>{t('words.sunMeaning')}</p>
            {topSun ? (
              <p>
                {t('words.sunTop', {
                  space: space(topSun.space),
                  bound: n(topSun.bound),
                  people: n(topSun.people),
                  acted: n(topSun.acted),
                })}
              </p>
            ) : (
              <p>{p('power_no_sun')}</p>
            )}
            {unbound.length > 0 && (
              <p>
                {t('words.sunUnbound', {
                  n: unbound.length,
                  spaces: unbound.map((s) => space(s.space)).join(', '),
                })}
              </p>
            )}
          </article>

          <article className="card power-words__part" aria-labelledby={`${id}-w-moon`}>
            <h3 id={`${id}-w-moon`}>
              <MoonMark /> {t('words.moon')}
            </h3>
            <p>{t('words.moonMeaning')}</p>
            {power.moonSpaces.length === 0 && <p>{p('power_no_moon')}</p>}
            <ul className="plain-list">
              {power.moonSpaces.map((m) => (
                <li key={m.space}>
                  {m.sessions === 0
                    ? p('power_moon_none', { space: space(m.space) })
                    : m.closedDoor > 0
                      ? t('words.moonClosed', {
                          space: space(m.space),
                          sessions: n(m.sessions),
                          closed: n(m.closedDoor),
                        })
                      : p('power_moon_line', {
                          space: space(m.space),
                          sessions: m.sessions,
                          closed: m.closedDoor,
                          last: m.lastSession ? formatDate(lang, m.lastSession) : '',
                        })}
                </li>
              ))}
            </ul>
          </article>

          <article className="card power-words__part" aria-labelledby={`${id}-w-people`}>
            <h3 id={`${id}-w-people`}>
              <MoonPersonMark /> {t('words.people')}
            </h3>
            <p>{t('words.peopleMeaning')}</p>
            {power.accountability.length === 0 ? (
              <p>{t('words.peopleNone')}</p>
            ) : (
              <ul className="plain-list">
                {[...moonPeople, ...atTable].map((x) => (
                  <li key={x.holder}>{accountabilityWords(x, person(x.holder), p, lang).join(' ')}</li>
                ))}
              </ul>
            )}
            <p>
              <Link to={pathFor('accountability', { workspace })}>{t('words.toAccountability')}</Link>
            </p>
          </article>

          <article className="card power-words__part" aria-labelledby={`${id}-w-satellites`}>
            <h3 id={`${id}-w-satellites`}>
              <EffectMark effect="mixed" /> {t('words.satellites')}
            </h3>
            <p>{t('words.satellitesMeaning')}</p>
            {satellites.length === 0 ? (
              <p>{p('power_no_satellites')}</p>
            ) : (
              <ul className="plain-list power-words__satellites">
                {satellites.map((s) => (
                  <li key={s.person}>
                    <EffectMark effect={effectOf(s)} /> <strong>{t(`effect.${effectOf(s)}`)}</strong>
                    {roleOf(s.person) && <span className="muted"> · {roleOf(s.person)}</span>}
                    <br />
                    {satelliteWords(s, person(s.person), p).join(' ')}
                  </li>
                ))}
              </ul>
            )}
          </article>

          {power.captureRisk.length > 0 && (
            <article className="card power-words__part" aria-labelledby={`${id}-w-capture`}>
              <h3 id={`${id}-w-capture`}>{t('words.capture')}</h3>
              <ul className="plain-list">
                {power.captureRisk.map((c) => (
                  <li key={c.person}>
                    {captureWords(c, person(c.person), p, lang, (d) => formatDate(lang, d))}{' '}
                    <PersonLink id={c.person} name={t('words.openPerson', { name: person(c.person) })} />
                  </li>
                ))}
              </ul>
              <p>{p('power_capture_advice')}</p>
            </article>
          )}
        </div>
      </section>

      <SatelliteSection
        workspace={workspace}
        names={report.names}
        effects={effects}
        units={units}
        onChanged={onChanged}
      />
      <SpacesSection workspace={workspace} spaces={spaces} units={units} onChanged={onChanged} />
    </>
  );
}

const EFFECTS_SHOWN = 6;

/** What satellites did, the latest first, each to correct or remove; and writing down what one did. */
function SatelliteSection({
  workspace,
  names: known,
  effects,
  units,
  onChanged,
}: {
  workspace: string;
  names: Readonly<Record<string, string>>;
  effects: readonly SatelliteEffect[];
  units: readonly Unit[];
  onChanged: () => void;
}) {
  const t = useT(powerMessages);
  const x = useT(powerEditMessages);
  const { lang } = useLang();
  const id = useId();
  const [all, setAll] = useState(false);
  const { notice, say } = useNotice();
  const latest = useMemo(
    () =>
      [...effects].sort((x, y) =>
        x.occurredOn < y.occurredOn ? 1 : x.occurredOn > y.occurredOn ? -1 : x.id < y.id ? -1 : 1,
      ),
    [effects],
  );
  const shown = all ? latest : latest.slice(0, EFFECTS_SHOWN);
  // Whom an effect touched is people or units: only people are looked up by name.
  const needed = useMemo(() => {
    const unitPaths = new Set(units.map((u) => u.path));
    return [...new Set(shown.flatMap((e) => [e.satellite, ...e.on.filter((x) => !unitPaths.has(x))]))];
    // the ids change only when the list shown does
  }, [effects, all, units]);
  const names = useNames(workspace, known, needed);
  const target = (x: string) => (names.name(x) !== x ? names.name(x) : unitText(x));
  return (
    <section aria-labelledby={`${id}-did`} className="satellite-effects">
      <h2 id={`${id}-did`}>{t('effects.title')}</h2>
      <p className="muted">{t('effects.help')}</p>
      {notice}
      {latest.length === 0 ? (
        <p className="empty">{t('effects.none')}</p>
      ) : (
        <>
          <ul className="effect-list">
            {shown.map((e) => (
              <li key={e.id} className={`card effect effect--${e.effect}`} data-effect={e.effect}>
                <p className="effect__head">
                  <span className="nowrap">{formatDate(lang, e.occurredOn)}</span> ·{' '}
                  <strong>{names.name(e.satellite)}</strong> ·{' '}
                  <span className="nowrap">
                    <EffectMark effect={e.effect} /> {t(`effect.${e.effect}`)}
                  </span>
                </p>
                {e.what && <p className="effect__what">{e.what}</p>}
                {e.on.length > 0 && (
                  <p className="muted">{t('effects.touched', { names: e.on.map(target).join(', ') })}</p>
                )}
                <EffectActions
                  workspace={workspace}
                  effect={e}
                  units={units}
                  what={x('what.effect', { name: names.name(e.satellite), date: formatDate(lang, e.occurredOn) })}
                  name={names.name}
                  say={say}
                  onChanged={onChanged}
                />
              </li>
            ))}
          </ul>
          {latest.length > EFFECTS_SHOWN && (
            <button type="button" onClick={() => setAll((x) => !x)} aria-expanded={all}>
              {all ? t('effects.showFewer') : t('effects.showAll', { n: latest.length })}
            </button>
          )}
        </>
      )}
      <details className="disclosure">
        <summary>{t('effects.add')}</summary>
        <SatelliteEffectForm workspace={workspace} units={units} onSaved={onChanged} />
      </details>
    </section>
  );
}

/** Correcting or removing what a satellite did. */
function EffectActions({
  workspace,
  effect,
  units,
  what,
  name,
  say,
  onChanged,
}: {
  workspace: string;
  effect: SatelliteEffect;
  units: readonly Unit[];
  what: string;
  name: (id: string) => string;
  say: (text: string) => void;
  onChanged: () => void;
}) {
  const x = useT(powerEditMessages);
  const { lang } = useLang();
  const date = (iso: string) => formatDate(lang, iso);
  return (
    <RecordActions
      what={what}
      remove={() => removeSatelliteEffect(workspace, effect.id)}
      onRemoved={() => {
        say(x('edit.removed', { what }));
        onChanged();
      }}
      edit={(done) => (
        <SatelliteEffectForm
          workspace={workspace}
          units={units}
          effect={effect}
          name={name}
          onSaved={(now) => {
            done(true);
            say(x('edit.saved', { what: x('what.effect', { name: name(now.satellite), date: date(now.occurredOn) }) }));
            onChanged();
          }}
          onCancel={() => done(false)}
        />
      )}
    />
  );
}

export default PowerMapPage;

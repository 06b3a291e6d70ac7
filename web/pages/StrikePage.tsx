/**
 * Strike mode (CONCEPTS §6): picket lines are sun spaces, held by the bonds between strikers. Each line's
 * coverage of the strike's picket hours and its gaps (GET /analysis `strike.sites`); a picket day line by line
 * with who is on each shift, signing people up and adding shifts (POST/PATCH /picket-shifts); the mutual aid
 * ledger (GET/POST /mutual-aid); and the strikers nobody has spent time with since their last shift, each with
 * a way to log a conversation with them. A shift or an act of mutual aid written down wrong can be corrected or
 * removed (StrikeForms.tsx). The figures are as of a date (today unless chosen), so the committee
 * can look back at the strike as it stood on its last day.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { addDays } from '../../src/core/dates.js';
import { POWER_MESSAGES } from '../../src/core/model/power-messages.js';
import type { StrikeReport } from '../../src/core/model/power-report.js';
import { listMutualAid, listPicketShifts, type MutualAid, type PicketShift } from '../api/power.api.js';
import { listSpaces, type Space } from '../api/records.api.js';
import { fetchAnalysis, type AnalysisView } from '../api/views.api.js';
import { Field, SelectField } from '../app/Field.js';
import { formatDate, formatNumber, formatShare } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { Link, navigate, pathFor, queryParam, useLocation } from '../app/router.js';
import { useWorkspace } from '../app/workspace.js';
import { DayTimeline } from '../components/power/DayTimeline.js';
import { useNames } from '../components/power/directory.js';
import { useNotice } from '../components/power/RecordActions.js';
import { AidForm, AidPanel, ShiftForm, ShiftPanel } from '../components/power/StrikeForms.js';
import { dayView, picketDays } from '../components/power/strike-timeline.js';
import { PersonLink } from '../components/records/PersonLink.js';
import { appMessages } from '../i18n/app-messages.js';
import { powerEditMessages, powerMessages } from '../i18n/power-messages.js';

const UNCHECKED_SHOWN = 12;

export function StrikePage() {
  const a = useT(appMessages);
  const t = useT(powerMessages);
  const { name: workspace } = useWorkspace();
  const location = useLocation();
  const asOfParam = queryParam(location, 'asOf');
  const asOf = asOfParam && /^\d{4}-\d{2}-\d{2}$/.test(asOfParam) ? asOfParam : null;
  const analysis = useResource(() => fetchAnalysis(workspace, asOf ?? undefined), [workspace, asOf]);
  const shifts = useResource(() => listPicketShifts(workspace), [workspace]);
  const aid = useResource(() => listMutualAid(workspace), [workspace]);
  const spaces = useResource(() => listSpaces(workspace), [workspace]);
  const reload = () => {
    analysis.reload();
    shifts.reload();
    aid.reload();
  };
  return (
    <Page title={a('page.strike')} intro={t('strike.intro')}>
      <Loaded resource={analysis}>
        {(report) => (
          <Loaded resource={shifts}>
            {(shiftList) => (
              <StrikeBody
                report={report}
                strike={report.strike}
                asOf={asOf}
                shifts={shiftList}
                aid={aid.value ?? []}
                spaces={spaces.value ?? []}
                checkInDays={report.power?.lines.checkInDays ?? 14}
                minPeople={report.power?.lines.picketMinPeople ?? 2}
                onChanged={reload}
              />
            )}
          </Loaded>
        )}
      </Loaded>
    </Page>
  );
}

function StrikeBody({
  report,
  strike,
  asOf,
  shifts,
  aid,
  spaces,
  checkInDays,
  minPeople,
  onChanged,
}: {
  report: AnalysisView;
  strike: StrikeReport | undefined;
  asOf: string | null;
  shifts: readonly PicketShift[];
  aid: readonly MutualAid[];
  spaces: readonly Space[];
  checkInDays: number;
  minPeople: number;
  onChanged: () => void;
}) {
  const t = useT(powerMessages);
  const p = useT(POWER_MESSAGES);
  const { lang } = useLang();
  const { name: workspace } = useWorkspace();
  const id = useId();
  const needed = useMemo(
    () => [
      ...new Set([
        ...shifts.flatMap((s) => s.people),
        ...aid.flatMap((x) => (x.givenBy ? [x.givenBy, x.givenTo] : [x.givenTo])),
      ]),
    ],
    [shifts, aid],
  );
  const names = useNames(workspace, report.names, needed);
  const spaceById = useMemo(() => new Map(spaces.map((s) => [s.id, s])), [spaces]);
  const lineName = (sid: string) => spaceById.get(sid)?.name ?? sid;
  const siteOf = (sid: string) => spaceById.get(sid)?.unit?.split('/')[0] ?? '';
  const date = (iso: string) => formatDate(lang, iso);
  const n = (x: number) => formatNumber(lang, x);

  const days = useMemo(() => picketDays(shifts), [shifts]);
  const lastDay = days[days.length - 1] ?? null;
  const effectiveAsOf = report.asOf;
  const defaultDay = [...days].reverse().find((d) => d <= effectiveAsOf) ?? days[0] ?? null;
  const [day, setDay] = useState<string | null>(defaultDay);
  useEffect(() => {
    if (day === null || !days.includes(day)) setDay(defaultDay);
  }, [days, day, defaultDay]);
  const [selected, setSelected] = useState<string | null>(null);
  // Lines: those in the report, thinnest first, then any other line with shifts.
  const lines = useMemo(() => {
    const fromReport = (strike?.sites ?? []).map((s) => s.space);
    return [...fromReport, ...[...new Set(shifts.map((s) => s.space))].filter((s) => !fromReport.includes(s)).sort()];
  }, [strike, shifts]);
  const view = useMemo(
    () => (day ? dayView(shifts, day, lines, siteOf, minPeople) : []),
    // siteOf reads spaceById
    [shifts, day, lines, minPeople, spaceById],
  );
  const chosen = shifts.find((s) => s.id === selected) ?? null;
  const stale = asOf === null && lastDay !== null && addDays(lastDay, checkInDays) < effectiveAsOf;
  const setAsOf = (value: string | null) =>
    navigate(`${pathFor('strike', { workspace })}${value ? `?asOf=${encodeURIComponent(value)}` : ''}`, {
      replace: true,
    });

  const unchecked = [...(strike?.unchecked ?? [])].sort((x, y) =>
    x.lastShift < y.lastShift
      ? -1
      : x.lastShift > y.lastShift
        ? 1
        : names.name(x.person).localeCompare(names.name(y.person)),
  );
  const [allUnchecked, setAllUnchecked] = useState(false);
  const ed = useT(powerEditMessages);
  const shiftNotice = useNotice();
  const aidNotice = useNotice();
  const [aidChosen, setAidChosen] = useState<string | null>(null);
  const chosenAid = aid.find((a) => a.id === aidChosen) ?? null;
  const aidWhat = (a: MutualAid) => ed('what.aid', { name: names.name(a.givenTo), date: date(a.occurredOn) });

  return (
    <>
      <div className="toolbar strike-asof">
        <Field
          label={t('strike.asOf')}
          help={t('strike.asOfHelp')}
          type="date"
          value={effectiveAsOf}
          onChange={(e) => e.target.value && setAsOf(e.target.value)}
        />
        {asOf !== null && (
          <button type="button" onClick={() => setAsOf(null)}>
            {t('strike.asOfToday')}
          </button>
        )}
      </div>
      {stale && lastDay && (
        <p className="notice strike-stale">
          {t('strike.stale', { date: date(lastDay), days: checkInDays })}{' '}
          <button type="button" className="link-button" onClick={() => setAsOf(lastDay)}>
            {t('strike.seeLastDay', { date: date(lastDay) })}
          </button>
        </p>
      )}

      <section aria-labelledby={`${id}-lines`}>
        <h2 id={`${id}-lines`}>{t('strike.lines')}</h2>
        {!strike || strike.sites.length === 0 ? (
          <p className="empty">{t('strike.linesNone')}</p>
        ) : (
          <ul className="strike-sites">
            {strike.sites.map((s) => (
              <li
                key={s.space}
                className={`card strike-site${s.gapCount > 0 ? ' strike-site--gaps' : ''}`}
                data-space={s.space}
              >
                <h3 className="strike-site__name">{lineName(s.space)}</h3>
                <p>
                  {t('strike.siteLine', {
                    shifts: s.shifts,
                    people: s.people,
                    coverage: formatShare(lang, s.coverage),
                  })}
                </p>
                <div
                  className="coverage-bar"
                  role="img"
                  aria-label={t('strike.coverageLabel', { share: formatShare(lang, s.coverage) })}
                >
                  <span className="coverage-bar__fill" style={{ width: `${s.coverage * 100}%` }} />
                </div>
                {s.gapCount === 0 ? (
                  <p className="strike-site__held">
                    <span aria-hidden="true">✓ </span>
                    {t('strike.noGaps')}
                  </p>
                ) : (
                  <>
                    <p className="strike-site__gaps">
                      <span aria-hidden="true">⚠ </span>
                      {t('strike.gaps', { n: s.gapCount })}
                    </p>
                    <ul className="strike-site__gap-list">
                      {s.gaps.map((g) => (
                        <li key={g.from}>
                          {t('strike.gapFromTo', {
                            day: date(g.from),
                            from: g.from.slice(11, 16),
                            to:
                              g.to.slice(0, 10) === g.from.slice(0, 10)
                                ? g.to.slice(11, 16)
                                : `${date(g.to)} ${g.to.slice(11, 16)}`,
                          })}
                        </li>
                      ))}
                      {s.gapCount > s.gaps.length && <li>{t('strike.moreGaps', { n: s.gapCount - s.gaps.length })}</li>}
                    </ul>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-day`}>
        <h2 id={`${id}-day`}>{t('strike.day')}</h2>
        {shiftNotice.notice}
        {days.length === 0 || day === null ? (
          <p className="empty">{t('strike.noShifts')}</p>
        ) : (
          <>
            {days.length <= 7 ? (
              <div className="day-choice" role="group" aria-label={t('strike.chooseDay')}>
                {days.map((d) => (
                  <button
                    key={d}
                    type="button"
                    aria-pressed={d === day}
                    onClick={() => {
                      setDay(d);
                      setSelected(null);
                    }}
                  >
                    {date(d)}
                  </button>
                ))}
              </div>
            ) : (
              <SelectField
                label={t('strike.chooseDay')}
                className="field--narrow"
                value={day}
                onChange={(e) => {
                  setDay(e.target.value);
                  setSelected(null);
                }}
                options={days.map((d) => ({ value: d, label: date(d) }))}
              />
            )}
            {view.map((site) => (
              <DayTimeline
                key={site.site}
                site={site}
                siteName={site.site || t('strike.noSite')}
                lineName={lineName}
                selected={selected}
                onSelect={(s) => setSelected(s === selected ? null : s)}
              />
            ))}
            {chosen && (
              <ShiftPanel
                key={chosen.id}
                workspace={workspace}
                shift={chosen}
                lineName={lineName(chosen.space)}
                name={names.name}
                minPeople={minPeople}
                spaces={spaces}
                lines={lines}
                lineOf={lineName}
                onSaved={onChanged}
                onRemoved={(what) => {
                  setSelected(null);
                  shiftNotice.say(ed('edit.removed', { what }));
                  onChanged();
                }}
                onClose={() => setSelected(null)}
              />
            )}
            <details className="disclosure">
              <summary>{t('shift.add')}</summary>
              <ShiftForm
                workspace={workspace}
                spaces={spaces}
                lines={lines}
                day={day}
                onSaved={(s) => {
                  onChanged();
                  setDay(s.startsAt.slice(0, 10));
                  setSelected(s.id);
                }}
              />
            </details>
          </>
        )}
      </section>

      <section aria-labelledby={`${id}-unchecked`}>
        <h2 id={`${id}-unchecked`}>{t('strike.unchecked')}</h2>
        {unchecked.length === 0 ? (
          <p className="empty">{t('strike.uncheckedNone', { days: checkInDays })}</p>
        ) : (
          <>
            <p>{p('strike_unchecked', { days: checkInDays })}</p>
            <ul className="unchecked-list">
              {(allUnchecked ? unchecked : unchecked.slice(0, UNCHECKED_SHOWN)).map((u) => (
                <li key={u.person} className="unchecked">
                  <span className="unchecked__who">
                    <PersonLink id={u.person} name={names.name(u.person)} />{' '}
                    <span className="muted">{t('strike.lastShift', { date: date(u.lastShift) })}</span>
                  </span>
                  <Link
                    className="unchecked__log"
                    to={`${pathFor('log', { workspace })}?with=${encodeURIComponent(u.person)}`}
                  >
                    {t('strike.logWith', { name: names.name(u.person) })}
                  </Link>
                </li>
              ))}
            </ul>
            {unchecked.length > UNCHECKED_SHOWN && (
              <button type="button" onClick={() => setAllUnchecked((x) => !x)} aria-expanded={allUnchecked}>
                {allUnchecked ? t('strike.showFewer') : t('strike.showAll', { n: unchecked.length })}
              </button>
            )}
          </>
        )}
      </section>

      <section aria-labelledby={`${id}-aid`}>
        <h2 id={`${id}-aid`}>{t('aid.title')}</h2>
        <AidSummary strike={strike} />
        {aidNotice.notice}
        {aid.length === 0 ? (
          <p className="empty">{p('strike_no_aid')}</p>
        ) : (
          <div className="table-scroll" role="region" aria-labelledby={`${id}-aid-caption`} tabIndex={0}>
            <table className="data-table aid-table">
              <caption id={`${id}-aid-caption`}>{t('aid.caption', { n: aid.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('aid.on')}</th>
                  <th scope="col">{t('aid.to')}</th>
                  <th scope="col">{t('aid.by')}</th>
                  <th scope="col">{t('aid.kind')}</th>
                  <th scope="col" className="num">
                    {t('aid.amount')}
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">{t('aid.correct')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...aid]
                  .sort((x, y) =>
                    x.occurredOn < y.occurredOn ? 1 : x.occurredOn > y.occurredOn ? -1 : x.id < y.id ? -1 : 1,
                  )
                  .map((x) => (
                    <tr key={x.id}>
                      <td className="nowrap">{date(x.occurredOn)}</td>
                      <th scope="row">
                        <PersonLink id={x.givenTo} name={names.name(x.givenTo)} />
                      </th>
                      <td>{x.givenBy ? names.name(x.givenBy) : <span className="muted">{t('aid.unnamed')}</span>}</td>
                      <td>{p(`aid_${x.kind}`)}</td>
                      <td className="num">{x.amount === null ? '—' : n(x.amount)}</td>
                      <td>
                        <button
                          type="button"
                          className="link-button"
                          aria-expanded={aidChosen === x.id}
                          onClick={() => setAidChosen(aidChosen === x.id ? null : x.id)}
                        >
                          <span aria-hidden="true">{t('aid.correct')}</span>
                          <span className="visually-hidden">{t('aid.correctWhat', { what: aidWhat(x) })}</span>
                        </button>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
        {chosenAid && (
          <AidPanel
            key={chosenAid.id}
            workspace={workspace}
            aid={chosenAid}
            what={aidWhat(chosenAid)}
            name={names.name}
            onSaved={(now) => {
              setAidChosen(null);
              aidNotice.say(ed('edit.saved', { what: aidWhat(now) }));
              onChanged();
            }}
            onRemoved={() => {
              setAidChosen(null);
              aidNotice.say(ed('edit.removed', { what: aidWhat(chosenAid) }));
              onChanged();
            }}
            onClose={() => setAidChosen(null)}
          />
        )}
        <details className="disclosure">
          <summary>{t('aid.add')}</summary>
          <AidForm workspace={workspace} onSaved={onChanged} />
        </details>
      </section>
    </>
  );
}

function AidSummary({ strike }: { strike: StrikeReport | undefined }) {
  const p = useT(POWER_MESSAGES);
  const { lang } = useLang();
  if (!strike || strike.mutualAid.given === 0) return null;
  const aid = strike.mutualAid;
  const number = (x: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(x);
  return (
    <p className="aid-summary">
      {p('strike_aid', { given: aid.given, people: aid.people, givers: aid.givers })}{' '}
      {aid.byKind
        .map((k) =>
          p(k.amount > 0 ? 'strike_aid_amount' : 'strike_aid_kind', {
            kind: p(`aid_${k.kind}`),
            given: k.given,
            amount: number(k.amount),
          }),
        )
        .join(', ')}
    </p>
  );
}

export default StrikePage;

/**
 * Strike mode (CONCEPTS §6): picket lines are sun spaces, held by the bonds between strikers. Each line's
 * coverage of the strike's picket hours and its gaps (GET /analysis `strike.sites`); a picket day line by line
 * with who is on each shift, signing people up and adding shifts (POST/PATCH /picket-shifts); the mutual aid
 * ledger (GET/POST /mutual-aid); and the strikers nobody has spent time with since their last shift, each with
 * a way to log a conversation with them. The figures are as of a date (today unless chosen), so the committee
 * can look back at the strike as it stood on its last day.
 */
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { addDays } from '../../src/core/dates.js';
import { POWER_MESSAGES } from '../../src/core/model/power-messages.js';
import type { StrikeReport } from '../../src/core/model/power-report.js';
import { AID_KINDS, type AidKind } from '../../src/core/vocabulary.js';
import {
  createMutualAid,
  createPicketShift,
  listMutualAid,
  listPicketShifts,
  updatePicketShift,
  type MutualAid,
  type PicketShift,
} from '../api/power.api.js';
import { listSpaces, type Space } from '../api/records.api.js';
import { fetchAnalysis, type AnalysisView } from '../api/views.api.js';
import { Field, SelectField } from '../app/Field.js';
import { formatDate, formatNumber, formatShare, localToday } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { Link, navigate, pathFor, queryParam, useLocation } from '../app/router.js';
import { useProblemFocus, SubmitRow, useSubmission } from '../app/submission.js';
import { useWorkspace } from '../app/workspace.js';
import { DayTimeline } from '../components/power/DayTimeline.js';
import { useNames } from '../components/power/directory.js';
import { PeoplePicker, problemOf, type Picked } from '../components/power/PeoplePicker.js';
import { dayView, picketDays } from '../components/power/strike-timeline.js';
import { PersonLink } from '../components/records/PersonLink.js';
import { appMessages } from '../i18n/app-messages.js';
import { powerMessages } from '../i18n/power-messages.js';

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
                onSaved={onChanged}
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
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
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

/** Who is on a shift, and signing people up (or taking someone off) in one change. */
function ShiftPanel({
  workspace,
  shift,
  lineName,
  name,
  minPeople,
  onSaved,
  onClose,
}: {
  workspace: string;
  shift: PicketShift;
  lineName: string;
  name: (id: string) => string;
  minPeople: number;
  onSaved: () => void;
  onClose: () => void;
}) {
  const t = useT(powerMessages);
  const a = useT(appMessages);
  const { lang } = useLang();
  const id = useId();
  const [people, setPeople] = useState<Picked[]>(shift.people.map((p) => ({ id: p, name: name(p) })));
  const submission = useSubmission();
  const changed = people.map((p) => p.id).join() !== shift.people.join();
  const day = shift.startsAt.slice(0, 10);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await submission.send(
      () => updatePicketShift(workspace, shift.id, { people: people.map((p) => p.id) }),
      t('shift.saved', { n: people.length }),
    );
    if (saved) onSaved();
  };

  return (
    <section className="card shift-panel" aria-labelledby={`${id}-title`} data-shift={shift.id}>
      <h3 id={`${id}-title`}>
        {t('shift.title', {
          line: lineName,
          day: formatDate(lang, day),
          from: shift.startsAt.slice(11, 16),
          to: shift.endsAt.slice(11, 16),
        })}
      </h3>
      <p className={people.length < minPeople ? 'shift-panel__thin' : 'muted'}>
        {people.length < minPeople
          ? t('shift.thin', { n: people.length, min: minPeople })
          : t('shift.held', { n: people.length })}
      </p>
      <form className="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
        <PeoplePicker
          workspace={workspace}
          label={t('shift.signUp')}
          help={t('shift.signUpHelp')}
          chosenLabel={t('shift.onIt')}
          value={people.map((x) => ({ id: x.id, name: name(x.id) === x.id ? x.name : name(x.id) }))}
          onChange={setPeople}
          problem={problemOf(submission.problems, 'people')}
        />
        <div className="submit-row">
          <button type="submit" className="button button--primary" disabled={submission.busy || !changed}>
            {submission.busy ? a('form.working') : t('shift.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('shift.close')}
          </button>
          <p
            role="status"
            className={`form__outcome ${submission.outcome && !submission.outcome.ok ? 'form__outcome--problem' : ''}`}
          >
            {submission.outcome?.text}
          </p>
        </div>
      </form>
    </section>
  );
}

function ShiftForm({
  workspace,
  spaces,
  lines,
  day,
  onSaved,
}: {
  workspace: string;
  spaces: readonly Space[];
  lines: readonly string[];
  day: string;
  onSaved: (shift: PicketShift) => void;
}) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const sun = spaces.filter((s) => s.kind === 'sun');
  const ordered = [...lines.flatMap((l) => sun.filter((s) => s.id === l)), ...sun.filter((s) => !lines.includes(s.id))];
  const [space, setSpace] = useState(ordered[0]?.id ?? '');
  const [on, setOn] = useState(day);
  const [from, setFrom] = useState('14:00');
  const [to, setTo] = useState('18:00');
  const [people, setPeople] = useState<Picked[]>([]);
  const submission = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const saved = await submission.send(
      () =>
        createPicketShift(workspace, {
          space,
          startsAt: `${on}T${from}`,
          endsAt: `${on}T${to}`,
          people: people.map((p) => p.id),
        }),
      t('shift.added'),
    );
    if (saved) {
      setPeople([]);
      onSaved(saved);
    } else focusFirstProblem(form);
  };

  return (
    <form className="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
      <SelectField
        label={t('shift.line')}
        value={space}
        onChange={(e) => setSpace(e.target.value)}
        options={ordered.map((s) => ({ value: s.id, label: s.name }))}
        problem={submission.problems.space}
      />
      <div className="form__row form__row--three">
        <Field
          label={t('shift.on')}
          type="date"
          value={on}
          onChange={(e) => setOn(e.target.value)}
          problem={submission.problems.startsAt}
          required
        />
        <Field label={t('shift.from')} type="time" value={from} onChange={(e) => setFrom(e.target.value)} required />
        <Field
          label={t('shift.to')}
          type="time"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          problem={submission.problems.endsAt}
          required
        />
      </div>
      <PeoplePicker
        workspace={workspace}
        label={t('shift.people')}
        chosenLabel={t('shift.onIt')}
        value={people}
        onChange={setPeople}
        problem={problemOf(submission.problems, 'people')}
      />
      <SubmitRow busy={submission.busy} label={t('shift.addSave')} outcome={submission.outcome} />
    </form>
  );
}

function AidForm({ workspace, onSaved }: { workspace: string; onSaved: () => void }) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const p = useT(POWER_MESSAGES);
  const a = useT(appMessages);
  const [on, setOn] = useState(localToday());
  const [to, setTo] = useState<Picked[]>([]);
  const [by, setBy] = useState<Picked[]>([]);
  const [kind, setKind] = useState<AidKind>('food');
  const [amount, setAmount] = useState('');
  const [need, setNeed] = useState<Record<string, string>>({});
  const submission = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found: Record<string, string> = {};
    if (to.length !== 1) found.givenTo = t('aid.toNeeded');
    if (by.length > 1) found.givenBy = t('aid.oneGiver');
    if (amount.trim() !== '' && !(Number(amount) >= 0)) found.amount = t('aid.amountNeeded');
    setNeed(found);
    if (Object.keys(found).length > 0) {
      submission.setOutcome({ text: a('form.checkFields', { n: Object.keys(found).length }), ok: false });
      focusFirstProblem(form);
      return;
    }
    const saved = await submission.send(
      () =>
        createMutualAid(workspace, {
          occurredOn: on,
          givenTo: to[0]!.id,
          givenBy: by[0]?.id ?? null,
          kind,
          amount: amount.trim() === '' ? null : Number(amount),
        }),
      t('aid.saved', { name: to[0]!.name }),
    );
    if (saved) {
      setTo([]);
      setBy([]);
      setAmount('');
      onSaved();
    } else focusFirstProblem(form);
  };

  return (
    <form className="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
      <PeoplePicker
        workspace={workspace}
        label={t('aid.toLabel')}
        chosenLabel={t('aid.toChosen')}
        value={to}
        onChange={(next) => setTo(next.slice(-1))}
        problem={need.givenTo ?? submission.problems.givenTo}
      />
      <PeoplePicker
        workspace={workspace}
        label={t('aid.byLabel')}
        help={t('aid.byHelp')}
        chosenLabel={t('aid.byChosen')}
        value={by}
        onChange={(next) => setBy(next.slice(-1))}
        problem={need.givenBy ?? submission.problems.givenBy}
      />
      <div className="form__row form__row--three">
        <SelectField
          label={t('aid.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as AidKind)}
          options={AID_KINDS.map((k) => ({ value: k, label: p(`aid_${k}`) }))}
          problem={submission.problems.kind}
        />
        <Field
          label={t('aid.on')}
          type="date"
          value={on}
          max={localToday()}
          onChange={(e) => setOn(e.target.value)}
          problem={submission.problems.occurredOn}
          required
        />
        <Field
          label={t('aid.amount')}
          help={t('aid.amountHelp')}
          type="number"
          inputMode="decimal"
          min={0}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          problem={need.amount ?? submission.problems.amount}
        />
      </div>
      <SubmitRow busy={submission.busy} label={t('aid.save')} outcome={submission.outcome} />
    </form>
  );
}

export default StrikePage;

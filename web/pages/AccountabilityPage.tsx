/**
 * Accountability (CONCEPTS §4): the people at the table answer to the rank and file. Each person who sat in a
 * moon space or holds a mandate, with what is overdue in plain words (GET /analysis `power.accountability`);
 * the sessions waiting for a report-back, each with a way to record it (PATCH /moon-sessions/{id}); every
 * mandate with its vote (counts only), the sessions that took it up and their report-backs; workers drawn to
 * the table whose time with coworkers fell, and what to do. Any member may write down a session, correct or
 * remove one; leads add, correct and remove mandates and votes (AccountabilityEdits.tsx).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { addDays, daysBetween } from '../../src/core/dates.js';
import { POWER_MESSAGES } from '../../src/core/model/power-messages.js';
import type { PowerReport } from '../../src/core/model/power-report.js';
import {
  listActions,
  listMandates,
  listMoonSessions,
  listVotes,
  type ActionSummary,
  type Mandate,
  type MoonSession,
  type Vote,
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
import { MandateActions, SessionActions, VoteActions } from '../components/power/AccountabilityEdits.js';
import { MandateForm, VoteForm } from '../components/power/AccountabilityForms.js';
import { reportUnits, ReportBackForm, SessionForm } from '../components/power/SessionForms.js';
import { useNames, usePeopleDetails } from '../components/power/directory.js';
import { accountabilityWords, captureWords } from '../components/power/power-words.js';
import { useNotice } from '../components/power/RecordActions.js';
import { PersonLink } from '../components/records/PersonLink.js';
import { appMessages } from '../i18n/app-messages.js';
import { powerMessages } from '../i18n/power-messages.js';

export function AccountabilityPage() {
  const a = useT(appMessages);
  const t = useT(powerMessages);
  const { name: workspace } = useWorkspace();
  const analysis = useResource(() => fetchAnalysis(workspace), [workspace]);
  const sessions = useResource(() => listMoonSessions(workspace), [workspace]);
  const mandates = useResource(() => listMandates(workspace), [workspace]);
  const votes = useResource(() => listVotes(workspace), [workspace]);
  const spaces = useResource(() => listSpaces(workspace), [workspace]);
  const units = useResource(() => listUnits(workspace), [workspace]);
  const actions = useResource(() => listActions(workspace), [workspace]);
  const reload = () => {
    analysis.reload();
    sessions.reload();
    mandates.reload();
    votes.reload();
  };
  return (
    <Page title={a('page.accountability')} intro={t('accountability.intro')}>
      <Loaded resource={analysis}>
        {(report) => (
          <Loaded resource={sessions}>
            {(sessionList) => (
              <AccountabilityBody
                report={report}
                power={report.power}
                sessions={sessionList}
                mandates={mandates.value ?? []}
                votes={votes.value ?? []}
                spaces={spaces.value ?? []}
                units={units.value ?? []}
                actions={actions.value ?? []}
                onChanged={reload}
              />
            )}
          </Loaded>
        )}
      </Loaded>
    </Page>
  );
}

type ReportState = { kind: 'reported'; on: string } | { kind: 'overdue'; days: number } | { kind: 'due'; by: string };

/** Where a session stands: reported back (on or before the analysis date), overdue past the line, or not yet due. */
export function reportState(s: MoonSession, asOf: string, line: number): ReportState {
  if (s.reportedBackOn !== null && s.reportedBackOn <= asOf) return { kind: 'reported', on: s.reportedBackOn };
  const days = daysBetween(s.occurredOn, asOf);
  return days > line ? { kind: 'overdue', days } : { kind: 'due', by: addDays(s.occurredOn, line) };
}

function AccountabilityBody({
  report,
  power,
  sessions,
  mandates,
  votes,
  spaces,
  units,
  actions,
  onChanged,
}: {
  report: AnalysisView;
  power: PowerReport | undefined;
  sessions: readonly MoonSession[];
  mandates: readonly Mandate[];
  votes: readonly Vote[];
  spaces: readonly Space[];
  units: readonly Unit[];
  actions: readonly ActionSummary[];
  onChanged: () => void;
}) {
  const t = useT(powerMessages);
  const p = useT(POWER_MESSAGES);
  const meeting = new Map(actions.map((x) => [x.id, x.title]));
  const { lang } = useLang();
  const { name: workspace, canManage } = useWorkspace();
  const id = useId();
  const line = power?.lines.reportBackDays ?? 7;
  const asOf = report.asOf;
  const attendees = useMemo(() => [...new Set(sessions.flatMap((s) => s.attendees))], [sessions]);
  const holders = useMemo(() => [...new Set(mandates.flatMap((m) => m.holders))], [mandates]);
  const names = useNames(workspace, report.names, [...attendees, ...holders]);
  const details = usePeopleDetails(workspace, power?.accountability.map((x) => x.holder) ?? []);
  const spaceName = new Map(spaces.map((s) => [s.id, s.name]));
  const space = (sid: string) => spaceName.get(sid) ?? sid;
  const date = (iso: string) => formatDate(lang, iso);
  const n = (x: number) => formatNumber(lang, x);
  const mandateText = new Map(mandates.map((m) => [m.id, m.text]));
  const target = (x: string) => (names.name(x) !== x ? names.name(x) : unitText(x));
  const unitOptions = reportUnits(units);
  // A session reported back leaves the list it was in, and its form with it: the page says what happened,
  // and the words take the focus.
  const [notice, setNotice] = useState<{ text: string; round: number } | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const saySessions = (text: string) => setNotice((n) => ({ text, round: (n?.round ?? 0) + 1 }));
  const mandatesNotice = useNotice();
  const sessionActions = (s: MoonSession) => (
    <SessionActions
      workspace={workspace}
      session={s}
      spaces={spaces}
      mandates={mandates}
      name={names.name}
      say={saySessions}
      onChanged={onChanged}
    />
  );

  const newestFirst = [...sessions].sort((x, y) =>
    x.occurredOn < y.occurredOn ? 1 : x.occurredOn > y.occurredOn ? -1 : 0,
  );
  const states = new Map(sessions.map((s) => [s.id, reportState(s, asOf, line)]));
  const waiting = newestFirst.filter((s) => states.get(s.id)!.kind !== 'reported');
  const reported = newestFirst.filter((s) => states.get(s.id)!.kind === 'reported');
  // Each mandate's votes, the latest first (up to the analysis date, then any after it).
  const votesOn = (mandate: string) =>
    votes
      .filter((v) => v.mandate === mandate)
      .sort((x, y) => Number(x.heldOn > asOf) - Number(y.heldOn > asOf) || (x.heldOn < y.heldOn ? 1 : -1));
  const otherVotes = votes.filter((v) => v.mandate === null || !mandateText.has(v.mandate));
  const voteActions = (v: Vote) =>
    canManage && (
      <VoteActions workspace={workspace} vote={v} mandates={mandates} say={mandatesNotice.say} onChanged={onChanged} />
    );

  return (
    <>
      <section aria-labelledby={`${id}-people`}>
        <h2 id={`${id}-people`}>{t('accountability.people')}</h2>
        {!power || power.accountability.length === 0 ? (
          <p className="empty">{t('accountability.peopleNone')}</p>
        ) : (
          <ul className="holder-list">
            {power.accountability.map((x) => {
              const [main, ...rest] = accountabilityWords(x, names.name(x.holder), p, lang);
              const role = details.get(x.holder)?.role ?? null;
              const worker = details.get(x.holder)?.circle === 'sun';
              return (
                <li
                  key={x.holder}
                  className={`card holder${x.overdueReportBacks > 0 ? ' holder--overdue' : ''}`}
                  data-person={x.holder}
                  aria-labelledby={`${id}-h-${x.holder}`}
                >
                  <h3 id={`${id}-h-${x.holder}`} className="holder__name">
                    <PersonLink id={x.holder} name={names.name(x.holder)} />
                  </h3>
                  <p className="muted holder__role">{role ?? (worker ? t('tables.workerOnTeam') : '')}</p>
                  <p className={x.overdueReportBacks > 0 ? 'holder__words holder__words--overdue' : 'holder__words'}>
                    {x.overdueReportBacks > 0 && (
                      <span className="holder__flag" aria-hidden="true">
                        ⚠{' '}
                      </span>
                    )}
                    {main}
                  </p>
                  {rest.length > 0 && <p className="holder__more">{rest.join(' ')}</p>}
                  <dl className="holder__facts">
                    <div>
                      <dt>{t('accountability.sessions')}</dt>
                      <dd>{n(x.sessions)}</dd>
                    </div>
                    <div>
                      <dt>{t('accountability.reportedBack')}</dt>
                      <dd>{n(x.reportedBack)}</dd>
                    </div>
                    <div>
                      <dt>{t('accountability.overdue')}</dt>
                      <dd data-overdue={x.overdueReportBacks}>
                        {x.overdueClosedDoor > 0
                          ? t('accountability.overdueClosed', {
                              n: n(x.overdueReportBacks),
                              closed: n(x.overdueClosedDoor),
                            })
                          : n(x.overdueReportBacks)}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('accountability.lastReport')}</dt>
                      <dd>
                        {x.daysSinceReportBack === null
                          ? t('accountability.never')
                          : t('accountability.daysAgo', { n: x.daysSinceReportBack })}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('accountability.mandates')}</dt>
                      <dd>
                        {x.mandatesUnaddressed > 0
                          ? t('accountability.mandatesUnaddressed', {
                              n: n(x.mandates),
                              open: n(x.mandatesUnaddressed),
                            })
                          : n(x.mandates)}
                      </dd>
                    </div>
                  </dl>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby={`${id}-waiting`}>
        <h2 id={`${id}-waiting`}>{t('accountability.waiting')}</h2>
        <p className="muted">{t('accountability.waitingHelp', { days: line })}</p>
        <p
          role="status"
          className={notice ? 'report-back-notice success' : 'report-back-notice'}
          tabIndex={-1}
          ref={noticeRef}
        >
          {notice?.text}
        </p>
        {waiting.length === 0 ? (
          <p className="empty">{t('accountability.waitingNone')}</p>
        ) : (
          <ul className="session-list">
            {waiting.map((s) => (
              <SessionItem
                key={s.id}
                session={s}
                state={states.get(s.id)!}
                space={space(s.space)}
                name={names.name}
                target={target}
                mandateText={mandateText}
              >
                <ReportBackDisclosure
                  workspace={workspace}
                  session={s}
                  units={unitOptions}
                  title={t('reportBack.open', { date: date(s.occurredOn) })}
                  onSaved={() => {
                    setNotice((n) => ({
                      text: t('reportBack.moved', { date: date(s.occurredOn) }),
                      round: (n?.round ?? 0) + 1,
                    }));
                    onChanged();
                  }}
                />
                {sessionActions(s)}
              </SessionItem>
            ))}
          </ul>
        )}
        {reported.length > 0 && (
          <details className="disclosure reported-sessions">
            <summary>{t('accountability.reported', { n: reported.length })}</summary>
            <ul className="session-list">
              {reported.map((s) => (
                <SessionItem
                  key={s.id}
                  session={s}
                  state={states.get(s.id)!}
                  space={space(s.space)}
                  name={names.name}
                  target={target}
                  mandateText={mandateText}
                >
                  {sessionActions(s)}
                </SessionItem>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section aria-labelledby={`${id}-mandates`}>
        <h2 id={`${id}-mandates`}>{t('accountability.mandatesTitle')}</h2>
        {mandatesNotice.notice}
        {mandates.length === 0 ? (
          <p className="empty">{t('accountability.mandatesNone')}</p>
        ) : (
          <ul className="mandate-list">
            {mandates.map((m) => {
              const took = newestFirst.filter((s) => s.mandates.includes(m.id));
              const its = votesOn(m.id);
              return (
                <li key={m.id} className="card mandate" aria-labelledby={`${id}-m-${m.id}`}>
                  <h3 id={`${id}-m-${m.id}`} className="mandate__text">
                    {m.text}
                  </h3>
                  <p className="muted">
                    {m.decidedIn && meeting.has(m.decidedIn)
                      ? t('mandate.decidedAt', { date: date(m.decidedOn), meeting: meeting.get(m.decidedIn)! })
                      : t('mandate.decided', { date: date(m.decidedOn) })}{' '}
                    · {t('mandate.heldBy', { names: m.holders.map((h) => names.name(h)).join(', ') })}
                  </p>
                  {its.length === 0 ? (
                    <p className="muted">{t('mandate.noVote')}</p>
                  ) : (
                    its.map((v) => (
                      <div key={v.id} className="mandate__vote" data-vote={v.id}>
                        <VoteLine vote={v} />
                        {voteActions(v)}
                      </div>
                    ))
                  )}
                  {took.length === 0 ? (
                    <p className="mandate__untaken">
                      <span aria-hidden="true">⚠ </span>
                      {t('mandate.untaken')}
                    </p>
                  ) : (
                    <>
                      <p className="mandate__taken">{t('mandate.taken', { n: took.length })}</p>
                      <ul className="mandate__sessions">
                        {took.map((s) => {
                          const st = states.get(s.id)!;
                          return (
                            <li key={s.id}>
                              {date(s.occurredOn)}, {space(s.space)}
                              {s.closedDoor && `, ${t('session.closedDoorShort')}`}: <ReportWords state={st} />
                            </li>
                          );
                        })}
                      </ul>
                    </>
                  )}
                  {canManage && (
                    <MandateActions
                      workspace={workspace}
                      mandate={m}
                      name={names.name}
                      say={mandatesNotice.say}
                      onChanged={onChanged}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {otherVotes.length > 0 && (
          <>
            <h3>{t('accountability.otherVotes')}</h3>
            <ul className="plain-list">
              {otherVotes.map((v) => (
                <li key={v.id} data-vote={v.id}>
                  <VoteLine vote={v} />
                  {voteActions(v)}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {power && power.captureRisk.length > 0 && (
        <section aria-labelledby={`${id}-capture`}>
          <h2 id={`${id}-capture`}>{t('words.capture')}</h2>
          <ul className="plain-list capture-list">
            {power.captureRisk.map((c) => (
              <li key={c.person} className="card">
                <p>{captureWords(c, names.name(c.person), p, lang, date)}</p>
                <p>
                  <Link to={`${pathFor('log', { workspace })}?with=${encodeURIComponent(c.person)}`}>
                    {t('capture.log', { name: names.name(c.person) })}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
          <p className="notice">{p('power_capture_advice')}</p>
        </section>
      )}

      <section aria-labelledby={`${id}-add`}>
        <h2 id={`${id}-add`}>{t('accountability.add')}</h2>
        <details className="disclosure">
          <summary>{t('session.add')}</summary>
          <SessionForm workspace={workspace} spaces={spaces} mandates={mandates} onSaved={onChanged} />
        </details>
        {canManage ? (
          <>
            <details className="disclosure">
              <summary>{t('mandate.add')}</summary>
              <MandateForm workspace={workspace} onSaved={onChanged} />
            </details>
            <details className="disclosure">
              <summary>{t('vote.add')}</summary>
              <VoteForm workspace={workspace} mandates={mandates} onSaved={onChanged} />
            </details>
          </>
        ) : (
          <p className="muted">{t('accountability.leadsOnly')}</p>
        )}
      </section>
    </>
  );
}

function ReportWords({ state }: { state: ReportState }) {
  const t = useT(powerMessages);
  const { lang } = useLang();
  switch (state.kind) {
    case 'reported':
      return (
        <span className="report report--done">
          <span aria-hidden="true">✓ </span>
          {t('session.reportedOn', { date: formatDate(lang, state.on) })}
        </span>
      );
    case 'overdue':
      return (
        <span className="report report--overdue">
          <span aria-hidden="true">⚠ </span>
          {t('session.overdue', { days: state.days })}
        </span>
      );
    case 'due':
      return <span className="report report--due">{t('session.dueBy', { date: formatDate(lang, state.by) })}</span>;
  }
}

function VoteLine({ vote }: { vote: Vote }) {
  const t = useT(powerMessages);
  const { lang } = useLang();
  const n = (x: number) => formatNumber(lang, x);
  return (
    <p className="vote">
      <span className="vote__question">
        {t('vote.line', { question: vote.question, date: formatDate(lang, vote.heldOn) })}
      </span>{' '}
      <span className="vote__counts">
        {vote.abstain === null
          ? t('vote.counts', { yes: n(vote.yes), no: n(vote.no) })
          : t('vote.countsAbstain', { yes: n(vote.yes), no: n(vote.no), abstain: n(vote.abstain) })}
      </span>
    </p>
  );
}

function SessionItem({
  session,
  state,
  space,
  name,
  target,
  mandateText,
  children,
}: {
  session: MoonSession;
  state: ReportState;
  space: string;
  name: (id: string) => string;
  target: (id: string) => string;
  mandateText: ReadonlyMap<string, string>;
  children?: React.ReactNode;
}) {
  const t = useT(powerMessages);
  const { lang } = useLang();
  return (
    <li className={`card session session--${state.kind}`} data-session={session.id}>
      <p className="session__head">
        <strong>{formatDate(lang, session.occurredOn)}</strong> · {space}
        {session.closedDoor && (
          <>
            {' '}
            · <span className="session__closed">{t('session.closedDoorShort')}</span>
          </>
        )}
      </p>
      <p className="session__report">
        <ReportWords state={state} />
        {state.kind === 'reported' && session.reportedTo.length > 0 && (
          <> {t('session.reportedTo', { to: session.reportedTo.map(target).join(', ') })}</>
        )}
      </p>
      <p className="muted">{t('session.attendeesWere', { names: session.attendees.map(name).join(', ') })}</p>
      {session.mandates.length > 0 && (
        <p className="muted">
          {t('session.tookUp', { mandates: session.mandates.map((m) => mandateText.get(m) ?? m).join('; ') })}
        </p>
      )}
      {session.outcome && <p>{t('session.outcomeWas', { outcome: session.outcome })}</p>}
      {children}
    </li>
  );
}

function ReportBackDisclosure({
  workspace,
  session,
  units,
  title,
  onSaved,
}: {
  workspace: string;
  session: MoonSession;
  units: readonly { value: string; label: string }[];
  title: string;
  onSaved: () => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="report-back" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{title}</summary>
      {open && <ReportBackForm workspace={workspace} session={session} units={units} onSaved={onSaved} />}
    </details>
  );
}

export default AccountabilityPage;

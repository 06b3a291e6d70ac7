/**
 * Grievances: who shares each (the people who raised it themselves), how widely (sharers among the people it
 * affects) and how deeply (how often it comes up) it is felt, whether it is winnable (the committee's
 * judgment, changed by leads), its heat month by month, and readiness: the largest group bound by strong
 * ties among those who share it, against the supermajority line.
 */
import { useState } from 'react';
import { WINNABLE, type Winnable } from '../../src/core/vocabulary.js';
import { listGrievances, updateGrievance, type GrievanceWithRaisings } from '../api/records.api.js';
import { fetchAnalysis, fetchWallChart, type AnalysisView } from '../api/views.api.js';
import type { GrievanceReport } from '../../src/core/model/report.js';
import { formatDate, formatMonth, formatNumber, formatShare, unitText } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { useSubmission } from '../app/submission.js';
import { useWorkspace } from '../app/workspace.js';
import { MonthBars, monthCounts } from '../components/charts/MonthBars.js';
import { ReadinessBar } from '../components/charts/ReadinessBar.js';
import { PersonLink } from '../components/records/PersonLink.js';
import { appMessages } from '../i18n/app-messages.js';
import { viewsMessages } from '../i18n/views-messages.js';
import { winnableWord, wordsMessages } from '../i18n/words-messages.js';

const SHARERS_SHOWN = 12;

export function GrievancesPage() {
  const a = useT(appMessages);
  const t = useT(viewsMessages);
  const { name: workspace } = useWorkspace();
  const grievances = useResource(() => listGrievances(workspace), [workspace]);
  const analysis = useResource(() => fetchAnalysis(workspace), [workspace]);
  // The wall chart names everyone the viewer may see: the sharers' names come from it.
  const directory = useResource(() => fetchWallChart(workspace), [workspace]);
  const names: Record<string, string> = {
    ...Object.fromEntries((directory.value?.people ?? []).map((p) => [p.id, p.name])),
    ...(analysis.value?.names ?? {}),
  };

  return (
    <Page title={a('page.grievances')} intro={a('intro.grievances')}>
      <Loaded resource={grievances}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('grievances.none')}</p>
          ) : (
            <Loaded resource={analysis}>
              {(report) => <GrievanceList list={list} report={report} names={names} />}
            </Loaded>
          )
        }
      </Loaded>
    </Page>
  );
}

function GrievanceList({
  list,
  report,
  names,
}: {
  list: readonly GrievanceWithRaisings[];
  report: AnalysisView;
  names: Readonly<Record<string, string>>;
}) {
  const t = useT(viewsMessages);
  const byId = new Map(report.grievances.map((g) => [g.id, g]));
  // The hottest first: most raised in the last three months, then most shared.
  const recent = (g: GrievanceWithRaisings) =>
    monthCounts(
      g.raisings.map((r) => r.occurredOn),
      report.asOf,
      3,
    ).reduce((s, m) => s + m.count, 0);
  const sorted = [...list].sort(
    (x, y) =>
      recent(y) - recent(x) || (byId.get(y.id)?.sharedBy ?? y.raisedBy) - (byId.get(x.id)?.sharedBy ?? x.raisedBy),
  );
  return (
    <>
      <p className="muted">
        {t('grievances.count', { n: list.length })} · {t('grievances.byHeat')}
      </p>
      <ul className="grievance-list">
        {sorted.map((g) => (
          <GrievanceCard key={g.id} grievance={g} figures={byId.get(g.id) ?? null} report={report} names={names} />
        ))}
      </ul>
    </>
  );
}

function GrievanceCard({
  grievance,
  figures,
  report,
  names,
}: {
  grievance: GrievanceWithRaisings;
  figures: GrievanceReport | null;
  report: AnalysisView;
  names: Readonly<Record<string, string>>;
}) {
  const t = useT(viewsMessages);
  const w = useT(wordsMessages);
  const { lang } = useLang();
  const { name: workspace, canManage } = useWorkspace();
  const [winnable, setWinnable] = useState<Winnable>(grievance.winnable);
  const submission = useSubmission();
  const headingId = `g-${grievance.id}`;

  const sharers = [...new Set(grievance.raisings.flatMap((r) => (r.by ? [r.by] : [])))];
  const last = grievance.raisings.reduce<string | null>(
    (m, r) => (m === null || r.occurredOn > m ? r.occurredOn : m),
    null,
  );
  const months = monthCounts(
    grievance.raisings.map((r) => r.occurredOn),
    report.asOf,
  );
  const shared = figures?.sharedBy ?? sharers.length;
  const affected = figures?.affected ?? 0;

  const changeWinnable = async (value: Winnable) => {
    const before = winnable;
    setWinnable(value);
    const saved = await submission.send(
      () => updateGrievance(workspace, grievance.id, { winnable: value }),
      t('grievances.winnableSaved'),
    );
    if (!saved) setWinnable(before);
  };

  return (
    <li className="grievance card" aria-labelledby={headingId}>
      <h2 id={headingId} className="grievance__title">
        {grievance.title}
      </h2>
      <p className="muted">
        {t('grievances.unit', { unit: grievance.unit ? unitText(grievance.unit) : t('grievances.wholeWorkplace') })}
      </p>
      <div className="grievance__body">
        <div className="grievance__main">
          <dl className="grievance__facts">
            <div>
              <dt>{t('grievances.widely')}</dt>
              <dd>
                {t('grievances.widelyText', {
                  shared: formatNumber(lang, shared),
                  affected: formatNumber(lang, affected),
                  share: formatShare(lang, affected > 0 ? shared / affected : 0),
                })}
              </dd>
            </div>
            <div>
              <dt>{t('grievances.deeply')}</dt>
              <dd>
                {last
                  ? t('grievances.deeplyText', { times: grievance.raisings.length, date: formatDate(lang, last) })
                  : t('grievances.deeplyNever')}
              </dd>
            </div>
            <div>
              <dt id={`${headingId}-winnable`}>{t('grievances.winnable')}</dt>
              <dd>
                {canManage ? (
                  <>
                    <select
                      aria-labelledby={`${headingId}-winnable`}
                      aria-describedby={`${headingId}-winnable-status`}
                      value={winnable}
                      onChange={(e) => void changeWinnable(e.target.value as Winnable)}
                    >
                      {WINNABLE.map((v) => (
                        <option key={v} value={v}>
                          {w(winnableWord(v))}
                        </option>
                      ))}
                    </select>{' '}
                    <span
                      id={`${headingId}-winnable-status`}
                      role="status"
                      className={submission.outcome && !submission.outcome.ok ? 'field__problem' : 'muted'}
                    >
                      {submission.outcome?.text}
                    </span>
                  </>
                ) : (
                  w(winnableWord(winnable))
                )}
              </dd>
            </div>
          </dl>
          <div className="grievance__sharers">
            <h3>{t('grievances.sharedBy')}</h3>
            {sharers.length === 0 ? (
              <p className="muted">{t('grievances.sharedByNone')}</p>
            ) : (
              <p>
                {sharers.slice(0, SHARERS_SHOWN).map((p, i) => (
                  <span key={p}>
                    {i > 0 && ', '}
                    <PersonLink id={p} name={names[p] ?? p} />
                  </span>
                ))}
                {sharers.length > SHARERS_SHOWN && ` ${t('grievances.andMore', { n: sharers.length - SHARERS_SHOWN })}`}
              </p>
            )}
          </div>
        </div>
        <div className="grievance__side">
          <div className="grievance__heat">
            <h3>{t('grievances.heat')}</h3>
            <MonthBars
              months={months}
              label={t('grievances.heatDesc', {
                from: formatMonth(lang, months[0]?.month ?? report.asOf),
                to: formatMonth(lang, months[months.length - 1]?.month ?? report.asOf),
                values: months.map((m) => m.count).join(', '),
              })}
            />
          </div>
          {figures && (
            <div className="grievance__readiness">
              <h3>{t('grievances.readiness')}</h3>
              <ReadinessBar
                bound={figures.largestGroup}
                affected={figures.affected}
                line={report.lines.supermajority}
              />
            </div>
          )}
        </div>
      </div>
    </li>
  );
}

/**
 * One plan, relationship first (GET /plans/{id}; docs/model.md#plans): the essay's question, "Does this
 * strengthen our relationships?", answered from the plan's own figures with what to do about each flag; who
 * carries the word to whom (each person expected with the committee member or organizer who has the strongest
 * tie to them); who nobody knows yet, whose ask would go over a weak tie, who said they were uncomfortable
 * being asked; stone and sand of the people expected; and afterwards, who was reached and by whom.
 * No counts per carrier and no ranking: the word travels person to person. The plan can be corrected (its title,
 * word, action, who should hear it) or removed; the conversations it led to stay.
 */
import { useCallback, useId, useMemo, useState } from 'react';
import type { PlanPair } from '../../src/core/model/action-plan.js';
import { getPlan, listActions, removePlan, type PlanWithReport } from '../api/power.api.js';
import { listUnits } from '../api/records.api.js';
import { formatDate, formatNumber, formatShare, localToday, unitText } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { Link, navigate, pathFor } from '../app/router.js';
import { useWorkspace } from '../app/workspace.js';
import { BaseMark } from '../components/charts/marks.js';
import { StrengthBar } from '../components/people/StrengthBar.js';
import { useNames } from '../components/power/directory.js';
import { PlanForm } from '../components/power/PlanForm.js';
import { firstReachDay, ReachDisclosure } from '../components/power/ReachForm.js';
import { RecordActions, useNotice } from '../components/power/RecordActions.js';
import { PersonLink } from '../components/records/PersonLink.js';
import { appMessages } from '../i18n/app-messages.js';
import { powerEditMessages, powerMessages } from '../i18n/power-messages.js';

export function PlanPage({ id }: { id: string }) {
  const a = useT(appMessages);
  const { name: workspace } = useWorkspace();
  // Who was reached by today as the person reading sees it: the same day as the date fields' own limits.
  const plan = useResource(() => getPlan(workspace, id, localToday()), [workspace, id]);
  return (
    <Page title={plan.value?.plan.title ?? a('page.plan')}>
      <Loaded resource={plan}>{(value) => <PlanBody value={value} onChanged={plan.reload} />}</Loaded>
    </Page>
  );
}

const ANSWER_MARK = { yes: '●', partly: '◐', not_yet: '○' } as const;

function PlanBody({ value, onChanged }: { value: PlanWithReport; onChanged: () => void }) {
  const t = useT(powerMessages);
  const { lang } = useLang();
  const { name: workspace } = useWorkspace();
  const id = useId();
  const { plan, report } = value;
  const units = useResource(() => listUnits(workspace), [workspace]);
  // The people a plan expects are looked up by name for its form; the units it expects are not people.
  const unitPaths = useMemo(() => (units.value ?? []).map((u) => u.path), [units.value]);
  const expectedPeople = units.value ? plan.expected.filter((x) => !unitPaths.includes(x)) : [];
  const names = useNames(workspace, {}, [...report.carriers, ...expectedPeople]);
  const x = useT(powerEditMessages);
  const { notice, say } = useNotice();
  const what = x('what.plan', { title: plan.title });
  const actions = useResource(
    () => (plan.action ? listActions(workspace) : Promise.resolve({ ok: true as const, value: [] })),
    [workspace, plan.action],
  );
  const action = plan.action ? actions.value?.find((x) => x.id === plan.action) : undefined;
  const name = names.name;
  const n = (x: number) => formatNumber(lang, x);
  const q = report.question;
  const collator = useMemo(() => new Intl.Collator(lang), [lang]);

  // Each carrier with the people whose strongest tie is to them, carriers in name order (never by how many).
  const byCarrier = useMemo(() => {
    const groups = new Map<string, PlanPair[]>();
    for (const pair of report.pairs) {
      if (pair.by === null) continue;
      groups.set(pair.by, [...(groups.get(pair.by) ?? []), pair]);
    }
    return [...groups]
      .map(([carrier, pairs]) => ({
        carrier,
        pairs: [...pairs].sort((x, y) => collator.compare(name(x.person), name(y.person))),
      }))
      .sort((x, y) => collator.compare(name(x.carrier), name(y.carrier)));
    // names change once the directory arrives
  }, [report.pairs, collator, names.ready]);
  const pairOf = new Map(report.pairs.map((p) => [p.person, p]));
  const expectedWords =
    plan.expected.length === 0
      ? t('plans.everyone')
      : t('plan.for', { who: plan.expected.map((x) => (name(x) !== x ? name(x) : unitText(x))).join(', ') });
  // Afterwards: a reach is time spent together from the day after the plan was made.
  const canReach = localToday() >= firstReachDay(plan.createdOn);
  const carriers = useMemo(
    () => report.carriers.map((c) => ({ id: c, name: name(c) })).sort((x, y) => collator.compare(x.name, y.name)),
    // names change once the directory arrives
    [report.carriers, collator, names.ready],
  );
  // After marking someone reached, the words that say so take the focus from the form that is gone.
  const [reachedNow, setReachedNow] = useState<string | null>(null);
  const focusOnReached = useCallback((el: HTMLElement | null) => el?.focus(), []);
  const reachWords = (pair: PlanPair) =>
    pair.reachedOn
      ? t(pair.by === null || pair.reachedBy === pair.by ? 'plan.reachedByPair' : 'plan.reachedByOther', {
          date: formatDate(lang, pair.reachedOn),
          name: name(pair.reachedBy ?? ''),
        })
      : null;

  return (
    <>
      <p className="muted plan-meta">
        {t('plans.made', { date: formatDate(lang, plan.createdOn) })} · {expectedWords}
      </p>
      {notice}
      {units.value && (
        <RecordActions
          what={what}
          remove={() => removePlan(workspace, plan.id)}
          // The plans list says it was removed (PlansPage.tsx), and its notice takes the focus.
          onRemoved={() => navigate(`${pathFor('plans', { workspace })}?removed=1`, { replace: true })}
          edit={(done) => (
            <PlanForm
              record={plan}
              name={names.name}
              unitPaths={unitPaths}
              onSaved={(now) => {
                done(true);
                say(x('edit.saved', { what: x('what.plan', { title: now.title }) }));
                onChanged();
              }}
              onCancel={() => done(false)}
            />
          )}
        />
      )}
      {action && (
        <p className="plan-action">
          {t('plan.actionWas', { title: action.title, date: formatDate(lang, action.occurredOn) })}
        </p>
      )}
      {plan.message && (
        <figure className="plan-message">
          <figcaption>{t('plan.theWord')}</figcaption>
          <blockquote>{plan.message}</blockquote>
        </figure>
      )}

      <section
        className={`plan-question plan-question--${q.answer}`}
        aria-labelledby={`${id}-q`}
        data-answer={q.answer}
      >
        <h2 id={`${id}-q`}>{t('plan.question')}</h2>
        <p className="plan-question__answer">
          <span aria-hidden="true" className="plan-question__mark">
            {ANSWER_MARK[q.answer]}
          </span>{' '}
          {t(`answer.${q.answer}`)}
        </p>
        <p>
          {t('plan.strongShare', {
            strong: n(q.strongTies),
            expected: n(report.expected),
            share: formatShare(lang, q.strongShare),
          })}
        </p>
        <ul className="plan-question__advice">
          {q.advice.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>

      {report.expected === 0 ? (
        <p className="empty">{t('plan.nobodyExpected')}</p>
      ) : (
        <>
          <section aria-labelledby={`${id}-flags`}>
            <h2 id={`${id}-flags`}>{t('plan.flags')}</h2>
            {report.nobody.length === 0 && report.weakTies.length === 0 && report.uncomfortable.length === 0 ? (
              <p className="success">{t('plan.noFlags')}</p>
            ) : (
              <div className="plan-flags">
                {report.nobody.length > 0 && (
                  <FlagList
                    title={t('plan.flagNobody', { n: report.nobody.length })}
                    advice={t('plan.flagNobodyAdvice')}
                    people={report.nobody}
                    name={name}
                    kind="nobody"
                    detail={(p) => {
                      const pair = pairOf.get(p);
                      return pair ? (reachWords(pair) ?? '') : '';
                    }}
                  />
                )}
                {report.weakTies.length > 0 && (
                  <FlagList
                    title={t('plan.flagWeak', { n: report.weakTies.length })}
                    advice={t('plan.flagWeakAdvice')}
                    people={report.weakTies}
                    name={name}
                    kind="weak"
                    detail={(p) => {
                      const pair = pairOf.get(p);
                      return pair?.by ? t('plan.closest', { name: name(pair.by) }) : '';
                    }}
                  />
                )}
                {report.uncomfortable.length > 0 && (
                  <FlagList
                    title={t('plan.flagUncomfortable', { n: report.uncomfortable.length })}
                    advice={t('plan.flagUncomfortableAdvice')}
                    people={report.uncomfortable}
                    name={name}
                    kind="uncomfortable"
                  />
                )}
              </div>
            )}
          </section>

          <section aria-labelledby={`${id}-pairs`}>
            <h2 id={`${id}-pairs`}>{t('plan.pairs')}</h2>
            <p className="muted">{t('plan.pairsHelp')}</p>
            {!canReach && (
              <p className="muted plan-reach-later">
                {t('reach.later', { date: formatDate(lang, firstReachDay(plan.createdOn)) })}
              </p>
            )}
            {byCarrier.length === 0 ? (
              <p className="empty">{t('plan.noCarriers')}</p>
            ) : (
              <ul className="carrier-list">
                {byCarrier.map(({ carrier, pairs }) => (
                  <li key={carrier} className="card carrier" aria-labelledby={`${id}-c-${carrier}`}>
                    <h3 id={`${id}-c-${carrier}`} className="carrier__name">
                      {t('plan.carries', { name: name(carrier) })}
                    </h3>
                    <ul className="pair-list">
                      {pairs.map((pair) => (
                        <li key={pair.person} className="pair" data-person={pair.person}>
                          <span className="pair__who">
                            <PersonLink id={pair.person} name={name(pair.person)} />
                            {pair.uncomfortable && (
                              <span className="pair__flag">
                                {' '}
                                <span aria-hidden="true">⚠ </span>
                                {t('plan.saidUncomfortable')}
                              </span>
                            )}
                          </span>
                          <StrengthBar
                            strength={pair.strength}
                            strong={pair.strong}
                            label={pair.strong ? t('plan.strongTie') : t('plan.weakTie')}
                          />
                          <span
                            className={`pair__reach${pair.reachedOn ? ' pair__reach--done' : ''}`}
                            {...(pair.person === reachedNow && pair.reachedOn
                              ? { tabIndex: -1, ref: focusOnReached }
                              : {})}
                          >
                            {pair.reachedOn ? (
                              <>
                                <span aria-hidden="true">✓ </span>
                                {reachWords(pair)}
                              </>
                            ) : (
                              <span className="muted">{t('plan.notYet')}</span>
                            )}
                          </span>
                          {!pair.reachedOn && canReach && (
                            <ReachDisclosure
                              workspace={workspace}
                              person={pair.person}
                              personName={name(pair.person)}
                              pair={pair.by}
                              carriers={carriers}
                              createdOn={plan.createdOn}
                              onSaved={() => {
                                setReachedNow(pair.person);
                                onChanged();
                              }}
                            />
                          )}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section aria-labelledby={`${id}-stone`}>
            <h2 id={`${id}-stone`}>{t('plan.stoneSand')}</h2>
            <p>
              <span className="nowrap">
                <BaseMark base="stone" /> {t('plan.stone', { n: n(report.stoneSand.stone.length) })}
              </span>{' '}
              <span className="nowrap">
                <BaseMark base="sand" /> {t('plan.sand', { n: n(report.stoneSand.sand.length) })}
              </span>
            </p>
            <p className="muted">{t('plan.stoneSandHelp')}</p>
            {report.stoneSand.sand.length > 0 && (
              <details className="disclosure">
                <summary>{t('plan.sandWho', { n: report.stoneSand.sand.length })}</summary>
                <p>
                  {[...report.stoneSand.sand]
                    .sort((x, y) => collator.compare(name(x), name(y)))
                    .map((p, i) => (
                      <span key={p}>
                        {i > 0 && ', '}
                        <PersonLink id={p} name={name(p)} />
                      </span>
                    ))}
                </p>
              </details>
            )}
          </section>

          <section aria-labelledby={`${id}-reach`}>
            <h2 id={`${id}-reach`}>{t('plan.afterwards')}</h2>
            <dl className="facts plan-reach">
              <div>
                <dt>{t('plan.reached')}</dt>
                <dd>{t('plan.reachedCount', { n: n(report.reach.reached), of: n(report.expected) })}</dd>
              </div>
              <div>
                <dt>{t('plan.byPair')}</dt>
                <dd>{n(report.reach.byTheirPair)}</dd>
              </div>
              <div>
                <dt>{t('plan.byOthers')}</dt>
                <dd>{n(report.reach.byOthers)}</dd>
              </div>
              <div>
                <dt>{t('plan.notYetCount')}</dt>
                <dd>{n(report.reach.notYet)}</dd>
              </div>
            </dl>
            <p className="muted">{t('plan.reachHelp', { date: formatDate(lang, plan.createdOn) })}</p>
          </section>
        </>
      )}
      <p>
        <Link to={pathFor('plans', { workspace })}>{t('plan.back')}</Link>
      </p>
    </>
  );
}

function FlagList({
  title,
  advice,
  people,
  name,
  kind,
  detail,
}: {
  title: string;
  advice: string;
  people: readonly string[];
  name: (id: string) => string;
  kind: string;
  detail?: (id: string) => string;
}) {
  const id = useId();
  return (
    <div className={`card plan-flag plan-flag--${kind}`} role="group" aria-labelledby={id}>
      <h3 id={id}>
        <span aria-hidden="true">⚠ </span>
        {title}
      </h3>
      <p>{advice}</p>
      <ul className="plan-flag__people">
        {people.map((p) => (
          <li key={p}>
            <PersonLink id={p} name={name(p)} />
            {detail && detail(p) && <span className="muted"> · {detail(p)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

export default PlanPage;

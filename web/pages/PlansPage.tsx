/**
 * Planning an action, relationship first (docs/model.md#plans): the committee's plans, and a new one. A plan
 * names what the word is (an action, a message) and who should hear it (people, units, or everyone); the plan's
 * own page pairs each of them with the committee member who knows them best. Nothing is sent from here: the
 * word travels person to person.
 */
import { useEffect, useId } from 'react';
import { listPlans, type Plan } from '../api/power.api.js';
import { formatDate } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { Link, navigate, pathFor, queryParam, useLocation } from '../app/router.js';
import { useWorkspace } from '../app/workspace.js';
import { PlanForm } from '../components/power/PlanForm.js';
import { useNotice } from '../components/power/RecordActions.js';
import { appMessages } from '../i18n/app-messages.js';
import { powerEditMessages, powerMessages } from '../i18n/power-messages.js';

export function PlansPage() {
  const a = useT(appMessages);
  const t = useT(powerMessages);
  const { name: workspace } = useWorkspace();
  const plans = useResource(() => listPlans(workspace), [workspace]);
  const id = useId();
  // Arriving from a plan just removed (PlanPage.tsx): the notice says so and takes the focus, as on the pages
  // where a record is removed in place (RecordActions.tsx), once the page's heading has had it.
  const removed = queryParam(useLocation(), 'removed') !== null;
  const x = useT(powerEditMessages);
  const { notice, say } = useNotice();
  useEffect(() => {
    if (removed) say(x('plan.removedGo'));
  }, [removed, say, x]);
  return (
    <Page title={a('page.plans')} intro={t('plans.intro')}>
      {removed && notice}
      <p className="plan-question plan-question--intro">
        <strong>{t('plan.question')}</strong> {t('plans.questionIntro')}
      </p>
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('plans.list')}</h2>
        <Loaded resource={plans}>{(list) => <PlanList plans={list} />}</Loaded>
      </section>
      <section aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{t('plans.new')}</h2>
        <PlanFormOnPage />
      </section>
    </Page>
  );
}

function PlanList({ plans }: { plans: readonly Plan[] }) {
  const t = useT(powerMessages);
  const { lang } = useLang();
  const { name: workspace } = useWorkspace();
  if (plans.length === 0) return <p className="empty">{t('plans.none')}</p>;
  const newest = [...plans].sort((a, b) =>
    a.createdOn < b.createdOn ? 1 : a.createdOn > b.createdOn ? -1 : a.id < b.id ? -1 : 1,
  );
  return (
    <ul className="link-list plan-list">
      {newest.map((p) => (
        <li key={p.id}>
          <Link className="link-list__main" to={pathFor('plan', { workspace, id: p.id })}>
            {p.title}
          </Link>{' '}
          <span className="muted">
            {t('plans.made', { date: formatDate(lang, p.createdOn) })} ·{' '}
            {p.expected.length === 0 ? t('plans.everyone') : t('plans.expectedCount', { n: p.expected.length })}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A new plan: once made, its own page opens with the pairing. */
function PlanFormOnPage() {
  const { name: workspace } = useWorkspace();
  return <PlanForm onSaved={(made) => navigate(pathFor('plan', { workspace, id: made.id }))} />;
}

export default PlansPage;

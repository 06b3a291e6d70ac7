/**
 * Today: the relationships that need care (signals about my own asks first, then ties fading and newcomers
 * nobody has welcomed, each with the model's plain advice), the latest conversations, and one obvious way to
 * log the next one.
 */
import { useState } from 'react';
import type { CareSignal } from '../../src/core/model/care-signals.js';
import { fetchToday, type TodayView } from '../api/views.api.js';
import { useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { useMePerson } from '../app/me-person.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { Link, pathFor } from '../app/router.js';
import { useMe } from '../app/session.js';
import { useWorkspace } from '../app/workspace.js';
import { CareSignalList } from '../components/records/CareSignalList.js';
import { ConversationList } from '../components/records/ConversationList.js';
import { appMessages } from '../i18n/app-messages.js';
import { todayMessages } from '../i18n/today-messages.js';

const SHOWN = 3;

const keyOf = (s: CareSignal) => `${s.kind}|${s.person}|${s.by ?? ''}`;

function dedupe(signals: readonly CareSignal[]): CareSignal[] {
  const seen = new Set<string>();
  return signals.filter((s) => {
    const k = keyOf(s);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The view's lists as care signals, each once, in the order they should be read. */
export function careSections(view: TodayView, me: string | null) {
  const fading = dedupe([
    ...view.careSignals.filter((s) => s.kind === 'fading_tie'),
    ...view.fadingTies.map((f): CareSignal => ({
      kind: 'fading_tie',
      person: f.b,
      by: f.a,
      since: f.since,
      advice: '',
    })),
  ]);
  const newcomers = dedupe([
    ...view.careSignals.filter((s) => s.kind === 'newcomer_unwelcomed'),
    ...view.newcomers.map((n): CareSignal => ({
      kind: 'newcomer_unwelcomed',
      person: n.person,
      by: null,
      since: n.since,
      advice: '',
    })),
  ]);
  const rest = view.careSignals.filter((s) => s.kind !== 'fading_tie' && s.kind !== 'newcomer_unwelcomed');
  const mine = me ? rest.filter((s) => s.by === me) : [];
  const others = me ? rest.filter((s) => s.by !== me) : rest;
  return { mine, others, fading, newcomers };
}

export function TodayPage() {
  const t = useT(todayMessages);
  const a = useT(appMessages);
  const { name: workspace } = useWorkspace();
  const account = useMe();
  const [me] = useMePerson(account?.user.username ?? null, workspace);
  const today = useResource(() => fetchToday(workspace, me?.id), [workspace, me?.id]);

  return (
    <Page title={a('page.today')} intro={a('intro.today')}>
      <p className="primary-action">
        <Link to={pathFor('log', { workspace })} className="button button--primary button--large">
          <PlusIcon /> {a('action.logConversation')}
        </Link>
      </p>
      <Loaded resource={today}>
        {(view) => {
          const { mine, others, fading, newcomers } = careSections(view, me?.id ?? null);
          const none = mine.length + others.length + fading.length + newcomers.length === 0;
          return (
            <div className="today-grid">
              <section aria-labelledby="today-care" className="today-grid__care">
                <h2 id="today-care">{t('today.care')}</h2>
                {none && <p className="empty">{t('today.careNone')}</p>}
                {mine.length > 0 && (
                  <CareGroup id="today-mine" title={t('today.mine')} signals={mine} names={view.names} />
                )}
                {!me && others.length > 0 && <p className="muted">{t('today.whoAmI')}</p>}
                {others.length > 0 && (
                  <CareGroup id="today-others" title={t('today.others')} signals={others} names={view.names} />
                )}
                {fading.length > 0 && (
                  <CareGroup
                    id="today-fading"
                    title={t('today.fading')}
                    signals={fading}
                    names={view.names}
                    showKind={false}
                  />
                )}
                {newcomers.length > 0 && (
                  <CareGroup
                    id="today-newcomers"
                    title={t('today.newcomers')}
                    signals={newcomers}
                    names={view.names}
                    showKind={false}
                  />
                )}
              </section>
              <section aria-labelledby="today-recent" className="today-grid__recent">
                <h2 id="today-recent">{t('today.recent')}</h2>
                <ConversationList conversations={view.recent} names={view.names} />
              </section>
            </div>
          );
        }}
      </Loaded>
    </Page>
  );
}

function CareGroup({
  id,
  title,
  signals,
  names,
  showKind = true,
}: {
  id: string;
  title: string;
  signals: readonly CareSignal[];
  names: Readonly<Record<string, string>>;
  showKind?: boolean;
}) {
  const t = useT(todayMessages);
  const [all, setAll] = useState(false);
  const shown = all ? signals : signals.slice(0, SHOWN);
  return (
    <section className="care-group" aria-labelledby={id}>
      <h3 id={id}>
        {title} <span className="count">{signals.length}</span>
      </h3>
      <CareSignalList signals={shown} names={names} headingLevel={4} showKind={showKind} />
      {signals.length > SHOWN && (
        <button type="button" className="link-button" aria-expanded={all} onClick={() => setAll((v) => !v)}>
          {all ? t('today.showFewer') : t('today.showAll', { n: signals.length })}
        </button>
      )}
    </section>
  );
}

function PlusIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <path d="M9 3v12M3 9h12" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />
    </svg>
  );
}

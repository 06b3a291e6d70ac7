/**
 * A person as a whole person: their unit and role, their stance in their own words, every relationship with
 * its strength and sides, the care signals about them, their history, the grievances they raised, and the
 * asks made of them with how they felt. Their details can be changed, and they can be marked as having left
 * (nothing is deleted).
 */
import { useState } from 'react';
import { getPerson, type PersonDetail } from '../api/people.api.js';
import { fetchFigures, type FiguresView } from '../api/views.api.js';
import type { TieSide } from '../../src/core/vocabulary.js';
import { formatDate, unitText } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { Link, pathFor } from '../app/router.js';
import { useWorkspace } from '../app/workspace.js';
import { StanceMark } from '../components/charts/marks.js';
import { EditPerson, LeftControl } from '../components/people/PersonForms.js';
import { StrengthBar } from '../components/people/StrengthBar.js';
import { AskItem } from '../components/records/AskItem.js';
import { CareSignalList } from '../components/records/CareSignalList.js';
import { ConversationList } from '../components/records/ConversationList.js';
import { PersonLink } from '../components/records/PersonLink.js';
import { appMessages } from '../i18n/app-messages.js';
import { personMessages } from '../i18n/person-messages.js';
import { recordsMessages } from '../i18n/records-messages.js';
import { circleWord, sideWord, stanceWord, wordsMessages } from '../i18n/words-messages.js';
import { TIE_SIDES } from '../../src/core/vocabulary.js';

export interface Relationship {
  other: string;
  strength: number | null;
  strong: boolean;
  lastContact: string | null;
  sides: TieSide[];
}

/**
 * Every relationship of the person: the model's strength of each tie, with the sides observed of it and
 * touched in their conversations together. Ties only observed (no strength yet) come last.
 */
export function relationshipsOf(id: string, detail: PersonDetail, figures: FiguresView | null): Relationship[] {
  const sides = new Map<string, Set<TieSide>>();
  const addSides = (other: string, list: readonly TieSide[]) => {
    const set = sides.get(other) ?? new Set<TieSide>();
    for (const s of list) set.add(s);
    sides.set(other, set);
  };
  for (const tie of detail.ties) addSides(tie.a === id ? tie.b : tie.a, tie.sides);
  for (const c of detail.history) for (const p of c.participants) if (p !== id) addSides(p, c.sides);
  const ordered = (other: string) => TIE_SIDES.filter((s) => sides.get(other)?.has(s));

  const out: Relationship[] = (figures?.ties ?? []).map((tie) => ({
    other: tie.other,
    strength: tie.strength,
    strong: tie.strong,
    lastContact: tie.lastContact,
    sides: ordered(tie.other),
  }));
  const measured = new Set(out.map((r) => r.other));
  for (const tie of detail.ties) {
    const other = tie.a === id ? tie.b : tie.a;
    if (measured.has(other)) continue;
    measured.add(other);
    out.push({ other, strength: figures ? 0 : null, strong: false, lastContact: null, sides: ordered(other) });
  }
  return out;
}

/** Each grievance the person raised once, with how often and when last. */
function raisedByGrievance(raised: PersonDetail['raised']) {
  const by = new Map<string, { grievance: string; title: string; times: number; last: string }>();
  for (const r of raised) {
    const g = by.get(r.grievance);
    if (!g) by.set(r.grievance, { grievance: r.grievance, title: r.title, times: 1, last: r.occurredOn });
    else {
      g.times++;
      if (r.occurredOn > g.last) g.last = r.occurredOn;
    }
  }
  return [...by.values()].sort((x, y) => (x.last < y.last ? 1 : -1));
}

const HISTORY_SHOWN = 10;
const TIES_SHOWN = 12;

export function PersonPage({ id }: { id: string }) {
  const a = useT(appMessages);
  const { name: workspace } = useWorkspace();
  const detail = useResource(() => getPerson(workspace, id), [workspace, id]);
  const figures = useResource(() => fetchFigures(workspace, id), [workspace, id]);
  const reload = () => {
    detail.reload();
    figures.reload();
  };
  return (
    <Page title={detail.value?.person.name ?? a('page.person')}>
      <Loaded resource={detail}>
        {(d) => (
          <PersonView
            id={id}
            detail={d}
            figures={figures.value ?? null}
            figuresFailed={figures.status === 'done' && !figures.result.ok}
            onChanged={reload}
          />
        )}
      </Loaded>
    </Page>
  );
}

function PersonView({
  id,
  detail,
  figures,
  figuresFailed,
  onChanged,
}: {
  id: string;
  detail: PersonDetail;
  figures: FiguresView | null;
  figuresFailed: boolean;
  onChanged: () => void;
}) {
  const t = useT(personMessages);
  const r = useT(recordsMessages);
  const w = useT(wordsMessages);
  const { lang } = useLang();
  const { name: workspace } = useWorkspace();
  const [editing, setEditing] = useState(false);
  const [allHistory, setAllHistory] = useState(false);
  const [allTies, setAllTies] = useState(false);
  const { person } = detail;
  const names = { ...detail.names, ...(figures?.names ?? {}) };
  const name = (p: string) => names[p] ?? p;
  const relationships = relationshipsOf(id, detail, figures);
  const strong = relationships.filter((x) => x.strong).length;
  const asksOfThem = detail.asks.filter((ask) => ask.to === id);
  const raised = raisedByGrievance(detail.raised);
  const dateOfAsk = (ask: PersonDetail['asks'][number]) =>
    ask.occurredOn ?? detail.history.find((c) => c.id === ask.interaction)?.occurredOn ?? null;

  return (
    <>
      {person.leftOn && (
        <p className="notice notice--left" role="note">
          {t('person.leftOn', { date: formatDate(lang, person.leftOn) })}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('person.unit')}</dt>
          <dd>{person.unit ? unitText(person.unit) : t('person.noUnit')}</dd>
        </div>
        {person.role && (
          <div>
            <dt>{t('person.role')}</dt>
            <dd>{person.role}</dd>
          </div>
        )}
        {person.circle !== 'sun' && (
          <div>
            <dt>{t('person.circle')}</dt>
            <dd>{w(circleWord(person.circle))}</dd>
          </div>
        )}
        <div>
          <dt>{t('person.stance')}</dt>
          <dd className={`stance--${person.stance}`}>
            <StanceMark stance={person.stance} /> <span className="facts__ink">{w(stanceWord(person.stance))}</span>
          </dd>
        </div>
        {person.startedOn && (
          <div>
            <dt>{t('person.started')}</dt>
            <dd>{formatDate(lang, person.startedOn)}</dd>
          </div>
        )}
        {person.contact && (
          <div>
            <dt>{t('person.contact')}</dt>
            <dd>{person.contact}</dd>
          </div>
        )}
      </dl>

      <div className="button-row">
        <Link className="button button--primary" to={`${pathFor('log', { workspace })}?with=${encodeURIComponent(id)}`}>
          {t('person.logWith')}
        </Link>
        <button type="button" aria-expanded={editing} onClick={() => setEditing((e) => !e)}>
          {t('person.edit')}
        </button>
      </div>
      {editing && (
        <EditPerson
          workspace={workspace}
          person={person}
          onDone={(changed) => {
            setEditing(false);
            if (changed) onChanged();
          }}
        />
      )}

      <section aria-labelledby="person-relationships">
        <h2 id="person-relationships">{t('person.relationships')}</h2>
        {figuresFailed && <p className="muted">{t('person.figuresUnavailable')}</p>}
        {relationships.length === 0 ? (
          <p className="empty">{t('person.relationshipsNone')}</p>
        ) : (
          <>
            {figures && <p className="muted">{t('person.relationshipsCount', { n: relationships.length, strong })}</p>}
            <ul className="ties">
              {(allTies ? relationships : relationships.slice(0, TIES_SHOWN)).map((rel) => (
                <li key={rel.other} className="tie">
                  <PersonLink id={rel.other} name={name(rel.other)} className="tie__name" />
                  {rel.strength !== null && (
                    <StrengthBar
                      strength={rel.strength}
                      strong={rel.strong}
                      label={rel.strong ? r('tie.strong') : r('tie.weak')}
                    />
                  )}
                  <span className="tie__more muted">
                    {rel.sides.length > 0 && r('tie.sides', { sides: rel.sides.map((s) => w(sideWord(s))).join(', ') })}
                    {rel.sides.length > 0 && rel.lastContact && ' · '}
                    {rel.lastContact && r('tie.lastContact', { date: formatDate(lang, rel.lastContact) })}
                  </span>
                </li>
              ))}
            </ul>
            {relationships.length > TIES_SHOWN && (
              <button
                type="button"
                className="link-button show-more"
                aria-expanded={allTies}
                onClick={() => setAllTies((v) => !v)}
              >
                {allTies ? t('person.historyFewer') : t('person.historyAll', { n: relationships.length })}
              </button>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="person-care">
        <h2 id="person-care">{t('person.care')}</h2>
        {figures && figures.careSignals.length > 0 ? (
          <CareSignalList signals={figures.careSignals} names={names} />
        ) : (
          <p className="empty">{t('person.careNone')}</p>
        )}
      </section>

      <section aria-labelledby="person-history">
        <h2 id="person-history">{t('person.history')}</h2>
        <ConversationList
          conversations={allHistory ? detail.history : detail.history.slice(0, HISTORY_SHOWN)}
          names={names}
          about={id}
        />
        {detail.history.length > HISTORY_SHOWN && (
          <button
            type="button"
            className="link-button show-more"
            aria-expanded={allHistory}
            onClick={() => setAllHistory((v) => !v)}
          >
            {allHistory ? t('person.historyFewer') : t('person.historyAll', { n: detail.history.length })}
          </button>
        )}
      </section>

      <section aria-labelledby="person-raised">
        <h2 id="person-raised">{t('person.raised')}</h2>
        {raised.length === 0 ? (
          <p className="empty">{t('person.raisedNone')}</p>
        ) : (
          <ul className="plain-list">
            {raised.map((g) => (
              <li key={g.grievance}>
                <Link to={`${pathFor('grievances', { workspace })}#g-${encodeURIComponent(g.grievance)}`}>
                  {g.title}
                </Link>{' '}
                <span className="muted">{t('person.raisedTimes', { n: g.times, date: formatDate(lang, g.last) })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="person-asks">
        <h2 id="person-asks">{t('person.asks')}</h2>
        {asksOfThem.length === 0 ? (
          <p className="empty">{t('person.asksNone')}</p>
        ) : (
          <ul className="ask-list">
            {asksOfThem.map((ask) => (
              <AskItem key={ask.id} ask={ask} date={dateOfAsk(ask)} byName={name(ask.by)} />
            ))}
          </ul>
        )}
      </section>

      <LeftControl workspace={workspace} person={person} onChanged={onChanged} />
    </>
  );
}

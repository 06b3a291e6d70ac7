/**
 * Everyone in the workspace the viewer may see: search by name as you type, show or hide people who left,
 * a page at a time; and a short form to add someone.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { STANCES, type Stance } from '../../src/core/vocabulary.js';
import { addPerson, findPeople, type PersonRecord } from '../api/people.api.js';
import { listUnits } from '../api/records.api.js';
import { Field, SelectField } from '../app/Field.js';
import { formatDate, unitText } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Problem } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { SubmitRow, useSubmission } from '../app/submission.js';
import { useWorkspace } from '../app/workspace.js';
import { PersonLink } from '../components/records/PersonLink.js';
import { appMessages } from '../i18n/app-messages.js';
import { personMessages } from '../i18n/person-messages.js';
import { stanceWord, wordsMessages } from '../i18n/words-messages.js';

const PAGE = 50;

export function PeoplePage() {
  const t = useT(personMessages);
  const a = useT(appMessages);
  const w = useT(wordsMessages);
  const { lang } = useLang();
  const { name: workspace } = useWorkspace();
  const id = useId();
  const [query, setQuery] = useState('');
  const [typed, setTyped] = useState('');
  const [includeLeft, setIncludeLeft] = useState(false);

  // Wait for a pause in typing before asking.
  useEffect(() => {
    const timer = window.setTimeout(() => setQuery(typed.trim()), 150);
    return () => window.clearTimeout(timer);
  }, [typed]);

  const first = useResource(
    () => findPeople(workspace, { q: query, includeLeft, limit: PAGE }),
    [workspace, query, includeLeft],
  );
  const [more, setMore] = useState<PersonRecord[]>([]);
  const [next, setNext] = useState<string | null>(null);
  useEffect(() => {
    setMore([]);
    setNext(first.value?.next ?? null);
  }, [first.value]);

  const loadMore = async () => {
    if (!next) return;
    const result = await findPeople(workspace, { includeLeft, after: next, limit: PAGE });
    if (!result.ok) return;
    setMore((m) => [...m, ...result.value.people]);
    setNext(result.value.next);
  };

  const people = [...(first.value?.people ?? []), ...more];

  return (
    <Page title={a('page.people')} intro={a('intro.people')}>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('people.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            autoComplete="off"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <label className="choice">
          <input type="checkbox" checked={includeLeft} onChange={(e) => setIncludeLeft(e.target.checked)} />
          {t('people.showLeft')}
        </label>
      </div>
      <p className="muted" role="status">
        {first.status === 'loading' ? a('state.loading') : t('people.count', { n: people.length })}
      </p>
      {first.status === 'done' && !first.result.ok && <Problem result={first.result} onRetry={first.reload} />}
      {first.value && people.length === 0 && (
        <p className="empty">{query === '' ? t('people.noneYet') : t('people.none')}</p>
      )}
      {people.length > 0 && (
        <ul className="people-list">
          {people.map((p) => (
            <li
              key={p.id}
              className={p.leftOn ? 'people-list__person people-list__person--left' : 'people-list__person'}
            >
              <PersonLink id={p.id} name={p.name} className="people-list__name" />
              <span className="muted">
                {p.unit ? unitText(p.unit) : (p.role ?? t('person.noUnit'))}
                {' · '}
                <span className={`stance--${p.stance}`}>{w(stanceWord(p.stance))}</span>
                {p.leftOn && ` · ${t('people.left', { date: formatDate(lang, p.leftOn) })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {next && query === '' && (
        <button type="button" onClick={() => void loadMore()}>
          {a('action.showMore')}
        </button>
      )}
      <AddPerson workspace={workspace} onAdded={first.reload} />
    </Page>
  );
}

function AddPerson({ workspace, onAdded }: { workspace: string; onAdded: () => void }) {
  const t = useT(personMessages);
  const a = useT(appMessages);
  const w = useT(wordsMessages);
  const units = useResource(() => listUnits(workspace), [workspace]);
  const [name, setName] = useState('');
  const [unit, setUnit] = useState('');
  const [role, setRole] = useState('');
  const [stance, setStance] = useState<Stance>('unknown');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const submission = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') return setNameProblem(a('form.required'));
    setNameProblem(null);
    const made = await submission.send(
      () => addPerson(workspace, { name: name.trim(), unit: unit || null, role: role.trim() || null, stance }),
      (p) => t('people.added', { name: p.name }),
    );
    if (made) {
      setName('');
      setRole('');
      onAdded();
    }
  };

  return (
    <details className="disclosure">
      <summary>{t('people.add')}</summary>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('person.name')}
          help={t('person.nameHelp')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          problem={nameProblem ?? submission.problems.name}
          required
        />
        <SelectField
          label={t('person.unit')}
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
          options={[
            { value: '', label: t('person.noUnit') },
            ...(units.value ?? []).map((u) => ({ value: u.path, label: unitText(u.path) })),
          ]}
          problem={submission.problems.unit}
        />
        <Field
          label={t('person.role')}
          value={role}
          onChange={(e) => setRole(e.target.value)}
          problem={submission.problems.role}
        />
        <SelectField
          label={t('person.stance')}
          value={stance}
          onChange={(e) => setStance(e.target.value as Stance)}
          options={STANCES.map((s) => ({ value: s, label: w(stanceWord(s)) }))}
        />
        <SubmitRow busy={submission.busy} label={t('people.add')} outcome={submission.outcome} />
      </form>
    </details>
  );
}

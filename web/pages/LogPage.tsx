/**
 * Log a conversation: who (search as you type, several), when (today unless changed), where, what kind,
 * the sides it touched (one tap each), grievances raised and by whom (existing or new), asks made and how
 * they went, and private notes. A simple log is a name, then Save. Everything is sent at once and written
 * all together or not at all; the server's problems show next to their fields.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { INTERACTION_KINDS, SIDES, type Side } from '../../src/core/vocabulary.js';
import { addPerson, getPerson } from '../api/people.api.js';
import { listGrievances, listSpaces, listUnits, logConversation, type ConversationDetail } from '../api/records.api.js';
import { SelectField, TextAreaField, Field } from '../app/Field.js';
import { formatDate, localToday, unitText } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { useMePerson } from '../app/me-person.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { queryParam, useLocation } from '../app/router.js';
import { useMe } from '../app/session.js';
import { useProblemFocus, SubmitRow, useSubmission } from '../app/submission.js';
import { useWorkspace } from '../app/workspace.js';
import { AskRows } from '../components/forms/AskRows.js';
import { GrievanceRows } from '../components/forms/GrievanceRows.js';
import {
  buildConversation,
  checkForm,
  formProblems,
  participantsOf,
  type Chosen,
  type FormProblems,
  type LogForm,
} from '../components/forms/log-form.js';
import { PersonSearch } from '../components/forms/PersonSearch.js';
import { ToggleGroup } from '../components/forms/ToggleGroup.js';
import { PersonLink } from '../components/records/PersonLink.js';
import { appMessages } from '../i18n/app-messages.js';
import { formsMessages } from '../i18n/forms-messages.js';
import { kindWord, sideWord, wordsMessages } from '../i18n/words-messages.js';

function emptyForm(me: Chosen | null): LogForm {
  return {
    me,
    others: [],
    occurredOn: localToday(),
    kind: 'chat',
    space: '',
    initiatedBy: '',
    sides: [],
    grievances: [],
    asks: [],
    notes: '',
  };
}

export function LogPage() {
  const focusFirstProblem = useProblemFocus();
  const t = useT(formsMessages);
  const a = useT(appMessages);
  const w = useT(wordsMessages);
  const { lang } = useLang();
  const { name: workspace } = useWorkspace();
  const account = useMe();
  const location = useLocation();
  const [me, setMe] = useMePerson(account?.user.username ?? null, workspace);
  const [form, setForm] = useState<LogForm>(() => emptyForm(me));
  const [problems, setProblems] = useState<FormProblems>({});
  const [saved, setSaved] = useState<ConversationDetail | null>(null);
  const nextKey = useRef(1);
  /** How the last sent conversation's field paths map onto the rows, to place the server's problems. */
  const sentPaths = useRef<Record<string, string>>({});
  const submission = useSubmission();

  const spaces = useResource(() => listSpaces(workspace), [workspace]);
  const grievances = useResource(() => listGrievances(workspace), [workspace]);
  const units = useResource(() => listUnits(workspace), [workspace]);

  // "Log a conversation with them" from a person's page: that person is already chosen.
  const withId = queryParam(location, 'with');
  useEffect(() => {
    if (!withId) return;
    let live = true;
    void getPerson(workspace, withId).then((result) => {
      if (!live || !result.ok) return;
      const p = result.value.person;
      setForm((f) =>
        f.others.some((o) => o.id === p.id) ? f : { ...f, others: [...f.others, { id: p.id, name: p.name }] },
      );
    });
    return () => {
      live = false;
    };
  }, [workspace, withId]);

  const update = (change: Partial<LogForm>) => setForm((f) => ({ ...f, ...change }));
  const participants = participantsOf(form);
  const key = () => nextKey.current++;

  const chooseMe = (person: Chosen | null) => {
    setMe(person);
    setForm((f) => ({ ...f, me: person, others: person ? f.others.filter((o) => o.id !== person.id) : f.others }));
  };

  const createPerson = async (name: string) => {
    const made = await addPerson(workspace, { name });
    if (made.ok) return made.value;
    return made.kind === 'unreachable' ? a('form.unreachable') : made.message;
  };

  const toggleSide = (side: Side) =>
    setForm((f) => ({
      ...f,
      sides: f.sides.includes(side)
        ? f.sides.filter((s) => s !== side)
        : SIDES.filter((s) => s === side || f.sides.includes(s)),
    }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    setSaved(null);
    const found = checkForm(form, {
      whoNeeded: t('log.whoNeeded'),
      whoNeededTwo: t('log.whoNeededTwo'),
      titleNeeded: t('log.titleNeeded'),
      grievanceNeeded: t('log.grievanceNeeded'),
      askWhatNeeded: t('log.askWhatNeeded'),
      askPeopleNeeded: t('log.askPeopleNeeded'),
    });
    setProblems(found);
    if (Object.keys(found).length > 0) {
      submission.setOutcome({ text: a('form.checkFields', { n: Object.keys(found).length }), ok: false });
      focusFirstProblem(formElement);
      return;
    }
    const { input, paths } = buildConversation(form);
    sentPaths.current = paths;
    const names = participants.filter((p) => p.id !== me?.id).map((p) => p.name);
    const logged = await submission.send(
      () => logConversation(workspace, input),
      t('log.saved', {
        kind: w(kindWord(form.kind)),
        names: names.join(', '),
        date: formatDate(lang, form.occurredOn),
      }),
    );
    if (!logged) focusFirstProblem(formElement);
    if (logged) {
      setSaved(logged);
      setForm(emptyForm(me));
      // A new grievance is now an existing one.
      if (input.newGrievances && input.newGrievances.length > 0) grievances.reload();
    }
  };

  // The server's problems, once they arrive, are shown next to their rows.
  const shown: FormProblems = { ...formProblems(submission.problems, sentPaths.current), ...problems };

  const participantOptions = participants.map((p) => ({ value: p.id, label: p.name }));

  return (
    <Page title={a('page.log')} intro={a('intro.log')}>
      <form className="form form--wide log-form" onSubmit={(e) => void submit(e)} noValidate>
        {me ? (
          <p className="log-form__me">
            <span className="muted">{t('log.me')}:</span> <strong>{me.name}</strong>{' '}
            <button type="button" className="link-button" onClick={() => chooseMe(null)}>
              {t('log.meChange')}
            </button>
          </p>
        ) : (
          <PersonSearch
            workspace={workspace}
            label={t('log.meSearch')}
            help={t('log.meHelp')}
            onPick={(p) => chooseMe({ id: p.id, name: p.name })}
          />
        )}

        <div className="who">
          <PersonSearch
            workspace={workspace}
            label={t('log.who')}
            help={t('log.whoHelp')}
            problem={shown.who}
            exclude={participants.map((p) => p.id)}
            onPick={(p) => {
              update({ others: [...form.others, { id: p.id, name: p.name }] });
              setProblems(({ who: _, ...rest }) => rest);
            }}
            onCreate={createPerson}
          />
          {form.others.length > 0 && (
            <ul className="chips" aria-label={t('log.chosen')}>
              {form.others.map((p) => (
                <li key={p.id} className="chip">
                  <span>{p.name}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={t('log.removePerson', { name: p.name })}
                    onClick={() =>
                      update({
                        others: form.others.filter((o) => o.id !== p.id),
                        initiatedBy: form.initiatedBy === p.id ? '' : form.initiatedBy,
                      })
                    }
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>

        <div className="form__row">
          <Field
            label={t('log.when')}
            type="date"
            value={form.occurredOn}
            max={localToday()}
            onChange={(e) => update({ occurredOn: e.target.value })}
            problem={shown.occurredOn}
            required
          />
          <SelectField
            label={t('log.kind')}
            value={form.kind}
            onChange={(e) => update({ kind: e.target.value as LogForm['kind'] })}
            options={INTERACTION_KINDS.map((k) => ({ value: k, label: w(kindWord(k)) }))}
            problem={shown.kind}
          />
        </div>
        <div className="form__row">
          <SelectField
            label={t('log.where')}
            value={form.space}
            onChange={(e) => update({ space: e.target.value })}
            options={[
              { value: '', label: t('log.whereNone') },
              ...(spaces.value ?? []).map((s) => ({ value: s.id, label: s.name })),
            ]}
            problem={shown.space}
          />
          <SelectField
            label={t('log.startedBy')}
            value={form.initiatedBy}
            onChange={(e) => update({ initiatedBy: e.target.value })}
            options={[{ value: '', label: t('log.startedByNone') }, ...participantOptions]}
            problem={shown.initiatedBy}
          />
        </div>

        <ToggleGroup
          legend={t('log.sides')}
          help={t('log.sidesHelp')}
          options={SIDES.map((s) => ({ value: s, label: w(sideWord(s)) }))}
          selected={form.sides}
          onToggle={toggleSide}
        />

        <GrievanceRows
          rows={form.grievances}
          onChange={(rows) => update({ grievances: rows })}
          newKey={key}
          grievances={grievances.value ?? []}
          units={(units.value ?? []).map((u) => ({ value: u.path, label: unitText(u.path) }))}
          participants={participantOptions}
          problems={shown}
        />

        <AskRows
          rows={form.asks}
          onChange={(rows) => update({ asks: rows })}
          newKey={key}
          participants={participantOptions}
          defaultBy={me?.id ?? ''}
          problems={shown}
        />

        <TextAreaField
          label={t('log.notes')}
          help={t('log.notesHelp')}
          rows={4}
          value={form.notes}
          onChange={(e) => update({ notes: e.target.value })}
          problem={shown.notes}
        />

        <SubmitRow
          busy={submission.busy}
          label={t('log.save')}
          outcome={submission.outcome && !submission.outcome.ok ? submission.outcome : null}
        />
        <div role="status" className="log-form__saved">
          {saved && submission.outcome?.ok && (
            <p className="success">
              {submission.outcome.text} <span className="nowrap">{t('log.savedOpen')}</span>{' '}
              {saved.conversation.participants
                .filter((p) => p !== me?.id)
                .map((p, i) => (
                  <span key={p}>
                    {i > 0 && ', '}
                    <PersonLink id={p} name={saved.names[p] ?? p} />
                  </span>
                ))}
            </p>
          )}
        </div>
      </form>
    </Page>
  );
}

/**
 * One ask, as it went: what, who asked and when, the answer, how comfortable the person was, whether they
 * wanted the step themselves, and follow-through. What happened later (a yes kept or not, a second thought)
 * is written down here, with PATCH /asks/{id}.
 */
import { useState, type FormEvent } from 'react';
import { ASK_RESPONSES, COMFORTS, FOLLOW_THROUGH, WANTED } from '../../../src/core/vocabulary.js';
import type { PersonDetail } from '../../api/people.api.js';
import { updateAsk, type AskPatch } from '../../api/records.api.js';
import { SelectField } from '../../app/Field.js';
import { formatDate } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { SubmitRow, useSubmission } from '../../app/submission.js';
import { useWorkspace } from '../../app/workspace.js';
import { appMessages } from '../../i18n/app-messages.js';
import { formsMessages } from '../../i18n/forms-messages.js';
import { recordsMessages } from '../../i18n/records-messages.js';
import { comfortWord, followWord, responseWord, wantedWord, wordsMessages } from '../../i18n/words-messages.js';
import { PersonLink } from './PersonLink.js';

type Ask = PersonDetail['asks'][number];

export function AskItem({ ask, date, byName }: { ask: Ask; date: string | null; byName: string }) {
  const r = useT(recordsMessages);
  const w = useT(wordsMessages);
  const { lang } = useLang();
  const [current, setCurrent] = useState(ask);
  const [editing, setEditing] = useState(false);
  return (
    <li className="ask">
      <p className="ask__what">{current.what}</p>
      <p className="muted">
        {(date ? r('ask.byOn', { date: formatDate(lang, date) }) : r('ask.by')).split('{by}').map((part, i) => (
          <span key={i}>
            {i > 0 && <PersonLink id={current.by} name={byName} />}
            {part}
          </span>
        ))}
      </p>
      <ul className="ask__facts">
        <li>{r('ask.response', { value: w(responseWord(current.response)) })}</li>
        <li className={current.comfort === 'uncomfortable' ? 'ask__fact--care' : undefined}>
          {r('ask.comfort', { value: w(comfortWord(current.comfort)) })}
        </li>
        <li>{r('ask.wanted', { value: w(wantedWord(current.wanted)) })}</li>
        <li>{r('ask.follow', { value: w(followWord(current.followedThrough)) })}</li>
      </ul>
      {!editing ? (
        <button type="button" className="link-button ask__edit" onClick={() => setEditing(true)}>
          {r('ask.update')}
        </button>
      ) : (
        <AskForm
          ask={current}
          onDone={(changed) => {
            if (changed) setCurrent(changed);
            setEditing(false);
          }}
        />
      )}
    </li>
  );
}

function AskForm({ ask, onDone }: { ask: Ask; onDone: (changed: Ask | null) => void }) {
  const r = useT(recordsMessages);
  const f = useT(formsMessages);
  const a = useT(appMessages);
  const w = useT(wordsMessages);
  const { name: workspace } = useWorkspace();
  const [draft, setDraft] = useState<{
    response: Ask['response'];
    comfort: NonNullable<Ask['comfort']> | '';
    wanted: Ask['wanted'];
    followedThrough: Ask['followedThrough'];
  }>({
    response: ask.response,
    comfort: ask.comfort ?? '',
    wanted: ask.wanted,
    followedThrough: ask.followedThrough,
  });
  const submission = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch: AskPatch = {
      response: draft.response,
      comfort: draft.comfort === '' ? null : draft.comfort,
      wanted: draft.wanted,
      followedThrough: draft.followedThrough,
    };
    const saved = await submission.send(() => updateAsk(workspace, ask.id, patch), r('ask.saved'));
    if (saved) onDone(saved);
  };

  return (
    <form className="form ask__form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form__row">
        <SelectField
          label={f('log.askResponse')}
          value={draft.response}
          onChange={(e) => setDraft({ ...draft, response: e.target.value as Ask['response'] })}
          options={ASK_RESPONSES.map((v) => ({ value: v, label: w(responseWord(v)) }))}
          problem={submission.problems.response}
        />
        <SelectField
          label={f('log.askComfort')}
          value={draft.comfort}
          onChange={(e) => setDraft({ ...draft, comfort: e.target.value as typeof draft.comfort })}
          options={[
            { value: '', label: w(comfortWord(null)) },
            ...COMFORTS.map((v) => ({ value: v, label: w(comfortWord(v)) })),
          ]}
          problem={submission.problems.comfort}
        />
        <SelectField
          label={f('log.askWanted')}
          value={draft.wanted}
          onChange={(e) => setDraft({ ...draft, wanted: e.target.value as Ask['wanted'] })}
          options={WANTED.map((v) => ({ value: v, label: w(wantedWord(v)) }))}
          problem={submission.problems.wanted}
        />
        <SelectField
          label={f('log.askFollow')}
          value={draft.followedThrough}
          onChange={(e) => setDraft({ ...draft, followedThrough: e.target.value as Ask['followedThrough'] })}
          options={FOLLOW_THROUGH.map((v) => ({ value: v, label: w(followWord(v)) }))}
          problem={submission.problems.followedThrough}
        />
      </div>
      <div className="button-row">
        <SubmitRow busy={submission.busy} label={a('action.save')} outcome={submission.outcome} />
        <button type="button" onClick={() => onDone(null)}>
          {a('action.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * Changing a person: their details (only the fields changed are sent), and marking them as having left the
 * workplace on a date, or back again. Leaving deletes nothing: their history stays.
 */
import { useRef, useState, type FormEvent } from 'react';
import { CIRCLES, STANCES, type Circle, type Stance } from '../../../src/core/vocabulary.js';
import { markLeft, updatePerson, type PersonPatch, type PersonRecord } from '../../api/people.api.js';
import { listUnits } from '../../api/records.api.js';
import { Field, SelectField } from '../../app/Field.js';
import { localToday, unitText } from '../../app/format.js';
import { useT } from '../../app/lang.js';
import { useResource } from '../../app/resource.js';
import { SubmitRow, useSubmission } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { personMessages } from '../../i18n/person-messages.js';
import { circleWord, stanceWord, wordsMessages } from '../../i18n/words-messages.js';

export function EditPerson({
  workspace,
  person,
  onDone,
}: {
  workspace: string;
  person: PersonRecord;
  onDone: (changed: boolean) => void;
}) {
  const t = useT(personMessages);
  const a = useT(appMessages);
  const w = useT(wordsMessages);
  const units = useResource(() => listUnits(workspace), [workspace]);
  const [draft, setDraft] = useState({
    name: person.name,
    unit: person.unit ?? '',
    role: person.role ?? '',
    circle: person.circle,
    stance: person.stance,
    startedOn: person.startedOn ?? '',
    contact: person.contact ?? '',
  });
  const submission = useSubmission();
  const set = (change: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...change }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const patch: PersonPatch = {};
    const text = (v: string) => (v.trim() === '' ? null : v.trim());
    if (draft.name.trim() !== person.name) patch.name = draft.name.trim();
    if (text(draft.unit) !== person.unit) patch.unit = text(draft.unit);
    if (text(draft.role) !== person.role) patch.role = text(draft.role);
    if (draft.circle !== person.circle) patch.circle = draft.circle;
    if (draft.stance !== person.stance) patch.stance = draft.stance;
    if (text(draft.startedOn) !== person.startedOn) patch.startedOn = text(draft.startedOn);
    if (text(draft.contact) !== person.contact) patch.contact = text(draft.contact);
    if (Object.keys(patch).length === 0) return onDone(false);
    const saved = await submission.send(() => updatePerson(workspace, person.id, patch), t('person.editDone'));
    if (saved) onDone(true);
  };

  const p = submission.problems;
  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate aria-label={t('person.edit')}>
      <Field
        label={t('person.name')}
        value={draft.name}
        onChange={(e) => set({ name: e.target.value })}
        problem={p.name}
        required
      />
      <SelectField
        label={t('person.unit')}
        value={draft.unit}
        onChange={(e) => set({ unit: e.target.value })}
        options={[
          { value: '', label: t('person.noUnit') },
          ...(units.value ?? []).map((u) => ({ value: u.path, label: unitText(u.path) })),
          ...(person.unit && !(units.value ?? []).some((u) => u.path === person.unit)
            ? [{ value: person.unit, label: unitText(person.unit) }]
            : []),
        ]}
        problem={p.unit}
      />
      <Field
        label={t('person.role')}
        value={draft.role}
        onChange={(e) => set({ role: e.target.value })}
        problem={p.role}
      />
      <SelectField
        label={t('person.stance')}
        value={draft.stance}
        onChange={(e) => set({ stance: e.target.value as Stance })}
        options={STANCES.map((s) => ({ value: s, label: w(stanceWord(s)) }))}
        problem={p.stance}
      />
      <SelectField
        label={t('person.circle')}
        value={draft.circle}
        onChange={(e) => set({ circle: e.target.value as Circle })}
        options={CIRCLES.map((c) => ({ value: c, label: w(circleWord(c)) }))}
        problem={p.circle}
      />
      <Field
        label={t('person.started')}
        type="date"
        value={draft.startedOn}
        onChange={(e) => set({ startedOn: e.target.value })}
        problem={p.startedOn}
      />
      <Field
        label={t('person.contact')}
        value={draft.contact}
        onChange={(e) => set({ contact: e.target.value })}
        problem={p.contact}
      />
      <div className="button-row">
        <SubmitRow busy={submission.busy} label={a('action.save')} outcome={submission.outcome} />
        <button type="button" onClick={() => onDone(false)}>
          {a('action.cancel')}
        </button>
      </div>
    </form>
  );
}

export function LeftControl({
  workspace,
  person,
  onChanged,
}: {
  workspace: string;
  person: PersonRecord;
  onChanged: () => void;
}) {
  const t = useT(personMessages);
  const a = useT(appMessages);
  const [asking, setAsking] = useState(false);
  const [date, setDate] = useState(localToday());
  const submission = useSubmission();
  const opener = useRef<HTMLButtonElement>(null);

  const send = async (leftOn: string | null) => {
    const done = await submission.send(
      () => markLeft(workspace, person.id, leftOn),
      leftOn ? t('person.markedLeft') : t('person.broughtBack'),
    );
    if (done) {
      setAsking(false);
      onChanged();
    }
  };

  if (person.leftOn) {
    return (
      <section className="left-control" aria-label={t('person.markLeft')}>
        <button type="button" onClick={() => void send(null)} disabled={submission.busy}>
          {t('person.bringBack')}
        </button>
        <p role="status" className="form__outcome">
          {submission.outcome?.text}
        </p>
      </section>
    );
  }
  return (
    <section className="left-control" aria-label={t('person.markLeft')}>
      {!asking ? (
        <>
          <button type="button" ref={opener} onClick={() => setAsking(true)} aria-expanded={false}>
            {t('person.markLeft')}
          </button>
          <p role="status" className="form__outcome">
            {submission.outcome?.text}
          </p>
        </>
      ) : (
        <form
          className="form card"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void send(date);
          }}
        >
          <Field
            label={t('person.leftDate')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            help={t('person.leftHelp')}
            problem={submission.problems.leftOn}
            autoFocus
          />
          <div className="button-row">
            <SubmitRow busy={submission.busy} label={t('person.confirmLeft')} outcome={submission.outcome} />
            <button type="button" onClick={() => setAsking(false)}>
              {a('action.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

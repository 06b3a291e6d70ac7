/**
 * Writing down what happened at the table: a session (where, when, who attended, behind which doors, the
 * mandates it took up, the outcome), corrected the same way; and its report-back to the rank and file (when,
 * and to whom). Any member may. Problems show beside their fields, in the server's words.
 */
import { useState, type FormEvent } from 'react';
import {
  createMoonSession,
  updateMoonSession,
  type Mandate,
  type MoonSession,
  type MoonSessionPatch,
} from '../../api/power.api.js';
import type { Space } from '../../api/records.api.js';
import { Field, SelectField, TextAreaField } from '../../app/Field.js';
import { formatDate, localToday, unitText } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { useProblemFocus, SubmitRow, useSubmission } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { powerMessages } from '../../i18n/power-messages.js';
import { changes } from '../../../src/core/changes.js';
import { PeoplePicker, problemOf, type Picked } from './PeoplePicker.js';
import { FormEnd, type Editing } from './RecordActions.js';

/** Record that a session was reported back to the rank and file: when, and to whom (a unit, or nobody said). */
export function ReportBackForm({
  workspace,
  session,
  units,
  onSaved,
}: {
  workspace: string;
  session: MoonSession;
  units: readonly { value: string; label: string }[];
  onSaved: () => void;
}) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const { lang } = useLang();
  const today = localToday();
  const [on, setOn] = useState(today < session.occurredOn ? session.occurredOn : today);
  const [to, setTo] = useState(units[0]?.value ?? '');
  const submission = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const saved = await submission.send(
      () => updateMoonSession(workspace, session.id, { reportedBackOn: on, reportedTo: to ? [to] : [] }),
      t('reportBack.saved', { date: formatDate(lang, on) }),
    );
    if (saved) onSaved();
    else focusFirstProblem(form);
  };

  return (
    <form className="form report-back-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form__row">
        <Field
          label={t('reportBack.on')}
          type="date"
          value={on}
          min={session.occurredOn}
          max={today}
          onChange={(e) => setOn(e.target.value)}
          problem={submission.problems.reportedBackOn}
          required
        />
        <SelectField
          label={t('reportBack.to')}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          options={[{ value: '', label: t('reportBack.toNobody') }, ...units]}
          problem={problemOf(submission.problems, 'reportedTo')}
        />
      </div>
      <SubmitRow busy={submission.busy} label={t('reportBack.save')} outcome={submission.outcome} />
    </form>
  );
}

/** A session at the table (or in a court, a hearing): any member may write one down, or correct one. */
export function SessionForm({
  workspace,
  spaces,
  mandates,
  onSaved,
  record: session,
  name = (x) => x,
  onCancel,
}: {
  workspace: string;
  spaces: readonly Space[];
  mandates: readonly Mandate[];
  onSaved: (session: MoonSession) => void;
} & Editing<MoonSession>) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const a = useT(appMessages);
  const moonSpaces = spaces.filter((s) => s.kind === 'moon');
  const [space, setSpace] = useState(session?.space ?? moonSpaces[0]?.id ?? '');
  const [on, setOn] = useState(session?.occurredOn ?? localToday());
  const [attendees, setAttendees] = useState<Picked[]>(
    (session?.attendees ?? []).map((p) => ({ id: p, name: name(p) })),
  );
  const [closedDoor, setClosedDoor] = useState(session?.closedDoor ?? false);
  const [outcome, setOutcome] = useState(session?.outcome ?? '');
  const [addressed, setAddressed] = useState<string[]>(session?.mandates ?? []);
  const [need, setNeed] = useState<string | null>(null);
  const submission = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (attendees.length === 0) {
      setNeed(t('session.attendeesNeeded'));
      submission.setOutcome({ text: a('form.checkFields', { n: 1 }), ok: false });
      focusFirstProblem(form);
      return;
    }
    setNeed(null);
    const input = {
      space,
      occurredOn: on,
      attendees: attendees.map((p) => p.id),
      closedDoor,
      outcome: outcome.trim() === '' ? null : outcome.trim(),
      mandates: addressed,
    };
    if (session) {
      const patch = changes(session, input) as MoonSessionPatch;
      if (Object.keys(patch).length === 0) return onCancel?.();
      const saved = await submission.send(() => updateMoonSession(workspace, session.id, patch), t('session.saved'));
      if (saved) onSaved(saved);
      else focusFirstProblem(form);
      return;
    }
    const saved = await submission.send(() => createMoonSession(workspace, input), t('session.saved'));
    if (saved) {
      setAttendees([]);
      setOutcome('');
      setAddressed([]);
      setClosedDoor(false);
      onSaved(saved);
    } else focusFirstProblem(form);
  };

  if (moonSpaces.length === 0) return <p className="muted">{t('session.noMoonSpace')}</p>;

  return (
    <form className="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form__row">
        <SelectField
          label={t('session.space')}
          value={space}
          onChange={(e) => setSpace(e.target.value)}
          options={moonSpaces.map((s) => ({ value: s.id, label: s.name }))}
          problem={submission.problems.space}
        />
        <Field
          label={t('session.on')}
          type="date"
          value={on}
          max={localToday()}
          onChange={(e) => setOn(e.target.value)}
          problem={submission.problems.occurredOn}
          required
        />
      </div>
      <PeoplePicker
        workspace={workspace}
        label={t('session.attendees')}
        help={t('session.attendeesHelp')}
        chosenLabel={t('session.attendeesChosen')}
        value={attendees}
        onChange={(next) => {
          setAttendees(next);
          setNeed(null);
        }}
        problem={need ?? problemOf(submission.problems, 'attendees')}
      />
      <label className="choice">
        <input type="checkbox" checked={closedDoor} onChange={(e) => setClosedDoor(e.target.checked)} />
        {t('session.closedDoor')}
      </label>
      {mandates.length > 0 && (
        <fieldset className="field">
          <legend>{t('session.mandates')}</legend>
          {mandates.map((m) => (
            <label key={m.id} className="choice">
              <input
                type="checkbox"
                checked={addressed.includes(m.id)}
                onChange={(e) =>
                  setAddressed((list) => (e.target.checked ? [...list, m.id] : list.filter((x) => x !== m.id)))
                }
              />
              {m.text}
            </label>
          ))}
        </fieldset>
      )}
      <TextAreaField
        label={t('session.outcome')}
        help={t('session.outcomeHelp')}
        rows={3}
        value={outcome}
        onChange={(e) => setOutcome(e.target.value)}
        problem={submission.problems.outcome}
      />
      <FormEnd
        editing={session !== undefined}
        busy={submission.busy}
        label={t('session.save')}
        outcome={submission.outcome}
        onCancel={onCancel}
      />
    </form>
  );
}

/** Units to report back to: the sites and their departments, as people read them. */
export function reportUnits(units: readonly { path: string }[]): { value: string; label: string }[] {
  return units.filter((u) => u.path.split('/').length <= 2).map((u) => ({ value: u.path, label: unitText(u.path) }));
}

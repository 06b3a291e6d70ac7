/**
 * Writing down what happens at the table and what the membership decided: the report-back of a session
 * (when, and to whom), a new session, and, for leads (the API refuses a member), a mandate and a vote.
 * Votes are counts only: ballots stay secret. Problems show beside their fields, in the server's words.
 */
import { useState, type FormEvent } from 'react';
import {
  createMandate,
  createMoonSession,
  createVote,
  updateMoonSession,
  type Mandate,
  type MoonSession,
} from '../../api/power.api.js';
import type { Space } from '../../api/records.api.js';
import { Field, SelectField, TextAreaField } from '../../app/Field.js';
import { formatDate, localToday, unitText } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { useProblemFocus, SubmitRow, useSubmission } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { powerMessages } from '../../i18n/power-messages.js';
import { PeoplePicker, problemOf, type Picked } from './PeoplePicker.js';

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

/** A session at the table (or in a court, a hearing): any member may write one down. */
export function SessionForm({
  workspace,
  spaces,
  mandates,
  onSaved,
}: {
  workspace: string;
  spaces: readonly Space[];
  mandates: readonly Mandate[];
  onSaved: () => void;
}) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const a = useT(appMessages);
  const moonSpaces = spaces.filter((s) => s.kind === 'moon');
  const [space, setSpace] = useState(moonSpaces[0]?.id ?? '');
  const [on, setOn] = useState(localToday());
  const [attendees, setAttendees] = useState<Picked[]>([]);
  const [closedDoor, setClosedDoor] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [addressed, setAddressed] = useState<string[]>([]);
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
    const saved = await submission.send(
      () =>
        createMoonSession(workspace, {
          space,
          occurredOn: on,
          attendees: attendees.map((p) => p.id),
          closedDoor,
          outcome: outcome.trim() === '' ? null : outcome.trim(),
          mandates: addressed,
        }),
      t('session.saved'),
    );
    if (saved) {
      setAttendees([]);
      setOutcome('');
      setAddressed([]);
      setClosedDoor(false);
      onSaved();
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
      <SubmitRow busy={submission.busy} label={t('session.save')} outcome={submission.outcome} />
    </form>
  );
}

/** A mandate the membership decided, and who must carry it (leads). */
export function MandateForm({ workspace, onSaved }: { workspace: string; onSaved: () => void }) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const [on, setOn] = useState(localToday());
  const [text, setText] = useState('');
  const [holders, setHolders] = useState<Picked[]>([]);
  const submission = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const saved = await submission.send(
      () =>
        createMandate(workspace, {
          decidedOn: on,
          decidedIn: null,
          text,
          holders: holders.map((p) => p.id),
        }),
      t('mandate.saved'),
    );
    if (saved) {
      setText('');
      setHolders([]);
      onSaved();
    } else focusFirstProblem(form);
  };

  return (
    <form className="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
      <TextAreaField
        label={t('mandate.text')}
        help={t('mandate.textHelp')}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        problem={submission.problems.text}
        required
      />
      <Field
        label={t('mandate.on')}
        type="date"
        value={on}
        max={localToday()}
        onChange={(e) => setOn(e.target.value)}
        problem={submission.problems.decidedOn}
        className="field--narrow"
        required
      />
      <PeoplePicker
        workspace={workspace}
        label={t('mandate.holders')}
        help={t('mandate.holdersHelp')}
        chosenLabel={t('mandate.holdersChosen')}
        value={holders}
        onChange={setHolders}
        problem={problemOf(submission.problems, 'holders')}
      />
      <SubmitRow busy={submission.busy} label={t('mandate.save')} outcome={submission.outcome} />
    </form>
  );
}

/** The counts of a vote of the membership (leads): never who voted how. */
export function VoteForm({
  workspace,
  mandates,
  onSaved,
}: {
  workspace: string;
  mandates: readonly Mandate[];
  onSaved: () => void;
}) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const [question, setQuestion] = useState('');
  const [on, setOn] = useState(localToday());
  const [mandate, setMandate] = useState('');
  const [yes, setYes] = useState('');
  const [no, setNo] = useState('');
  const [abstain, setAbstain] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const submission = useSubmission();
  const a = useT(appMessages);
  const count = (s: string) => Number(s);
  const isCount = (s: string) => /^\d+$/.test(s.trim());

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found: Record<string, string> = {};
    if (!isCount(yes)) found.yes = t('vote.countNeeded');
    if (!isCount(no)) found.no = t('vote.countNeeded');
    if (abstain.trim() !== '' && !isCount(abstain)) found.abstain = t('vote.countNeeded');
    setLocal(found);
    if (Object.keys(found).length > 0) {
      submission.setOutcome({ text: a('form.checkFields', { n: Object.keys(found).length }), ok: false });
      focusFirstProblem(form);
      return;
    }
    const saved = await submission.send(
      () =>
        createVote(workspace, {
          question,
          heldOn: on,
          mandate: mandate || null,
          session: null,
          yes: count(yes),
          no: count(no),
          abstain: abstain.trim() === '' ? null : count(abstain),
        }),
      t('vote.saved'),
    );
    if (saved) {
      setQuestion('');
      setYes('');
      setNo('');
      setAbstain('');
      onSaved();
    } else focusFirstProblem(form);
  };

  return (
    <form className="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
      <Field
        label={t('vote.question')}
        value={question}
        onChange={(e) => setQuestion(e.target.value)}
        problem={submission.problems.question}
        required
      />
      <div className="form__row">
        <Field
          label={t('vote.on')}
          type="date"
          value={on}
          max={localToday()}
          onChange={(e) => setOn(e.target.value)}
          problem={submission.problems.heldOn}
          required
        />
        <SelectField
          label={t('vote.mandate')}
          value={mandate}
          onChange={(e) => setMandate(e.target.value)}
          options={[
            { value: '', label: t('vote.noMandate') },
            ...mandates.map((m) => ({ value: m.id, label: m.text })),
          ]}
          problem={submission.problems.mandate}
        />
      </div>
      <div className="form__row form__row--three">
        <Field
          label={t('vote.yes')}
          type="number"
          inputMode="numeric"
          min={0}
          value={yes}
          onChange={(e) => setYes(e.target.value)}
          problem={local.yes ?? submission.problems.yes}
          required
        />
        <Field
          label={t('vote.no')}
          type="number"
          inputMode="numeric"
          min={0}
          value={no}
          onChange={(e) => setNo(e.target.value)}
          problem={local.no ?? submission.problems.no}
          required
        />
        <Field
          label={t('vote.abstain')}
          type="number"
          inputMode="numeric"
          min={0}
          value={abstain}
          onChange={(e) => setAbstain(e.target.value)}
          problem={local.abstain ?? submission.problems.abstain}
        />
      </div>
      <p className="field__help">{t('vote.secret')}</p>
      <SubmitRow busy={submission.busy} label={t('vote.save')} outcome={submission.outcome} />
    </form>
  );
}

/** Units to report back to: the sites and their departments, as people read them. */
export function reportUnits(units: readonly { path: string }[]): { value: string; label: string }[] {
  return units.filter((u) => u.path.split('/').length <= 2).map((u) => ({ value: u.path, label: unitText(u.path) }));
}

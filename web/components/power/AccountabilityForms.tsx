/**
 * Writing down what the membership decided, for leads (the API refuses a member): a mandate and who must
 * carry it, and the counts of a vote (ballots stay secret). Given a record (`mandate`, `vote`), the same forms
 * correct it, sending only what changed. Problems show beside their fields, in the server's words. Sessions
 * and report-backs are in SessionForms.tsx.
 */
import { useState, type FormEvent } from 'react';
import {
  createMandate,
  createVote,
  updateMandate,
  updateVote,
  type Mandate,
  type MandatePatch,
  type Vote,
  type VotePatch,
} from '../../api/power.api.js';
import { Field, SelectField, TextAreaField } from '../../app/Field.js';
import { localToday } from '../../app/format.js';
import { useT } from '../../app/lang.js';
import { useProblemFocus, useSubmission } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { powerMessages } from '../../i18n/power-messages.js';
import { changes } from '../../../src/core/changes.js';
import { PeoplePicker, problemOf, type Picked } from './PeoplePicker.js';
import { FormEnd, type Editing } from './RecordActions.js';

/** A mandate the membership decided, and who must carry it (leads); or one corrected. */
export function MandateForm({
  workspace,
  onSaved,
  record: mandate,
  name = (x) => x,
  onCancel,
}: { workspace: string; onSaved: (mandate: Mandate) => void } & Editing<Mandate>) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const [on, setOn] = useState(mandate?.decidedOn ?? localToday());
  const [text, setText] = useState(mandate?.text ?? '');
  const [holders, setHolders] = useState<Picked[]>((mandate?.holders ?? []).map((p) => ({ id: p, name: name(p) })));
  const submission = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (mandate) {
      // the meeting it was decided in is not on this form: it stays as it was
      const patch = changes(mandate, { decidedOn: on, text, holders: holders.map((p) => p.id) }) as MandatePatch;
      if (Object.keys(patch).length === 0) return onCancel?.();
      const saved = await submission.send(() => updateMandate(workspace, mandate.id, patch), t('mandate.saved'));
      if (saved) onSaved(saved);
      else focusFirstProblem(form);
      return;
    }
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
      onSaved(saved);
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
      <FormEnd
        editing={mandate !== undefined}
        busy={submission.busy}
        label={t('mandate.save')}
        outcome={submission.outcome}
        onCancel={onCancel}
      />
    </form>
  );
}

/** The counts of a vote of the membership (leads): never who voted how. Or counts corrected. */
export function VoteForm({
  workspace,
  mandates,
  onSaved,
  record: vote,
  onCancel,
}: {
  workspace: string;
  mandates: readonly Mandate[];
  onSaved: (vote: Vote) => void;
} & Editing<Vote>) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const text = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));
  const [question, setQuestion] = useState(vote?.question ?? '');
  const [on, setOn] = useState(vote?.heldOn ?? localToday());
  const [mandate, setMandate] = useState(vote?.mandate ?? '');
  const [yes, setYes] = useState(text(vote?.yes));
  const [no, setNo] = useState(text(vote?.no));
  const [abstain, setAbstain] = useState(text(vote?.abstain));
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
    const input = {
      question,
      heldOn: on,
      mandate: mandate || null,
      yes: count(yes),
      no: count(no),
      abstain: abstain.trim() === '' ? null : count(abstain),
    };
    if (vote) {
      // the session it was held at is not on this form: it stays as it was
      const patch = changes(vote, input) as VotePatch;
      if (Object.keys(patch).length === 0) return onCancel?.();
      const saved = await submission.send(() => updateVote(workspace, vote.id, patch), t('vote.saved'));
      if (saved) onSaved(saved);
      else focusFirstProblem(form);
      return;
    }
    const saved = await submission.send(() => createVote(workspace, { ...input, session: null }), t('vote.saved'));
    if (saved) {
      setQuestion('');
      setYes('');
      setNo('');
      setAbstain('');
      onSaved(saved);
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
      <FormEnd
        editing={vote !== undefined}
        busy={submission.busy}
        label={t('vote.save')}
        outcome={submission.outcome}
        onCancel={onCancel}
      />
    </form>
  );
}

/**
 * Strike mode's forms (StrikePage.tsx): who is on a picket shift (signing people up or taking them off in one
 * change), where and when it runs, a new shift, and help given; each shift and each act of mutual aid can be
 * corrected or removed (RecordActions). Problems show beside their fields, in the server's words.
 */
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { POWER_MESSAGES } from '../../../src/core/model/power-messages.js';
import { AID_KINDS, type AidKind } from '../../../src/core/vocabulary.js';
import {
  createMutualAid,
  createPicketShift,
  removeMutualAid,
  removePicketShift,
  updateMutualAid,
  updatePicketShift,
  type MutualAid,
  type MutualAidPatch,
  type PicketShift,
  type PicketShiftPatch,
} from '../../api/power.api.js';
import type { Space } from '../../api/records.api.js';
import { Field, SelectField } from '../../app/Field.js';
import { formatDate, localToday } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { useProblemFocus, useSubmission } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { powerEditMessages, powerMessages } from '../../i18n/power-messages.js';
import { changes } from '../../../src/core/changes.js';
import { PeoplePicker, problemOf, type Picked } from './PeoplePicker.js';
import { FormEnd, RecordActions, type Editing } from './RecordActions.js';

/** Who is on a shift, and signing people up (or taking someone off) in one change. */
export function ShiftPanel({
  workspace,
  shift,
  lineName,
  name,
  minPeople,
  spaces,
  lines,
  lineOf,
  onSaved,
  onRemoved,
  onClose,
}: {
  workspace: string;
  shift: PicketShift;
  lineName: string;
  name: (id: string) => string;
  minPeople: number;
  /** For correcting where and when it runs. */
  spaces: readonly Space[];
  lines: readonly string[];
  lineOf: (space: string) => string;
  onSaved: () => void;
  /** The shift is gone: say so (`what` names it) and close the panel. */
  onRemoved: (what: string) => void;
  onClose: () => void;
}) {
  const t = useT(powerMessages);
  const x = useT(powerEditMessages);
  const a = useT(appMessages);
  const { lang } = useLang();
  const id = useId();
  const [people, setPeople] = useState<Picked[]>(shift.people.map((p) => ({ id: p, name: name(p) })));
  const submission = useSubmission();
  const changed = people.map((p) => p.id).join() !== shift.people.join();
  const day = shift.startsAt.slice(0, 10);
  const describe = (s: PicketShift) =>
    x('what.shift', {
      line: lineOf(s.space),
      day: formatDate(lang, s.startsAt.slice(0, 10)),
      from: s.startsAt.slice(11, 16),
      to: s.endsAt.slice(11, 16),
    });
  const what = describe(shift);
  const [said, setSaid] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const saved = await submission.send(
      () => updatePicketShift(workspace, shift.id, { people: people.map((p) => p.id) }),
      t('shift.saved', { n: people.length }),
    );
    if (saved) onSaved();
  };

  return (
    <section className="card shift-panel" aria-labelledby={`${id}-title`} data-shift={shift.id}>
      <h3 id={`${id}-title`}>
        {t('shift.title', {
          line: lineName,
          day: formatDate(lang, day),
          from: shift.startsAt.slice(11, 16),
          to: shift.endsAt.slice(11, 16),
        })}
      </h3>
      <p className={people.length < minPeople ? 'shift-panel__thin' : 'muted'}>
        {people.length < minPeople
          ? t('shift.thin', { n: people.length, min: minPeople })
          : t('shift.held', { n: people.length })}
      </p>
      <form className="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
        <PeoplePicker
          workspace={workspace}
          label={t('shift.signUp')}
          help={t('shift.signUpHelp')}
          chosenLabel={t('shift.onIt')}
          value={people.map((x) => ({ id: x.id, name: name(x.id) === x.id ? x.name : name(x.id) }))}
          onChange={setPeople}
          problem={problemOf(submission.problems, 'people')}
        />
        <div className="submit-row">
          <button type="submit" className="button button--primary" disabled={submission.busy || !changed}>
            {submission.busy ? a('form.working') : t('shift.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('shift.close')}
          </button>
          <p
            role="status"
            className={`form__outcome ${submission.outcome && !submission.outcome.ok ? 'form__outcome--problem' : ''}`}
          >
            {submission.outcome?.text}
          </p>
        </div>
      </form>
      <RecordActions
        what={what}
        remove={() => removePicketShift(workspace, shift.id)}
        onRemoved={() => onRemoved(what)}
        edit={(done) => (
          <ShiftForm
            workspace={workspace}
            spaces={spaces}
            lines={lines}
            day={day}
            record={shift}
            onSaved={(now) => {
              done(true);
              setSaid(x('edit.saved', { what: describe(now) }));
              onSaved();
            }}
            onCancel={() => done(false)}
          />
        )}
      />
      <p role="status" className="form__outcome">
        {said}
      </p>
    </section>
  );
}

export function ShiftForm({
  workspace,
  spaces,
  lines,
  day,
  onSaved,
  record: shift,
  onCancel,
}: {
  workspace: string;
  spaces: readonly Space[];
  lines: readonly string[];
  day: string;
  onSaved: (shift: PicketShift) => void;
} & Editing<PicketShift>) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const sun = spaces.filter((s) => s.kind === 'sun');
  const ordered = [...lines.flatMap((l) => sun.filter((s) => s.id === l)), ...sun.filter((s) => !lines.includes(s.id))];
  const [space, setSpace] = useState(shift?.space ?? ordered[0]?.id ?? '');
  const [on, setOn] = useState(shift?.startsAt.slice(0, 10) ?? day);
  const [from, setFrom] = useState(shift?.startsAt.slice(11, 16) ?? '14:00');
  const [to, setTo] = useState(shift?.endsAt.slice(11, 16) ?? '18:00');
  const [people, setPeople] = useState<Picked[]>([]);
  const submission = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (shift) {
      // who is on it is changed in the shift's panel, not here
      const patch = changes(shift, { space, startsAt: `${on}T${from}`, endsAt: `${on}T${to}` }) as PicketShiftPatch;
      if (Object.keys(patch).length === 0) return onCancel?.();
      const saved = await submission.send(() => updatePicketShift(workspace, shift.id, patch), t('shift.added'));
      if (saved) onSaved(saved);
      else focusFirstProblem(form);
      return;
    }
    const saved = await submission.send(
      () =>
        createPicketShift(workspace, {
          space,
          startsAt: `${on}T${from}`,
          endsAt: `${on}T${to}`,
          people: people.map((p) => p.id),
        }),
      t('shift.added'),
    );
    if (saved) {
      setPeople([]);
      onSaved(saved);
    } else focusFirstProblem(form);
  };

  return (
    <form className="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
      <SelectField
        label={t('shift.line')}
        value={space}
        onChange={(e) => setSpace(e.target.value)}
        options={ordered.map((s) => ({ value: s.id, label: s.name }))}
        problem={submission.problems.space}
      />
      <div className="form__row form__row--three">
        <Field
          label={t('shift.on')}
          type="date"
          value={on}
          onChange={(e) => setOn(e.target.value)}
          problem={submission.problems.startsAt}
          required
        />
        <Field label={t('shift.from')} type="time" value={from} onChange={(e) => setFrom(e.target.value)} required />
        <Field
          label={t('shift.to')}
          type="time"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          problem={submission.problems.endsAt}
          required
        />
      </div>
      {!shift && (
        <PeoplePicker
          workspace={workspace}
          label={t('shift.people')}
          chosenLabel={t('shift.onIt')}
          value={people}
          onChange={setPeople}
          problem={problemOf(submission.problems, 'people')}
        />
      )}
      <FormEnd
        editing={shift !== undefined}
        busy={submission.busy}
        label={t('shift.addSave')}
        outcome={submission.outcome}
        onCancel={onCancel}
      />
    </form>
  );
}

export function AidForm({
  workspace,
  onSaved,
  record: aid,
  name = (x) => x,
  onCancel,
}: { workspace: string; onSaved: (aid: MutualAid) => void } & Editing<MutualAid>) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const p = useT(POWER_MESSAGES);
  const a = useT(appMessages);
  const picked = (id: string | null | undefined) => (id ? [{ id, name: name(id) }] : []);
  const [on, setOn] = useState(aid?.occurredOn ?? localToday());
  const [to, setTo] = useState<Picked[]>(picked(aid?.givenTo));
  const [by, setBy] = useState<Picked[]>(picked(aid?.givenBy));
  const [kind, setKind] = useState<AidKind>(aid?.kind ?? 'food');
  const [amount, setAmount] = useState(aid?.amount === null || aid === undefined ? '' : String(aid.amount));
  const [need, setNeed] = useState<Record<string, string>>({});
  const submission = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found: Record<string, string> = {};
    if (to.length !== 1) found.givenTo = t('aid.toNeeded');
    if (by.length > 1) found.givenBy = t('aid.oneGiver');
    if (amount.trim() !== '' && !(Number(amount) >= 0)) found.amount = t('aid.amountNeeded');
    setNeed(found);
    if (Object.keys(found).length > 0) {
      submission.setOutcome({ text: a('form.checkFields', { n: Object.keys(found).length }), ok: false });
      focusFirstProblem(form);
      return;
    }
    const input = {
      occurredOn: on,
      givenTo: to[0]!.id,
      givenBy: by[0]?.id ?? null,
      kind,
      amount: amount.trim() === '' ? null : Number(amount),
    };
    if (aid) {
      const patch = changes(aid, input) as MutualAidPatch;
      if (Object.keys(patch).length === 0) return onCancel?.();
      const saved = await submission.send(
        () => updateMutualAid(workspace, aid.id, patch),
        t('aid.saved', { name: to[0]!.name }),
      );
      if (saved) onSaved(saved);
      else focusFirstProblem(form);
      return;
    }
    const saved = await submission.send(() => createMutualAid(workspace, input), t('aid.saved', { name: to[0]!.name }));
    if (saved) {
      setTo([]);
      setBy([]);
      setAmount('');
      onSaved(saved);
    } else focusFirstProblem(form);
  };

  return (
    <form className="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
      <PeoplePicker
        workspace={workspace}
        label={t('aid.toLabel')}
        chosenLabel={t('aid.toChosen')}
        value={to}
        onChange={(next) => setTo(next.slice(-1))}
        problem={need.givenTo ?? submission.problems.givenTo}
      />
      <PeoplePicker
        workspace={workspace}
        label={t('aid.byLabel')}
        help={t('aid.byHelp')}
        chosenLabel={t('aid.byChosen')}
        value={by}
        onChange={(next) => setBy(next.slice(-1))}
        problem={need.givenBy ?? submission.problems.givenBy}
      />
      <div className="form__row form__row--three">
        <SelectField
          label={t('aid.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as AidKind)}
          options={AID_KINDS.map((k) => ({ value: k, label: p(`aid_${k}`) }))}
          problem={submission.problems.kind}
        />
        <Field
          label={t('aid.on')}
          type="date"
          value={on}
          max={localToday()}
          onChange={(e) => setOn(e.target.value)}
          problem={submission.problems.occurredOn}
          required
        />
        <Field
          label={t('aid.amount')}
          help={t('aid.amountHelp')}
          type="number"
          inputMode="decimal"
          min={0}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          problem={need.amount ?? submission.problems.amount}
        />
      </div>
      <FormEnd
        editing={aid !== undefined}
        busy={submission.busy}
        label={t('aid.save')}
        outcome={submission.outcome}
        onCancel={onCancel}
      />
    </form>
  );
}

/**
 * One act of mutual aid chosen in the ledger, to correct or remove (written down twice, given to the wrong
 * person). Its heading takes the focus when it opens.
 */
export function AidPanel({
  workspace,
  aid,
  what,
  name,
  onSaved,
  onRemoved,
  onClose,
}: {
  workspace: string;
  aid: MutualAid;
  what: string;
  name: (id: string) => string;
  onSaved: (aid: MutualAid) => void;
  onRemoved: () => void;
  onClose: () => void;
}) {
  const t = useT(powerMessages);
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="card aid-panel" aria-labelledby={`${id}-title`} data-aid={aid.id}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {what}
      </h3>
      <RecordActions
        what={what}
        remove={() => removeMutualAid(workspace, aid.id)}
        onRemoved={onRemoved}
        edit={(done) => (
          <AidForm
            workspace={workspace}
            record={aid}
            name={name}
            onSaved={(now) => {
              done(true);
              onSaved(now);
            }}
            onCancel={() => done(false)}
          />
        )}
      />
      <div className="button-row">
        <button type="button" onClick={onClose}>
          {t('shift.close')}
        </button>
      </div>
    </section>
  );
}

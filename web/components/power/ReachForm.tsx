/**
 * Afterwards, on a plan's page: writing down that someone was reached. A reach is time a committee member or
 * organizer spent with them after the plan was made (docs/model.md#plans), so marking it logs that time as a
 * conversation between the two (POST /conversations), which the plan's report then counts: their pair by
 * default, or whoever else on the committee talked with them. Nothing else is recorded; the notes, sides,
 * grievances and asks of a fuller conversation belong on the log page.
 */
import { useState, type FormEvent } from 'react';
import { INTERACTION_KINDS, type InteractionKind } from '../../../src/core/vocabulary.js';
import { logConversation } from '../../api/records.api.js';
import { Field, SelectField } from '../../app/Field.js';
import { formatDate, localToday } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { SubmitRow, useProblemFocus, useSubmission } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { powerMessages } from '../../i18n/power-messages.js';
import { kindWord, wordsMessages } from '../../i18n/words-messages.js';

/** The first day a reach counts: the plan's own day (docs/model.md, reach). */
export const firstReachDay = (createdOn: string) => createdOn;

export function ReachForm({
  workspace,
  person,
  personName,
  pair,
  carriers,
  createdOn,
  onSaved,
}: {
  workspace: string;
  person: string;
  personName: string;
  /** The carrier paired with them, offered first; null when nobody on the committee has a tie to them. */
  pair: string | null;
  /** Everyone who carries the word, with their names, in the order to offer them. */
  carriers: readonly { id: string; name: string }[];
  createdOn: string;
  onSaved: () => void;
}) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const a = useT(appMessages);
  const w = useT(wordsMessages);
  const { lang } = useLang();
  const first = firstReachDay(createdOn);
  const today = localToday();
  const offered = [
    ...carriers.filter((c) => c.id === pair),
    ...carriers.filter((c) => c.id !== pair && c.id !== person),
  ];
  const [by, setBy] = useState(offered[0]?.id ?? '');
  const [on, setOn] = useState(today < first ? first : today);
  const [kind, setKind] = useState<InteractionKind>('one_on_one');
  const [local, setLocal] = useState<Record<string, string>>({});
  const submission = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found: Record<string, string> = {};
    if (by === '') found.by = t('reach.byNeeded');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(on) || on < first) {
      found.on = t('reach.afterPlan', { date: formatDate(lang, createdOn) });
    }
    setLocal(found);
    if (Object.keys(found).length > 0) {
      submission.setOutcome({ text: a('form.checkFields', { n: Object.keys(found).length }), ok: false });
      focusFirstProblem(form);
      return;
    }
    const byName = offered.find((c) => c.id === by)?.name ?? by;
    const saved = await submission.send(
      () =>
        logConversation(workspace, {
          occurredOn: on,
          participants: [by, person],
          kind,
          sides: [],
          initiatedBy: by,
          space: null,
          notes: null,
        }),
      t('reach.saved', { by: byName, name: personName, date: formatDate(lang, on) }),
    );
    if (saved) onSaved();
    else focusFirstProblem(form);
  };

  return (
    <form className="form reach-form" onSubmit={(e) => void submit(e)} noValidate>
      <SelectField
        label={t('reach.by')}
        value={by}
        onChange={(e) => setBy(e.target.value)}
        options={offered.map((c) => ({
          value: c.id,
          label: c.id === pair ? t('reach.theirPair', { name: c.name }) : c.name,
        }))}
        problem={local.by ?? submission.problems['participants.0'] ?? submission.problems.initiatedBy}
      />
      <div className="reach-form__row">
        <Field
          label={t('reach.on')}
          type="date"
          value={on}
          min={first}
          max={today}
          onChange={(e) => setOn(e.target.value)}
          problem={local.on ?? submission.problems.occurredOn}
          required
        />
        <SelectField
          label={t('reach.how')}
          value={kind}
          onChange={(e) => setKind(e.target.value as InteractionKind)}
          options={INTERACTION_KINDS.map((k) => ({ value: k, label: w(kindWord(k)) }))}
          problem={submission.problems.kind}
        />
      </div>
      <p className="field__help">{t('reach.help')}</p>
      <SubmitRow busy={submission.busy} label={t('reach.save')} outcome={submission.outcome} />
    </form>
  );
}

/** A closed disclosure per person until opened: the form is drawn only then (a plan can name hundreds). */
export function ReachDisclosure(props: Parameters<typeof ReachForm>[0]) {
  const t = useT(powerMessages);
  const [open, setOpen] = useState(false);
  return (
    <details className="reach" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('reach.open', { name: props.personName })}</summary>
      {open && <ReachForm {...props} />}
    </details>
  );
}

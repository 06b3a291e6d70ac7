/**
 * A relationship-first plan's form (docs/model.md#plans): what the word is (an action, a message) and who
 * should hear it (people, units, or everyone). Nothing is sent from here: the word travels person to person.
 * Given a plan (`record`), the same form corrects it, sending only what changed; the people and units expected
 * that the person may not see stay as they were (the server keeps them).
 */
import { useId, useState, type FormEvent } from 'react';
import { createPlan, listActions, updatePlan, type Plan, type PlanPatch } from '../../api/power.api.js';
import { listUnits } from '../../api/records.api.js';
import { Field, SelectField, TextAreaField } from '../../app/Field.js';
import { formatDate, unitText } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { useResource } from '../../app/resource.js';
import { useProblemFocus, useSubmission } from '../../app/submission.js';
import { useWorkspace } from '../../app/workspace.js';
import { appMessages } from '../../i18n/app-messages.js';
import { powerMessages } from '../../i18n/power-messages.js';
import { changes } from '../../../src/core/changes.js';
import { PeoplePicker, problemOf, type Picked } from './PeoplePicker.js';
import { FormEnd, type Editing } from './RecordActions.js';

export function PlanForm({
  onSaved,
  record: plan,
  name = (x) => x,
  unitPaths = [],
  onCancel,
}: {
  onSaved: (plan: Plan) => void;
  /** The units the person may see, to tell the units a plan expects from its people. */
  unitPaths?: readonly string[];
} & Editing<Plan>) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const { name: workspace } = useWorkspace();
  const units = useResource(() => listUnits(workspace), [workspace]);
  const actions = useResource(() => listActions(workspace), [workspace]);
  // A plan's expected list names units and people together (core: power-records.ts); every unit it names that the
  // person may see is one of theirs, and the rest are people.
  const isPerson = (x: string) => !unitPaths.includes(x);
  const [title, setTitle] = useState(plan?.title ?? '');
  const [action, setAction] = useState(plan?.action ?? '');
  const [message, setMessage] = useState(plan?.message ?? '');
  const [who, setWho] = useState<'everyone' | 'some'>(plan && plan.expected.length > 0 ? 'some' : 'everyone');
  const [unitList, setUnitList] = useState<string[]>((plan?.expected ?? []).filter((x) => !isPerson(x)));
  const [unit, setUnit] = useState('');
  const [people, setPeople] = useState<Picked[]>(
    (plan?.expected ?? []).filter(isPerson).map((x) => ({ id: x, name: name(x) })),
  );
  const [need, setNeed] = useState<string | null>(null);
  const submission = useSubmission();
  const a = useT(appMessages);
  const { lang } = useLang();
  const id = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const expected = who === 'everyone' ? [] : [...people.map((p) => p.id), ...unitList];
    if (who === 'some' && expected.length === 0) {
      setNeed(t('plan.whoNeeded'));
      submission.setOutcome({ text: a('form.checkFields', { n: 1 }), ok: false });
      focusFirstProblem(form);
      return;
    }
    setNeed(null);
    const input = { title, action: action || null, message: message.trim() === '' ? null : message.trim(), expected };
    if (plan) {
      const patch = changes(plan, input) as PlanPatch;
      if (Object.keys(patch).length === 0) return onCancel?.();
      const saved = await submission.send(() => updatePlan(workspace, plan.id, patch), t('plan.made'));
      if (saved) onSaved(saved);
      else focusFirstProblem(form);
      return;
    }
    const made = await submission.send(() => createPlan(workspace, input), t('plan.made'));
    if (made) onSaved(made);
    else focusFirstProblem(form);
  };

  const unitOptions = (units.value ?? []).filter((u) => !unitList.includes(u.path));

  return (
    <form className="form form--wide plan-form" onSubmit={(e) => void submit(e)} noValidate>
      <Field
        label={t('plan.title')}
        help={t('plan.titleHelp')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        problem={submission.problems.title}
        required
      />
      <SelectField
        label={t('plan.action')}
        help={t('plan.actionHelp')}
        value={action}
        onChange={(e) => setAction(e.target.value)}
        options={[
          { value: '', label: t('plan.noAction') },
          ...(actions.value ?? []).slice(0, 200).map((x) => ({
            value: x.id,
            label: t('plan.actionOption', { title: x.title, date: formatDate(lang, x.occurredOn) }),
          })),
        ]}
        problem={submission.problems.action}
      />
      <TextAreaField
        label={t('plan.message')}
        help={t('plan.messageHelp')}
        rows={3}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        problem={submission.problems.message}
      />
      <fieldset className="field">
        <legend>{t('plan.who')}</legend>
        <label className="choice">
          <input type="radio" name={`${id}-who`} checked={who === 'everyone'} onChange={() => setWho('everyone')} />
          {t('plan.everyone')}
        </label>
        <label className="choice">
          <input type="radio" name={`${id}-who`} checked={who === 'some'} onChange={() => setWho('some')} />
          {t('plan.some')}
        </label>
        {need && who === 'everyone' && <p className="field__problem">{need}</p>}
      </fieldset>
      {who === 'some' && (
        <div className="plan-form__who">
          <div className="plan-form__unit">
            <SelectField
              label={t('plan.unit')}
              value={unit}
              onChange={(e) => setUnit(e.target.value)}
              options={[
                { value: '', label: t('plan.unitChoose') },
                ...unitOptions.map((u) => ({ value: u.path, label: unitText(u.path) })),
              ]}
              problem={need ?? problemOf(submission.problems, 'expected')}
            />
            <button
              type="button"
              disabled={unit === ''}
              onClick={() => {
                setUnitList((l) => [...l, unit]);
                setUnit('');
                setNeed(null);
              }}
            >
              {t('plan.addUnit')}
            </button>
          </div>
          {unitList.length > 0 && (
            <ul className="chips" aria-label={t('plan.unitsChosen')}>
              {unitList.map((u) => (
                <li key={u} className="chip">
                  <span>{unitText(u)}</span>
                  <button
                    type="button"
                    className="chip__remove"
                    aria-label={t('plan.removeUnit', { unit: unitText(u) })}
                    onClick={() => setUnitList((l) => l.filter((x) => x !== u))}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <PeoplePicker
            workspace={workspace}
            label={t('plan.people')}
            chosenLabel={t('plan.peopleChosen')}
            value={people}
            onChange={(next) => {
              setPeople(next);
              setNeed(null);
            }}
          />
        </div>
      )}
      <p className="field__help">{t('plan.noBlast')}</p>
      <FormEnd
        editing={plan !== undefined}
        busy={submission.busy}
        label={t('plan.save')}
        outcome={submission.outcome}
        onCancel={onCancel}
      />
    </form>
  );
}

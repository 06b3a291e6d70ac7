/**
 * Planning an action, relationship first (docs/model.md#plans): the committee's plans, and a new one. A plan
 * names what the word is (an action, a message) and who should hear it (people, units, or everyone); the plan's
 * own page pairs each of them with the committee member who knows them best. Nothing is sent from here: the
 * word travels person to person.
 */
import { useId, useState, type FormEvent } from 'react';
import { createPlan, listActions, listPlans, type Plan } from '../api/power.api.js';
import { listUnits } from '../api/records.api.js';
import { Field, SelectField, TextAreaField } from '../app/Field.js';
import { formatDate, unitText } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { Link, navigate, pathFor } from '../app/router.js';
import { useProblemFocus, SubmitRow, useSubmission } from '../app/submission.js';
import { useWorkspace } from '../app/workspace.js';
import { PeoplePicker, problemOf, type Picked } from '../components/power/PeoplePicker.js';
import { appMessages } from '../i18n/app-messages.js';
import { powerMessages } from '../i18n/power-messages.js';

export function PlansPage() {
  const a = useT(appMessages);
  const t = useT(powerMessages);
  const { name: workspace } = useWorkspace();
  const plans = useResource(() => listPlans(workspace), [workspace]);
  const id = useId();
  return (
    <Page title={a('page.plans')} intro={t('plans.intro')}>
      <p className="plan-question plan-question--intro">
        <strong>{t('plan.question')}</strong> {t('plans.questionIntro')}
      </p>
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('plans.list')}</h2>
        <Loaded resource={plans}>{(list) => <PlanList plans={list} />}</Loaded>
      </section>
      <section aria-labelledby={`${id}-new`}>
        <h2 id={`${id}-new`}>{t('plans.new')}</h2>
        <PlanForm />
      </section>
    </Page>
  );
}

function PlanList({ plans }: { plans: readonly Plan[] }) {
  const t = useT(powerMessages);
  const { lang } = useLang();
  const { name: workspace } = useWorkspace();
  if (plans.length === 0) return <p className="empty">{t('plans.none')}</p>;
  const newest = [...plans].sort((a, b) =>
    a.createdOn < b.createdOn ? 1 : a.createdOn > b.createdOn ? -1 : a.id < b.id ? -1 : 1,
  );
  return (
    <ul className="link-list plan-list">
      {newest.map((p) => (
        <li key={p.id}>
          <Link className="link-list__main" to={pathFor('plan', { workspace, id: p.id })}>
            {p.title}
          </Link>{' '}
          <span className="muted">
            {t('plans.made', { date: formatDate(lang, p.createdOn) })} ·{' '}
            {p.expected.length === 0 ? t('plans.everyone') : t('plans.expectedCount', { n: p.expected.length })}
          </span>
        </li>
      ))}
    </ul>
  );
}

function PlanForm() {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const { name: workspace } = useWorkspace();
  const units = useResource(() => listUnits(workspace), [workspace]);
  const actions = useResource(() => listActions(workspace), [workspace]);
  const [title, setTitle] = useState('');
  const [action, setAction] = useState('');
  const [message, setMessage] = useState('');
  const [who, setWho] = useState<'everyone' | 'some'>('everyone');
  const [unitList, setUnitList] = useState<string[]>([]);
  const [unit, setUnit] = useState('');
  const [people, setPeople] = useState<Picked[]>([]);
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
    const made = await submission.send(
      () =>
        createPlan(workspace, {
          title,
          action: action || null,
          message: message.trim() === '' ? null : message.trim(),
          expected,
        }),
      t('plan.made'),
    );
    if (made) navigate(pathFor('plan', { workspace, id: made.id }));
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
      <SubmitRow busy={submission.busy} label={t('plan.save')} outcome={submission.outcome} />
    </form>
  );
}

export default PlansPage;

/**
 * Writing down what a satellite (staff, a lawyer, a parent, a politician) or a moon person did to workers'
 * relationships and confidence: nurturing, siphoning, or mixed, whom it touched (people, or a whole unit),
 * and what they did, in a sentence. Any member may; the server refuses a coworker as the one who did it (a
 * worker drawn away is the model's capture risk, not a satellite effect), and its words show beside the field.
 */
import { useId, useState, type FormEvent } from 'react';
import { SATELLITE_EFFECTS, type SatelliteEffect } from '../../../src/core/vocabulary.js';
import { createSatelliteEffect } from '../../api/power.api.js';
import type { Unit } from '../../api/records.api.js';
import { Field, SelectField, TextAreaField } from '../../app/Field.js';
import { localToday, unitText } from '../../app/format.js';
import { useT } from '../../app/lang.js';
import { SubmitRow, useProblemFocus, useSubmission } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { powerMessages } from '../../i18n/power-messages.js';
import { PeoplePicker, problemOf, type Picked } from './PeoplePicker.js';
import { EffectMark } from './power-marks.js';

export function SatelliteEffectForm({
  workspace,
  units,
  onSaved,
}: {
  workspace: string;
  units: readonly Unit[];
  onSaved: () => void;
}) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const a = useT(appMessages);
  const [who, setWho] = useState<Picked[]>([]);
  const [on, setOn] = useState(localToday());
  const [effect, setEffect] = useState<SatelliteEffect>('nurturing');
  const [people, setPeople] = useState<Picked[]>([]);
  const [unit, setUnit] = useState('');
  const [what, setWhat] = useState('');
  const [need, setNeed] = useState<string | null>(null);
  const submission = useSubmission();
  const id = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (who.length !== 1) {
      setNeed(t('effectForm.whoNeeded'));
      submission.setOutcome({ text: a('form.checkFields', { n: 1 }), ok: false });
      focusFirstProblem(form);
      return;
    }
    setNeed(null);
    const name = who[0]!.name;
    const saved = await submission.send(
      () =>
        createSatelliteEffect(workspace, {
          satellite: who[0]!.id,
          occurredOn: on,
          effect,
          on: [...people.map((p) => p.id), ...(unit ? [unit] : [])],
          what: what.trim() === '' ? null : what.trim(),
        }),
      t('effectForm.saved', { name }),
    );
    if (saved) {
      setWho([]);
      setPeople([]);
      setUnit('');
      setWhat('');
      onSaved();
    } else focusFirstProblem(form);
  };

  return (
    <form className="form form--wide satellite-form" onSubmit={(e) => void submit(e)} noValidate>
      <PeoplePicker
        workspace={workspace}
        label={t('effectForm.who')}
        help={t('effectForm.whoHelp')}
        chosenLabel={t('effectForm.whoChosen')}
        value={who}
        onChange={(next) => {
          setWho(next.slice(-1));
          setNeed(null);
        }}
        problem={need ?? submission.problems.satellite}
      />
      <fieldset className="field satellite-form__effect">
        <legend>{t('effectForm.effect')}</legend>
        {SATELLITE_EFFECTS.map((x) => (
          <label key={x} className="choice">
            <input type="radio" name={`${id}-effect`} checked={effect === x} onChange={() => setEffect(x)} />
            <EffectMark effect={x} /> {t(`effectForm.${x}`)}
          </label>
        ))}
      </fieldset>
      <Field
        label={t('effectForm.on')}
        type="date"
        value={on}
        max={localToday()}
        onChange={(e) => setOn(e.target.value)}
        problem={submission.problems.occurredOn}
        className="field--narrow"
        required
      />
      <TextAreaField
        label={t('effectForm.what')}
        help={t('effectForm.whatHelp')}
        rows={2}
        value={what}
        onChange={(e) => setWhat(e.target.value)}
        problem={submission.problems.what}
      />
      <PeoplePicker
        workspace={workspace}
        label={t('effectForm.touched')}
        help={t('effectForm.touchedHelp')}
        chosenLabel={t('effectForm.touchedChosen')}
        value={people}
        onChange={setPeople}
        problem={problemOf(submission.problems, 'on')}
      />
      <SelectField
        label={t('effectForm.unit')}
        value={unit}
        onChange={(e) => setUnit(e.target.value)}
        options={[
          { value: '', label: t('effectForm.noUnit') },
          ...units.map((u) => ({ value: u.path, label: unitText(u.path) })),
        ]}
      />
      <SubmitRow busy={submission.busy} label={t('effectForm.save')} outcome={submission.outcome} />
    </form>
  );
}

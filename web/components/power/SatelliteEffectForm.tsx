/**
 * Writing down what a satellite (staff, a lawyer, a parent, a politician) or a moon person did to workers'
 * relationships and confidence: nurturing, siphoning, or mixed, whom it touched (people, or a whole unit),
 * and what they did, in a sentence. Any member may; the server refuses a coworker as the one who did it (a
 * worker drawn away is the model's capture risk, not a satellite effect), and its words show beside the field.
 * Given an `effect`, the same form corrects it: only what changed is sent. Units it touched beyond the first stay
 * as they were (the form chooses one).
 */
import { useId, useState, type FormEvent } from 'react';
import { SATELLITE_EFFECTS, type SatelliteEffect } from '../../../src/core/vocabulary.js';
import {
  createSatelliteEffect,
  updateSatelliteEffect,
  type SatelliteEffect as SatelliteEffectRecord,
  type SatelliteEffectPatch,
} from '../../api/power.api.js';
import type { Unit } from '../../api/records.api.js';
import { Field, SelectField, TextAreaField } from '../../app/Field.js';
import { localToday, unitText } from '../../app/format.js';
import { useT } from '../../app/lang.js';
import { useProblemFocus, useSubmission } from '../../app/submission.js';
import { appMessages } from '../../i18n/app-messages.js';
import { powerMessages } from '../../i18n/power-messages.js';
import { changes } from '../../../src/core/changes.js';
import { PeoplePicker, problemOf, type Picked } from './PeoplePicker.js';
import { EffectMark } from './power-marks.js';
import { FormEnd } from './RecordActions.js';

export function SatelliteEffectForm({
  workspace,
  units,
  onSaved,
  effect: editing,
  name = (x) => x,
  onCancel,
}: {
  workspace: string;
  units: readonly Unit[];
  onSaved: (effect: SatelliteEffectRecord) => void;
  /** The effect to correct; without it, a new one is written down. */
  effect?: SatelliteEffectRecord;
  name?: (id: string) => string;
  onCancel?: () => void;
}) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(powerMessages);
  const a = useT(appMessages);
  const unitPaths = new Set(units.map((u) => u.path));
  const touchedUnits = (editing?.on ?? []).filter((x) => unitPaths.has(x));
  const [who, setWho] = useState<Picked[]>(editing ? [{ id: editing.satellite, name: name(editing.satellite) }] : []);
  const [on, setOn] = useState(editing?.occurredOn ?? localToday());
  const [effect, setEffect] = useState<SatelliteEffect>(editing?.effect ?? 'nurturing');
  const [people, setPeople] = useState<Picked[]>(
    (editing?.on ?? []).filter((x) => !unitPaths.has(x)).map((x) => ({ id: x, name: name(x) })),
  );
  const [unit, setUnit] = useState(touchedUnits[0] ?? '');
  const [what, setWhat] = useState(editing?.what ?? '');
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
    const doer = who[0]!.name;
    const input = {
      satellite: who[0]!.id,
      occurredOn: on,
      effect,
      on: [...people.map((p) => p.id), ...(unit ? [unit] : []), ...touchedUnits.slice(1)],
      what: what.trim() === '' ? null : what.trim(),
    };
    if (editing) {
      const patch = changes(editing, input) as SatelliteEffectPatch;
      if (Object.keys(patch).length === 0) return onCancel?.();
      const saved = await submission.send(
        () => updateSatelliteEffect(workspace, editing.id, patch),
        t('effectForm.saved', { name: doer }),
      );
      if (saved) onSaved(saved);
      else focusFirstProblem(form);
      return;
    }
    const saved = await submission.send(
      () => createSatelliteEffect(workspace, input),
      t('effectForm.saved', { name: doer }),
    );
    if (saved) {
      setWho([]);
      setPeople([]);
      setUnit('');
      setWhat('');
      onSaved(saved);
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
      <FormEnd
        editing={editing !== undefined}
        busy={submission.busy}
        label={t('effectForm.save')}
        outcome={submission.outcome}
        onCancel={onCancel}
      />
    </form>
  );
}

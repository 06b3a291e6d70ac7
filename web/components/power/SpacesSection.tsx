/**
 * The workplace's spaces on the power map page (GET /spaces): sun spaces where people work, moon spaces where
 * power is reflected, and others, each with a way to rename it, move it to another unit or change its kind
 * (PATCH /spaces/{id}), and to remove one written down by mistake (DELETE /spaces/{id}). The server refuses a
 * kind that no longer fits what is held there, and a removal while anything still names the space, saying what.
 */
import { useId, useState, type FormEvent } from 'react';
import { SPACE_KINDS, type SpaceKind } from '../../../src/core/vocabulary.js';
import { removeSpace, updateSpace, type SpacePatch } from '../../api/power.api.js';
import type { Space, Unit } from '../../api/records.api.js';
import { Field, SelectField } from '../../app/Field.js';
import { unitText } from '../../app/format.js';
import { useLang, useT } from '../../app/lang.js';
import { useProblemFocus, useSubmission } from '../../app/submission.js';
import { powerEditMessages } from '../../i18n/power-messages.js';
import { changes } from '../../../src/core/changes.js';
import { FormEnd, RecordActions, useNotice } from './RecordActions.js';

export function SpacesSection({
  workspace,
  spaces,
  units,
  onChanged,
}: {
  workspace: string;
  spaces: readonly Space[];
  units: readonly Unit[];
  onChanged: () => void;
}) {
  const t = useT(powerEditMessages);
  const id = useId();
  const { notice, say } = useNotice();
  const { lang } = useLang();
  const collator = new Intl.Collator(lang);
  const order: Record<SpaceKind, number> = { sun: 0, moon: 1, other: 2 };
  const sorted = [...spaces].sort((x, y) => order[x.kind] - order[y.kind] || collator.compare(x.name, y.name));
  return (
    <section aria-labelledby={`${id}-spaces`} className="spaces-section">
      <h2 id={`${id}-spaces`}>{t('spaces.title')}</h2>
      <p className="muted">{t('spaces.help')}</p>
      {notice}
      {sorted.length === 0 ? (
        <p className="empty">{t('spaces.none')}</p>
      ) : (
        <details className="disclosure">
          <summary>{t('spaces.show', { n: sorted.length })}</summary>
          <ul className="space-list">
            {sorted.map((s) => {
              const what = t('what.space', { name: s.name });
              return (
                <li key={s.id} className="card space-item" data-space={s.id}>
                  <p className="space-item__head">
                    <strong>{s.name}</strong> · <span className="nowrap">{t(`spaces.short.${s.kind}`)}</span>
                    {s.unit && <span className="muted"> · {unitText(s.unit)}</span>}
                  </p>
                  <RecordActions
                    what={what}
                    remove={() => removeSpace(workspace, s.id)}
                    onRemoved={() => {
                      say(t('edit.removed', { what }));
                      onChanged();
                    }}
                    edit={(done) => (
                      <SpaceForm
                        workspace={workspace}
                        space={s}
                        units={units}
                        onSaved={(now) => {
                          done(true);
                          say(t('edit.saved', { what: t('what.space', { name: now.name }) }));
                          onChanged();
                        }}
                        onCancel={() => done(false)}
                      />
                    )}
                  />
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </section>
  );
}

function SpaceForm({
  workspace,
  space,
  units,
  onSaved,
  onCancel,
}: {
  workspace: string;
  space: Space;
  units: readonly Unit[];
  onSaved: (space: Space) => void;
  onCancel: () => void;
}) {
  const t = useT(powerEditMessages);
  const focusFirstProblem = useProblemFocus();
  const [name, setName] = useState(space.name);
  const [kind, setKind] = useState<SpaceKind>(space.kind);
  const [unit, setUnit] = useState(space.unit ?? '');
  const submission = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const patch = changes(space, { name: name.trim(), kind, unit: unit || null }) as SpacePatch;
    if (Object.keys(patch).length === 0) return onCancel();
    const saved = await submission.send(() => updateSpace(workspace, space.id, patch), t('edit.saved', { what: name }));
    if (saved) onSaved(saved);
    else focusFirstProblem(form);
  };

  return (
    <form className="form form--wide" onSubmit={(e) => void submit(e)} noValidate>
      <Field
        label={t('spaces.name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        problem={submission.problems.name}
        required
      />
      <div className="form__row">
        <SelectField
          label={t('spaces.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as SpaceKind)}
          options={SPACE_KINDS.map((k) => ({ value: k, label: t(`spaces.kind.${k}`) }))}
          problem={submission.problems.kind}
        />
        <SelectField
          label={t('spaces.unit')}
          value={unit}
          onChange={(e) => setUnit(e.target.value)}
          options={[
            { value: '', label: t('spaces.noUnit') },
            ...units.map((u) => ({ value: u.path, label: unitText(u.path) })),
            ...(space.unit && !units.some((u) => u.path === space.unit)
              ? [{ value: space.unit, label: unitText(space.unit) }]
              : []),
          ]}
          problem={submission.problems.unit}
        />
      </div>
      <FormEnd editing busy={submission.busy} label={t('edit.save')} outcome={submission.outcome} onCancel={onCancel} />
    </form>
  );
}

/**
 * The grievances raised in a conversation, one row each: an existing grievance or a new one (its title in
 * the person's words, and the unit it affects), and who raised it. Adding a row moves focus into it;
 * removing one moves focus back to the add button.
 */
import type { GrievanceWithRaisings } from '../../api/records.api.js';
import { Field, SelectField } from '../../app/Field.js';
import { useT } from '../../app/lang.js';
import { formsMessages } from '../../i18n/forms-messages.js';
import { NEW_GRIEVANCE, type FormProblems, type GrievanceRow } from './log-form.js';
import { useRows } from './use-rows.js';

interface Option {
  value: string;
  label: string;
}

export function GrievanceRows({
  rows,
  onChange,
  newKey,
  grievances,
  units,
  participants,
  problems,
}: {
  rows: readonly GrievanceRow[];
  onChange: (rows: GrievanceRow[]) => void;
  newKey: () => number;
  grievances: readonly GrievanceWithRaisings[];
  units: readonly Option[];
  participants: readonly Option[];
  problems: FormProblems;
}) {
  const t = useT(formsMessages);
  const { addButton, section, set, add: addRow, remove } = useRows(rows, onChange, newKey);

  const add = () => {
    // The one other person in a two-person conversation is most often the one who raised it.
    const other = participants.length === 2 ? (participants[1]?.value ?? '') : '';
    addRow((key) => ({ key, grievance: '', title: '', unit: '', by: other }));
  };

  return (
    <section className="rows" aria-labelledby="log-grievances" ref={section}>
      <h2 id="log-grievances" className="rows__title">
        {t('log.grievances')}
      </h2>
      <p className="field__help">{t('log.grievancesHelp')}</p>
      {rows.map((row, i) => (
        <fieldset key={row.key} className="row-card" data-row={row.key}>
          <legend>{t('log.grievanceN', { n: i + 1 })}</legend>
          <SelectField
            label={t('log.grievance')}
            value={row.grievance}
            onChange={(e) => set(row.key, { grievance: e.target.value })}
            options={[
              { value: '', label: t('log.grievancePick') },
              ...grievances.map((g) => ({ value: g.id, label: g.title })),
              { value: NEW_GRIEVANCE, label: t('log.grievanceNew') },
            ]}
            problem={problems[`grievance.${row.key}.grievance`]}
          />
          {row.grievance === NEW_GRIEVANCE && (
            <>
              <Field
                label={t('log.grievanceTitle')}
                value={row.title}
                onChange={(e) => set(row.key, { title: e.target.value })}
                problem={problems[`grievance.${row.key}.title`]}
                required
              />
              <SelectField
                label={t('log.grievanceUnit')}
                value={row.unit}
                onChange={(e) => set(row.key, { unit: e.target.value })}
                options={[{ value: '', label: t('log.grievanceUnitAll') }, ...units]}
                problem={problems[`grievance.${row.key}.unit`]}
              />
            </>
          )}
          <SelectField
            label={t('log.raisedBy')}
            value={row.by}
            onChange={(e) => set(row.key, { by: e.target.value })}
            options={[{ value: '', label: t('log.raisedByNone') }, ...participants]}
            problem={problems[`grievance.${row.key}.by`]}
          />
          <button type="button" className="link-button row-card__remove" onClick={() => remove(row.key)}>
            {t('log.removeGrievance')}
          </button>
        </fieldset>
      ))}
      <button type="button" ref={addButton} onClick={add}>
        <span aria-hidden="true">+</span> {t('log.addGrievance')}
      </button>
    </section>
  );
}

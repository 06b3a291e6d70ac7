/**
 * The asks made in a conversation, one row each: who asked whom, what, their answer, how comfortable they
 * were, whether they wanted the step themselves, and whether it happened. These are what the care signals
 * read, so a hesitant yes or an unwanted step is worth writing down.
 */
import { ASK_RESPONSES, COMFORTS, FOLLOW_THROUGH, WANTED } from '../../../src/core/vocabulary.js';
import { Field, SelectField } from '../../app/Field.js';
import { useT } from '../../app/lang.js';
import { formsMessages } from '../../i18n/forms-messages.js';
import { comfortWord, followWord, responseWord, wantedWord, wordsMessages } from '../../i18n/words-messages.js';
import type { AskRow, FormProblems } from './log-form.js';
import { useRows } from './use-rows.js';

interface Option {
  value: string;
  label: string;
}

export function AskRows({
  rows,
  onChange,
  newKey,
  participants,
  defaultBy,
  problems,
}: {
  rows: readonly AskRow[];
  onChange: (rows: AskRow[]) => void;
  newKey: () => number;
  participants: readonly Option[];
  /** The organizer, who usually makes the ask. */
  defaultBy: string;
  problems: FormProblems;
}) {
  const t = useT(formsMessages);
  const w = useT(wordsMessages);
  const { addButton, section, set, add: addRow, remove } = useRows(rows, onChange, newKey);

  const add = () => {
    const by = participants.some((p) => p.value === defaultBy) ? defaultBy : '';
    const to = participants.find((p) => p.value !== by)?.value ?? '';
    addRow((key) => ({
      key,
      by,
      to,
      what: '',
      response: 'yes',
      comfort: '',
      wanted: 'unknown',
      followedThrough: 'pending',
    }));
  };

  const people = [{ value: '', label: t('log.choosePerson') }, ...participants];

  return (
    <section className="rows" aria-labelledby="log-asks" ref={section}>
      <h2 id="log-asks" className="rows__title">
        {t('log.asks')}
      </h2>
      <p className="field__help">{t('log.asksHelp')}</p>
      {rows.map((row, i) => (
        <fieldset key={row.key} className="row-card" data-row={row.key}>
          <legend>{t('log.askN', { n: i + 1 })}</legend>
          <div className="form__row">
            <SelectField
              label={t('log.askBy')}
              value={row.by}
              onChange={(e) => set(row.key, { by: e.target.value })}
              options={people}
              problem={problems[`ask.${row.key}.by`]}
            />
            <SelectField
              label={t('log.askTo')}
              value={row.to}
              onChange={(e) => set(row.key, { to: e.target.value })}
              options={people}
              problem={problems[`ask.${row.key}.to`]}
            />
          </div>
          <Field
            label={t('log.askWhat')}
            value={row.what}
            onChange={(e) => set(row.key, { what: e.target.value })}
            problem={problems[`ask.${row.key}.what`]}
            required
          />
          <div className="form__row">
            <SelectField
              label={t('log.askResponse')}
              value={row.response}
              onChange={(e) => set(row.key, { response: e.target.value as AskRow['response'] })}
              options={ASK_RESPONSES.map((r) => ({ value: r, label: w(responseWord(r)) }))}
              problem={problems[`ask.${row.key}.response`]}
            />
            <SelectField
              label={t('log.askComfort')}
              value={row.comfort}
              onChange={(e) => set(row.key, { comfort: e.target.value as AskRow['comfort'] })}
              options={[
                { value: '', label: w(comfortWord(null)) },
                ...COMFORTS.map((c) => ({ value: c, label: w(comfortWord(c)) })),
              ]}
              problem={problems[`ask.${row.key}.comfort`]}
            />
          </div>
          <div className="form__row">
            <SelectField
              label={t('log.askWanted')}
              value={row.wanted}
              onChange={(e) => set(row.key, { wanted: e.target.value as AskRow['wanted'] })}
              options={WANTED.map((v) => ({ value: v, label: w(wantedWord(v)) }))}
              problem={problems[`ask.${row.key}.wanted`]}
            />
            <SelectField
              label={t('log.askFollow')}
              value={row.followedThrough}
              onChange={(e) => set(row.key, { followedThrough: e.target.value as AskRow['followedThrough'] })}
              options={FOLLOW_THROUGH.map((f) => ({ value: f, label: w(followWord(f)) }))}
              problem={problems[`ask.${row.key}.followedThrough`]}
            />
          </div>
          <button type="button" className="link-button row-card__remove" onClick={() => remove(row.key)}>
            {t('log.removeAsk')}
          </button>
        </fieldset>
      ))}
      <button type="button" ref={addButton} onClick={add}>
        <span aria-hidden="true">+</span> {t('log.addAsk')}
      </button>
    </section>
  );
}

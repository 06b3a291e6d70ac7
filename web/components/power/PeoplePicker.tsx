/**
 * Choose several people: search as you type (PersonSearch), each one picked shown as a chip that can be
 * removed. For attendees of a session, holders of a mandate, people on a picket shift, people a plan expects.
 */
import type { FieldProblems } from '../../app/submission.js';
import { useT } from '../../app/lang.js';
import { powerMessages } from '../../i18n/power-messages.js';
import { PersonSearch } from '../forms/PersonSearch.js';

export interface Picked {
  id: string;
  name: string;
}

export function PeoplePicker({
  workspace,
  label,
  help,
  chosenLabel,
  value,
  onChange,
  problem,
  includeLeft = false,
}: {
  workspace: string;
  label: string;
  help?: string;
  /** The list's name for screen readers ("Attendees chosen"). */
  chosenLabel: string;
  value: readonly Picked[];
  onChange: (next: Picked[]) => void;
  problem?: string | null | undefined;
  includeLeft?: boolean;
}) {
  const t = useT(powerMessages);
  return (
    <div className="people-picker">
      <PersonSearch
        workspace={workspace}
        label={label}
        {...(help ? { help } : {})}
        problem={problem}
        includeLeft={includeLeft}
        exclude={value.map((p) => p.id)}
        onPick={(p) => onChange([...value, { id: p.id, name: p.name }])}
      />
      {value.length > 0 && (
        <ul className="chips" aria-label={chosenLabel}>
          {value.map((p) => (
            <li key={p.id} className="chip">
              <span>{p.name}</span>
              <button
                type="button"
                className="chip__remove"
                aria-label={t('form.removePerson', { name: p.name })}
                onClick={() => onChange(value.filter((o) => o.id !== p.id))}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The server's problem for a field, or for any item of it (`attendees.1` for `attendees`). */
export function problemOf(problems: FieldProblems, field: string): string | undefined {
  if (problems[field]) return problems[field];
  const item = Object.keys(problems).find((k) => k.startsWith(`${field}.`));
  return item ? problems[item] : undefined;
}

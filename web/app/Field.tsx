/** A labelled text input with its help and its problem, both tied to it for screen readers. */
import { useId, type InputHTMLAttributes } from 'react';

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: string;
  help?: string;
  problem?: string | null;
}

export function Field({ label, help, problem, ...input }: FieldProps) {
  const id = useId();
  const described = [help ? `${id}-help` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} aria-invalid={problem ? true : undefined} aria-describedby={described || undefined} {...input} />
      {help && (
        <p id={`${id}-help`} className="field__help">
          {help}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="field__problem">
          {problem}
        </p>
      )}
    </div>
  );
}

/**
 * Labelled form fields (a text input, a select, a text area) with their help and their problem, both tied
 * to the field for screen readers. A problem is shown next to its field, in the server's words when the API
 * refused it.
 */
import {
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';

interface Framing {
  label: string;
  help?: string | undefined;
  problem?: string | null | undefined;
  className?: string;
}

function useFraming({ help, problem }: Framing) {
  const id = useId();
  const described = [help ? `${id}-help` : null, problem ? `${id}-problem` : null].filter(Boolean).join(' ');
  return {
    id,
    control: { id, 'aria-invalid': problem ? true : undefined, 'aria-describedby': described || undefined },
  } as const;
}

function Frame({ id, label, help, problem, className, children }: Framing & { id: string; children: ReactNode }) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
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

export interface FieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>, Framing {}

export function Field({ label, help, problem, className, ...input }: FieldProps) {
  const { id, control } = useFraming({ label, help, problem });
  return (
    <Frame id={id} label={label} help={help} problem={problem} {...(className ? { className } : {})}>
      <input {...control} {...input} />
    </Frame>
  );
}

export interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>, Framing {
  options: readonly { value: string; label: string }[];
}

export function SelectField({ label, help, problem, options, className, ...select }: SelectFieldProps) {
  const { id, control } = useFraming({ label, help, problem });
  return (
    <Frame id={id} label={label} help={help} problem={problem} {...(className ? { className } : {})}>
      <select {...control} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>, Framing {}

export function TextAreaField({ label, help, problem, className, ...area }: TextAreaFieldProps) {
  const { id, control } = useFraming({ label, help, problem });
  return (
    <Frame id={id} label={label} help={help} problem={problem} {...(className ? { className } : {})}>
      <textarea {...control} {...area} />
    </Frame>
  );
}

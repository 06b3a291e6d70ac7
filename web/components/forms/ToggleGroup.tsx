/** Several choices that are each on or off, one tap each: buttons with aria-pressed inside a fieldset. */
export interface ToggleGroupProps<V extends string> {
  legend: string;
  options: readonly { value: V; label: string }[];
  selected: readonly V[];
  onToggle: (value: V) => void;
  help?: string;
}

export function ToggleGroup<V extends string>({ legend, options, selected, onToggle, help }: ToggleGroupProps<V>) {
  return (
    <fieldset className="field toggle-group">
      <legend>{legend}</legend>
      {help && <p className="field__help">{help}</p>}
      <div className="toggle-group__buttons">
        {options.map((o) => {
          const on = selected.includes(o.value);
          return (
            <button
              key={o.value}
              type="button"
              className="toggle-button"
              aria-pressed={on}
              onClick={() => onToggle(o.value)}
            >
              <span className="toggle-button__tick" aria-hidden="true">
                {on ? '✓' : '+'}
              </span>
              {o.label}
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}

/**
 * A list of rows in a form (the grievances and the asks of a conversation): changing one row, adding one
 * (focus moves into its first select once it is drawn) and removing one (focus goes back to the add button).
 */
import { useEffect, useRef } from 'react';

export function useRows<T extends { key: number }>(
  rows: readonly T[],
  onChange: (rows: T[]) => void,
  newKey: () => number,
) {
  const addButton = useRef<HTMLButtonElement>(null);
  const section = useRef<HTMLElement>(null);
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    if (focusRow.current === null) return;
    section.current?.querySelector<HTMLElement>(`[data-row="${focusRow.current}"] select`)?.focus();
    focusRow.current = null;
  }, [rows.length]);

  const set = (key: number, change: Partial<T>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));

  /** Add the row `make` builds for a new key. */
  const add = (make: (key: number) => T) => {
    const key = newKey();
    focusRow.current = key;
    onChange([...rows, make(key)]);
  };

  const remove = (key: number) => {
    onChange(rows.filter((r) => r.key !== key));
    addButton.current?.focus();
  };

  return { addButton, section, set, add, remove };
}

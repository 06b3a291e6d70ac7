/**
 * Reading from the API inside a page: the answer of a loader, reloaded when its inputs change, with answers
 * that arrive after the inputs moved on thrown away (a fast typist must not see an older search win).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../api/client.js';

export type Resource<T> =
  | { status: 'loading'; value?: T; reload: () => void }
  | { status: 'done'; result: ApiResult<T>; value?: T; reload: () => void };

export function useResource<T>(load: () => Promise<ApiResult<T>>, inputs: readonly unknown[]): Resource<T> {
  const [state, setState] = useState<{ result: ApiResult<T> | null; value?: T }>({ result: null });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const ticket = ++latest.current;
    setState((s) => ({ result: null, ...(s.value !== undefined ? { value: s.value } : {}) }));
    void loadRef.current().then((result) => {
      if (ticket !== latest.current) return;
      setState((s) => ({
        result,
        ...(result.ok ? { value: result.value } : s.value !== undefined ? { value: s.value } : {}),
      }));
    });
    // The loader is read through a ref: only the listed inputs (and reload) ask again.
  }, [...inputs, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  if (state.result === null)
    return { status: 'loading', ...(state.value !== undefined ? { value: state.value } : {}), reload };
  return { status: 'done', result: state.result, ...(state.value !== undefined ? { value: state.value } : {}), reload };
}

/**
 * Sending a form to the server: the busy state, the answer in words (success in the page's words, a
 * refusal in the server's own, which are written for the person), the problems the server named field by
 * field, and the submit row that shows the outcome.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiResult } from '../api/client.js';
import { appMessages } from '../i18n/app-messages.js';
import { useT } from './lang.js';

/** The server's problems by field path (`participants.1`, `asks.0.what`). */
export type FieldProblems = Readonly<Record<string, string>>;

export function useSubmission() {
  const t = useT(appMessages);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; ok: boolean } | null>(null);
  const [problems, setProblems] = useState<FieldProblems>({});

  const send = useCallback(
    async <T,>(request: () => Promise<ApiResult<T>>, success: string | ((value: T) => string)): Promise<T | null> => {
      setBusy(true);
      setOutcome(null);
      const result = await request();
      setBusy(false);
      if (result.ok) {
        setProblems({});
        setOutcome({ text: typeof success === 'string' ? success : success(result.value), ok: true });
        return result.value;
      }
      if (result.kind === 'unreachable') {
        setOutcome({ text: t('form.unreachable'), ok: false });
        return null;
      }
      setProblems(Object.fromEntries(result.fields.map((f) => [f.field, f.message])));
      setOutcome({
        text: result.fields.length > 0 ? t('form.checkFields', { n: result.fields.length }) : result.message,
        ok: false,
      });
      return null;
    },
    [t],
  );

  const clear = useCallback(() => {
    setOutcome(null);
    setProblems({});
  }, []);

  return { busy, outcome, problems, send, clear, setOutcome };
}

export function SubmitRow({
  busy,
  label,
  outcome,
}: {
  busy: boolean;
  label: string;
  outcome: { text: string; ok: boolean } | null;
}) {
  const t = useT(appMessages);
  return (
    <div className="submit-row">
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('form.working') : label}
      </button>
      <p role="status" className={`form__outcome ${outcome && !outcome.ok ? 'form__outcome--problem' : ''}`}>
        {outcome?.text}
      </p>
    </div>
  );
}

/**
 * After a refused submit, bring the person to the first field marked as a problem, so a keyboard or
 * screen-reader user lands on what to fix rather than on the button. The focus moves in an effect, after
 * React has drawn the problems: a timer or an animation frame could run before that on a busy machine and
 * find the old marks, or none.
 */
export function useProblemFocus(): (form: HTMLFormElement | null) => void {
  const [request, setRequest] = useState<{ form: HTMLFormElement | null } | null>(null);
  useEffect(() => {
    request?.form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);
  return useCallback((form: HTMLFormElement | null) => setRequest({ form }), []);
}

/**
 * Sending a form to the server: the busy state, the answer in words (success in the page's words, a
 * refusal in the server's own, which are written for the person), and the submit row that shows both.
 */
import { useState } from 'react';
import type { ApiResult } from '../api/http.js';
import { appMessages, type AppMessageKey } from '../i18n/app-messages.js';
import { useT } from './lang.js';

export function useSubmission() {
  const t = useT(appMessages);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  const send = async (request: () => Promise<ApiResult<unknown>>, success: AppMessageKey): Promise<boolean> => {
    setBusy(true);
    const result = await request();
    setBusy(false);
    if (result.ok) setOutcome(t(success));
    else if (result.kind === 'unreachable') setOutcome(t('form.unreachable'));
    else setOutcome(t('form.failed', { message: result.message }));
    return result.ok;
  };
  return { busy, outcome, send };
}

export function SubmitRow({ busy, label, outcome }: { busy: boolean; label: string; outcome: string | null }) {
  const t = useT(appMessages);
  return (
    <>
      <button type="submit" className="button button--primary" disabled={busy}>
        {busy ? t('form.working') : label}
      </button>
      <p role="status" className="form__outcome">
        {outcome}
      </p>
    </>
  );
}

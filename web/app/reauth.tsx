/**
 * Confirming who you are again (src/server/fresh-auth.ts). An export, the panic wipe and changes to how one
 * signs in answer 403 `reauth_required` unless the session proved itself in the last five minutes; then a
 * dialog asks for the password (or a passkey, when the account has one), and the request is sent once more.
 *
 * The dialog is the browser's own modal <dialog>: focus moves into it and stays there, Escape cancels, and
 * focus goes back to where it was.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type ReactNode,
} from 'react';
import type { ApiRefusal, ApiResult } from '../api/client.js';
import {
  fetchFactors,
  passkeysSupported,
  reauthWithPasskey,
  reauthWithPassword,
  type PasskeyFailure,
} from '../api/security.api.js';
import { appMessages } from '../i18n/app-messages.js';
import { securityMessages } from '../i18n/security-messages.js';
import { Field } from './Field.js';
import { useT } from './lang.js';
import { signInProblem } from './sign-in-words.js';
import { useProblemFocus } from './submission.js';

export const REAUTH_REQUIRED = 'reauth_required';
export const REAUTH_CANCELLED = 'reauth_cancelled';

interface ReauthApi {
  /**
   * Send a request; when the server asks for a fresh confirmation, ask the person, then send it once more.
   * A person who cancels gets a refusal with the code `reauth_cancelled`.
   */
  confirmed: <R extends Answer>(request: () => Promise<R>) => Promise<R | ApiRefusal>;
  /** Ask now, for a request the typed client does not send (a download). True when confirmed. */
  ask: () => Promise<boolean>;
}

/** An API answer, or a passkey ceremony's (which may also end in the device saying no). */
type Answer = ApiResult<unknown> | PasskeyFailure;

const ReauthContext = createContext<ReauthApi | null>(null);

export function isReauthRequired(result: Answer): boolean {
  return !result.ok && result.kind === 'refused' && result.status === 403 && result.code === REAUTH_REQUIRED;
}

export function ReauthProvider({ children }: { children: ReactNode }) {
  const s = useT(securityMessages);
  const [open, setOpen] = useState(false);
  const waiting = useRef<Promise<boolean> | null>(null);
  const settle = useRef<((confirmed: boolean) => void) | null>(null);

  const ask = useCallback(() => {
    // Several requests may ask at once: one dialog answers them all.
    if (waiting.current) return waiting.current;
    waiting.current = new Promise<boolean>((resolve) => {
      settle.current = resolve;
    });
    setOpen(true);
    return waiting.current;
  }, []);

  const finish = useCallback((confirmed: boolean) => {
    setOpen(false);
    settle.current?.(confirmed);
    settle.current = null;
    waiting.current = null;
  }, []);

  const confirmed = useCallback(
    async <R extends Answer>(request: () => Promise<R>): Promise<R | ApiRefusal> => {
      const first = await request();
      if (!isReauthRequired(first)) return first;
      if (!(await ask())) {
        const cancelled: ApiRefusal = {
          ok: false,
          kind: 'refused',
          status: 403,
          code: REAUTH_CANCELLED,
          message: s('reauth.cancelled'),
          fields: [],
        };
        return cancelled;
      }
      return request();
    },
    [ask, s],
  );

  const value = useMemo(() => ({ confirmed, ask }), [confirmed, ask]);
  return (
    <ReauthContext.Provider value={value}>
      {children}
      {open && <ReauthDialog onDone={finish} />}
    </ReauthContext.Provider>
  );
}

export function useReauth(): ReauthApi {
  const api = useContext(ReauthContext);
  if (!api) throw new Error('useReauth outside ReauthProvider');
  return api;
}

function ReauthDialog({ onDone }: { onDone: (confirmed: boolean) => void }) {
  const focusFirstProblem = useProblemFocus();
  const s = useT(securityMessages);
  const a = useT(appMessages);
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [hasPasskey, setHasPasskey] = useState(false);
  const done = useRef(false);

  const end = useCallback(
    (confirmed: boolean) => {
      if (done.current) return;
      done.current = true;
      if (dialog.current?.open) dialog.current.close();
      onDone(confirmed);
    },
    [onDone],
  );

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    let live = true;
    if (passkeysSupported()) {
      void fetchFactors().then((f) => {
        if (live && f.ok) setHasPasskey(f.value.passkeys.length > 0);
      });
    }
    return () => {
      live = false;
    };
  }, []);

  const withPassword = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (password === '') {
      setProblem(a('form.required'));
      focusFirstProblem(form);
      return;
    }
    setBusy(true);
    setProblem(null);
    const result = await reauthWithPassword(password);
    setBusy(false);
    if (result.ok) return end(true);
    setProblem(signInProblem(result, 'reauth', s, a));
    focusFirstProblem(form);
  };

  const withPasskey = async () => {
    setBusy(true);
    setProblem(null);
    const result = await reauthWithPasskey();
    setBusy(false);
    if (result.ok) end(true);
    else setProblem(signInProblem(result, 'passkey', s, a));
  };

  return (
    <dialog
      ref={dialog}
      className="reauth-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(e) => {
        e.preventDefault();
        end(false);
      }}
      onClose={() => end(false)}
    >
      <form className="form" onSubmit={(e) => void withPassword(e)} noValidate>
        <h2 id={`${id}-title`} className="reauth-dialog__title">
          {s('reauth.title')}
        </h2>
        <p id={`${id}-text`} className="reauth-dialog__text">
          {s('reauth.text')}
        </p>
        <Field
          label={s('reauth.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          problem={problem}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? a('form.working') : s('reauth.confirm')}
          </button>
          {hasPasskey && (
            <button type="button" className="button" disabled={busy} onClick={() => void withPasskey()}>
              {s('reauth.passkey')}
            </button>
          )}
          <button type="button" className="button" onClick={() => end(false)}>
            {s('reauth.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

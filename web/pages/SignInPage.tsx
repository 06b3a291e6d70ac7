/**
 * Signing in: a username and password, then, for an account with an authenticator app, its six-digit code
 * (or a recovery code); or a passkey, which is a whole sign-in on its own. A refusal never says whether the
 * username exists; past the guessing limit it says to wait, or to use a passkey (docs/security.md).
 */
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { Me } from '../api/auth.api.js';
import { finishWithCode, passkeysSupported, signInWithPassword, signInWithPasskey } from '../api/security.api.js';
import { Field } from '../app/Field.js';
import { Page } from '../app/Page.js';
import { useProblemFocus, SubmitRow } from '../app/submission.js';
import { navigate, pathFor, queryParam, useLocation } from '../app/router.js';
import { useT } from '../app/lang.js';
import { useSession } from '../app/session.js';
import { signInProblem, type SignInFailure } from '../app/sign-in-words.js';
import { appMessages } from '../i18n/app-messages.js';
import { securityMessages } from '../i18n/security-messages.js';

/** Where to go after signing in: the page that asked for it (only a path of this app), else the start. */
function nextPath(location: string): string {
  const next = queryParam(location, 'next');
  return next && next.startsWith('/') && !next.startsWith('//') ? next : pathFor('home');
}

type Outcome = { text: string; ok: boolean } | null;

export function SignInPage() {
  const focusFirstProblem = useProblemFocus();
  const t = useT(appMessages);
  const s = useT(securityMessages);
  const location = useLocation();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ username?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [ticket, setTicket] = useState<string | null>(null);
  const codeStep = useRef<HTMLHeadingElement>(null);
  // The second step takes the focus once it is drawn.
  useEffect(() => {
    if (ticket !== null) codeStep.current?.focus();
  }, [ticket]);
  const said = queryParam(location, 'signedOut');

  const done = (me: Me) => {
    setOutcome({ text: t('form.signedIn'), ok: true });
    session.signedIn(me);
    navigate(nextPath(location));
  };

  const refused = (failure: SignInFailure, proof: 'password' | 'passkey') =>
    setOutcome({ text: signInProblem(failure, proof, s, t), ok: false });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const next = {
      username: username.trim() === '' ? t('form.required') : undefined,
      password: password === '' ? t('form.required') : undefined,
    };
    setProblems(next);
    if (next.username || next.password) {
      focusFirstProblem(form);
      return;
    }
    setBusy(true);
    setOutcome(null);
    const result = await signInWithPassword(username.trim(), password);
    setBusy(false);
    if (!result.ok) return refused(result, 'password');
    if (result.value.step === 'done') return done(result.value.me);
    setPassword('');
    setTicket(result.value.ticket);
  };

  const withPasskey = async () => {
    setBusy(true);
    setOutcome(null);
    const result = await signInWithPasskey();
    setBusy(false);
    if (result.ok) done(result.value);
    else refused(result, 'passkey');
  };

  if (ticket !== null) {
    return (
      <Page title={t('page.signIn')}>
        <CodeStep
          ticket={ticket}
          headingRef={codeStep}
          onSignedIn={done}
          onExpired={(text) => {
            setTicket(null);
            setOutcome(text ? { text, ok: false } : null);
          }}
        />
      </Page>
    );
  }

  return (
    <Page title={t('page.signIn')}>
      {said && (
        <p className="notice" role="status">
          {said === 'everywhere' ? s('signIn.endedEverywhere') : s('signIn.passwordChanged')}
        </p>
      )}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('form.username')}
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          problem={problems.username}
          required
        />
        <Field
          label={t('form.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          problem={problems.password}
          required
        />
        <SubmitRow busy={busy} label={t('form.signIn')} outcome={outcome} />
      </form>
      {passkeysSupported() && (
        <div className="sign-in-passkey">
          <p className="sign-in-passkey__or" aria-hidden="true">
            {s('signIn.or')}
          </p>
          <button
            type="button"
            className="button"
            disabled={busy}
            aria-describedby="passkey-help"
            onClick={() => void withPasskey()}
          >
            <KeyIcon /> {s('signIn.passkey')}
          </button>
          <p id="passkey-help" className="field__help">
            {s('signIn.passkeyHelp')}
          </p>
        </div>
      )}
    </Page>
  );
}

/** The second step: the app's code, or a recovery code, for the ticket the password earned. */
function CodeStep({
  ticket,
  headingRef,
  onSignedIn,
  onExpired,
}: {
  ticket: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onSignedIn: (me: Me) => void;
  onExpired: (text: string) => void;
}) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(appMessages);
  const s = useT(securityMessages);
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const typed = code.trim();
    if (typed === '') {
      setProblem(t('form.required'));
      focusFirstProblem(form);
      return;
    }
    setBusy(true);
    setProblem(null);
    setOutcome(null);
    const result = await finishWithCode(ticket, recovery ? { recoveryCode: typed } : { code: typed });
    setBusy(false);
    if (result.ok) return onSignedIn(result.value);
    const text = signInProblem(result, recovery ? 'recoveryCode' : 'code', s, t);
    if (result.kind === 'refused' && result.code === 'second_factor_expired') return onExpired(text);
    setProblem(text);
    setOutcome({ text, ok: false });
    focusFirstProblem(form);
  };

  const switchKind = () => {
    setRecovery((r) => !r);
    setCode('');
    setProblem(null);
    setOutcome(null);
  };

  return (
    <section aria-labelledby="code-step">
      <h2 id="code-step" ref={headingRef} tabIndex={-1}>
        {s('signIn.codeTitle')}
      </h2>
      <p className="page-intro">{s('signIn.codeText')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {recovery ? (
          <Field
            key="recovery"
            label={s('signIn.recoveryCode')}
            help={s('signIn.recoveryHelp')}
            name="recovery-code"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            problem={problem}
            required
          />
        ) : (
          <Field
            key="code"
            label={s('signIn.code')}
            help={s('signIn.codeHelp')}
            name="one-time-code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={8}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            problem={problem}
            required
          />
        )}
        <SubmitRow busy={busy} label={s('signIn.confirm')} outcome={outcome} />
      </form>
      <div className="button-row sign-in-code__other">
        <button type="button" className="link-button" onClick={switchKind}>
          {recovery ? s('signIn.useCode') : s('signIn.useRecovery')}
        </button>
        <button type="button" className="link-button" onClick={() => onExpired('')}>
          {s('signIn.startAgain')}
        </button>
      </div>
    </section>
  );
}

function KeyIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="8" cy="12" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M12 12h10M18 12v4M21 12v3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

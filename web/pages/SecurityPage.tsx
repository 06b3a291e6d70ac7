/**
 * Settings > Security: how I sign in (passkeys, the authenticator app and its recovery codes, the password)
 * and where (signing out everywhere). Changes to how I sign in ask me to confirm who I am again when the
 * session is older than five minutes (web/app/reauth.tsx).
 */
import { useId, useState, type FormEvent } from 'react';
import { changePassword, fetchFactors, signOutEverywhere } from '../api/security.api.js';
import { Field } from '../app/Field.js';
import { useT } from '../app/lang.js';
import { Loaded, Loading } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { MIN_PASSWORD_LENGTH as MIN_PASSWORD } from '../app/password-rule.js';
import { useResource } from '../app/resource.js';
import { Link, navigate, pathFor } from '../app/router.js';
import { useMe, useSession } from '../app/session.js';
import { signInProblem } from '../app/sign-in-words.js';
import { useProblemFocus, SubmitRow } from '../app/submission.js';
import { PasskeysSection } from '../components/security/PasskeysSection.js';
import { TotpSection } from '../components/security/TotpSection.js';
import { appMessages } from '../i18n/app-messages.js';
import { securityMessages } from '../i18n/security-messages.js';

export function SecurityPage() {
  const s = useT(securityMessages);
  const a = useT(appMessages);
  const { state } = useSession();
  const me = useMe();
  const factors = useResource(
    () => (me ? fetchFactors() : Promise.resolve({ ok: false as const, kind: 'unreachable' as const })),
    [me?.user.id],
  );

  if (!me) {
    return (
      <Page title={s('security.title')}>
        {state.status === 'loading' ? (
          <Loading />
        ) : (
          <>
            <p>{s('security.signInFirst')}</p>
            <p>
              <Link
                className="button button--primary"
                to={`${pathFor('signIn')}?next=${encodeURIComponent(pathFor('security'))}`}
              >
                {a('action.signIn')}
              </Link>
            </p>
          </>
        )}
      </Page>
    );
  }

  return (
    <Page title={s('security.title')} intro={s('security.intro')}>
      <p className="muted">{a('app.signedInAs', { name: me.user.username })}</p>
      <Loaded resource={factors}>
        {(f) => (
          <>
            <PasskeysSection passkeys={f.passkeys} onChanged={factors.reload} />
            <TotpSection factors={f} onChanged={factors.reload} />
          </>
        )}
      </Loaded>
      <PasswordSection />
      <EverywhereSection />
    </Page>
  );
}

function PasswordSection() {
  const focusFirstProblem = useProblemFocus();
  const s = useT(securityMessages);
  const a = useT(appMessages);
  const session = useSession();
  const id = useId();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ current?: string; password?: string; repeat?: string }>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; ok: boolean } | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const next = {
      current: current === '' ? a('form.required') : undefined,
      password: password.length < MIN_PASSWORD ? a('form.tooShort', { min: MIN_PASSWORD }) : undefined,
      repeat: repeat !== password ? a('form.mismatch') : undefined,
    };
    setProblems(next);
    setOutcome(null);
    if (next.current || next.password || next.repeat) {
      focusFirstProblem(form);
      return;
    }
    setBusy(true);
    const result = await changePassword(current, password);
    setBusy(false);
    if (result.ok) {
      setCurrent('');
      setPassword('');
      setRepeat('');
      session.signedIn(result.value);
      setOutcome({ text: s('password.changed'), ok: true });
      return;
    }
    const fields = result.kind === 'refused' ? result.fields : [];
    if (fields.length > 0) {
      setProblems(Object.fromEntries(fields.map((f) => [f.field, f.message])));
      focusFirstProblem(form);
    }
    setOutcome({ text: signInProblem(result, 'currentPassword', s, a), ok: false });
  };

  return (
    <section className="security-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{s('password.title')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={s('password.current')}
          name="current-password"
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          problem={problems.current}
        />
        <Field
          label={s('password.new')}
          name="new-password"
          type="password"
          autoComplete="new-password"
          help={a('form.passwordHelp', { min: MIN_PASSWORD })}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          problem={problems.password}
        />
        <Field
          label={s('password.repeat')}
          name="repeat-password"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          problem={problems.repeat}
        />
        <SubmitRow busy={busy} label={s('password.change')} outcome={outcome} />
      </form>
    </section>
  );
}

function EverywhereSection() {
  const s = useT(securityMessages);
  const a = useT(appMessages);
  const session = useSession();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const end = async () => {
    setBusy(true);
    setProblem(null);
    const result = await signOutEverywhere();
    setBusy(false);
    if (!result.ok) {
      setProblem(result.kind === 'unreachable' ? a('form.unreachable') : result.message);
      return;
    }
    session.forget();
    navigate(`${pathFor('signIn')}?signedOut=everywhere`);
  };

  return (
    <section className="security-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{s('everywhere.title')}</h2>
      <p className="page-intro">{s('everywhere.text')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void end()}>
        {busy ? a('form.working') : s('everywhere.button')}
      </button>
      <p role="status" className="form__outcome form__outcome--problem">
        {problem}
      </p>
    </section>
  );
}

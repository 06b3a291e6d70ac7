import { useState, type FormEvent } from 'react';
import { createFirstAccount } from '../api/auth.api.js';
import { Field } from '../app/Field.js';
import { Page } from '../app/Page.js';
import { useProblemFocus, SubmitRow, useSubmission } from '../app/submission.js';
import { navigate, pathFor } from '../app/router.js';
import { useLang, useT } from '../app/lang.js';
import { useSession } from '../app/session.js';
import { appMessages } from '../i18n/app-messages.js';
import { MIN_PASSWORD_LENGTH as MIN_PASSWORD } from '../app/password-rule.js';

/** The first run: the first account, an admin, signed in at once; then the offer to load the demo. */
export function SetupPage() {
  const focusFirstProblem = useProblemFocus();
  const t = useT(appMessages);
  const { lang, followsBrowser } = useLang();
  const session = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ username?: string; password?: string; repeat?: string }>({});
  const { busy, outcome, send, problems: refused } = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const next = {
      username: username.trim() === '' ? t('form.required') : undefined,
      password: password.length < MIN_PASSWORD ? t('form.tooShort', { min: MIN_PASSWORD }) : undefined,
      repeat: repeat !== password ? t('form.mismatch') : undefined,
    };
    setProblems(next);
    if (next.username || next.password || next.repeat) {
      focusFirstProblem(form);
      return;
    }
    const me = await send(
      () => createFirstAccount(username.trim(), password, followsBrowser ? null : lang),
      t('form.created'),
    );
    if (me) {
      session.signedIn(me);
      navigate(`${pathFor('workspaces')}?welcome=1`);
    }
  };

  return (
    <Page title={t('page.setup')} intro={t('intro.setup')}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('form.username')}
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          problem={problems.username ?? refused.username}
          required
        />
        <Field
          label={t('form.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          help={t('form.passwordHelp', { min: MIN_PASSWORD })}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          problem={problems.password ?? refused.password}
          required
        />
        <Field
          label={t('form.passwordRepeat')}
          name="repeat"
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
          problem={problems.repeat}
          required
        />
        <SubmitRow busy={busy} label={t('form.create')} outcome={outcome} />
      </form>
    </Page>
  );
}

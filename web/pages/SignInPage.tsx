import { useState, type FormEvent } from 'react';
import { signIn } from '../api/auth.api.js';
import { Field } from '../app/Field.js';
import { Page } from '../app/Page.js';
import { SubmitRow, useSubmission } from '../app/submission.js';
import { navigate, pathFor } from '../app/router.js';
import { useT } from '../app/lang.js';
import { appMessages } from '../i18n/app-messages.js';

export function SignInPage() {
  const t = useT(appMessages);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<{ username?: string; password?: string }>({});
  const { busy, outcome, send } = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      username: username.trim() === '' ? t('form.required') : undefined,
      password: password === '' ? t('form.required') : undefined,
    };
    setProblems(next);
    if (next.username || next.password) return;
    if (await send(() => signIn(username.trim(), password), 'form.signedIn')) navigate(pathFor('today'));
  };

  return (
    <Page title={t('page.signIn')}>
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
    </Page>
  );
}

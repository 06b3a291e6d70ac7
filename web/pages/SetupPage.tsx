import { useState, type FormEvent } from 'react';
import { createFirstAccount } from '../api/auth.api.js';
import { Field } from '../app/Field.js';
import { Page } from '../app/Page.js';
import { SubmitRow, useSubmission } from '../app/submission.js';
import { navigate, pathFor } from '../app/router.js';
import { useLang, useT } from '../app/lang.js';
import { appMessages } from '../i18n/app-messages.js';
import { MIN_PASSWORD_LENGTH as MIN_PASSWORD } from '../../src/core/accounts.js';

export function SetupPage() {
  const t = useT(appMessages);
  const { lang, followsBrowser } = useLang();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problems, setProblems] = useState<{ username?: string; password?: string; repeat?: string }>({});
  const { busy, outcome, send } = useSubmission();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      username: username.trim() === '' ? t('form.required') : undefined,
      password: password.length < MIN_PASSWORD ? t('form.tooShort', { min: MIN_PASSWORD }) : undefined,
      repeat: repeat !== password ? t('form.mismatch') : undefined,
    };
    setProblems(next);
    if (next.username || next.password || next.repeat) return;
    if (await send(() => createFirstAccount(username.trim(), password, followsBrowser ? null : lang), 'form.created'))
      navigate(pathFor('today'));
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
          problem={problems.username}
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
          problem={problems.password}
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

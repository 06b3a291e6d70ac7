/**
 * Administration, for admins: links to accounts and the audit log, each workspace's retention of private
 * notes, and, set apart at the end, the danger zone with the panic button. The wipe asks for a typed phrase
 * and a fresh confirmation of who the admin is, says plainly that nothing can be recovered, and afterwards
 * the app shows that the data is gone (WipedPage).
 */
import { useId, useState, type FormEvent } from 'react';
import { fetchRetention, saveRetention, wipeEverything } from '../api/admin.api.js';
import { listWorkspaces } from '../api/workspaces.api.js';
import { Field } from '../app/Field.js';
import { useT } from '../app/lang.js';
import { Loaded, Loading } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useReauth } from '../app/reauth.js';
import { useResource } from '../app/resource.js';
import { Link, navigate, pathFor } from '../app/router.js';
import { useMe, useSession } from '../app/session.js';
import { useProblemFocus, SubmitRow, useSubmission } from '../app/submission.js';
import { adminMessages } from '../i18n/admin-messages.js';
import { appMessages } from '../i18n/app-messages.js';
import { forgetThisBrowser } from './WipedPage.js';

const MAX_DAYS = 36_500;

export function AdminPage() {
  const t = useT(adminMessages);
  const a = useT(appMessages);
  const { state } = useSession();
  const me = useMe();
  const workspaces = useResource(
    () =>
      me?.user.role === 'admin'
        ? listWorkspaces()
        : Promise.resolve({ ok: false as const, kind: 'unreachable' as const }),
    [me?.user.id, me?.user.role],
  );
  const id = useId();

  if (!me || me.user.role !== 'admin') {
    return (
      <Page title={t('admin.title')}>
        {state.status === 'loading' ? <Loading /> : <AdminsOnly signedIn={me !== null} />}
      </Page>
    );
  }

  return (
    <Page title={t('admin.title')} intro={t('admin.intro')}>
      <ul className="link-list">
        <li>
          <Link to={pathFor('accounts')} className="link-list__main">
            {t('admin.accountsLink')}
          </Link>
        </li>
        <li>
          <Link to={pathFor('audit')} className="link-list__main">
            {t('admin.auditLink')}
          </Link>
        </li>
      </ul>

      <section aria-labelledby={`${id}-retention`}>
        <h2 id={`${id}-retention`}>{t('retention.title')}</h2>
        <p className="page-intro">{t('retention.text')}</p>
        <Loaded resource={workspaces}>
          {(list) =>
            list.length === 0 ? (
              <p className="empty">{t('retention.none')}</p>
            ) : (
              <div className="retention-list">
                {list.map((w) => (
                  <RetentionForm key={w.name} workspace={w.name} />
                ))}
              </div>
            )
          }
        </Loaded>
      </section>

      <DangerZone />
      <p className="muted">{a('app.signedInAs', { name: me.user.username })}</p>
    </Page>
  );
}

export function AdminsOnly({ signedIn, leads = false }: { signedIn: boolean; leads?: boolean }) {
  const t = useT(adminMessages);
  const a = useT(appMessages);
  if (signedIn) return <p className="empty">{leads ? t('admin.leadsOnly') : t('admin.adminsOnly')}</p>;
  const next = typeof window === 'undefined' ? '/' : window.location.pathname;
  return (
    <>
      <p>{a('state.signInFirst')}</p>
      <p>
        <Link className="button button--primary" to={`${pathFor('signIn')}?next=${encodeURIComponent(next)}`}>
          {a('action.signIn')}
        </Link>
      </p>
    </>
  );
}

function RetentionForm({ workspace }: { workspace: string }) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(adminMessages);
  const current = useResource(() => fetchRetention(workspace), [workspace]);
  const [days, setDays] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, outcome, send } = useSubmission();
  const shown = days ?? (current.value?.notesDays != null ? String(current.value.notesDays) : '');

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const typed = shown.trim();
    const n = typed === '' ? null : Number(typed);
    if (n !== null && (!Number.isInteger(n) || n < 1 || n > MAX_DAYS)) {
      setProblem(t('retention.badNumber'));
      focusFirstProblem(form);
      return;
    }
    setProblem(null);
    const saved = await send(
      () => saveRetention(workspace, n),
      (v) => t('retention.saved', { n: v.purged }),
    );
    if (saved) {
      setDays(null);
      current.reload();
    }
  };

  const now = current.value
    ? current.value.notesDays === null
      ? t('retention.forever')
      : t('retention.keep', { n: current.value.notesDays })
    : null;

  return (
    <form className="form retention-form" onSubmit={(e) => void submit(e)} noValidate>
      <Field
        label={t('retention.days', { workspace })}
        help={`${t('retention.daysHelp')}${now ? ` ${t('retention.now', { what: now })}` : ''}`}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_DAYS}
        step={1}
        value={shown}
        onChange={(e) => setDays(e.target.value)}
        problem={problem}
        disabled={current.value === undefined}
      />
      <SubmitRow busy={busy} label={t('retention.save', { workspace })} outcome={outcome} />
    </form>
  );
}

function DangerZone() {
  const focusFirstProblem = useProblemFocus();
  const t = useT(adminMessages);
  const a = useT(appMessages);
  const session = useSession();
  const { confirmed } = useReauth();
  const id = useId();
  const phrase = t('danger.phrase');
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ text: string; ok: boolean } | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (typed.trim().toLowerCase() !== phrase.toLowerCase()) {
      setProblem(t('danger.phraseWrong', { phrase }));
      focusFirstProblem(form);
      return;
    }
    setProblem(null);
    setBusy(true);
    setOutcome(null);
    const result = await confirmed(() => wipeEverything());
    setBusy(false);
    if (!result.ok) {
      setOutcome({ text: result.kind === 'unreachable' ? a('form.unreachable') : result.message, ok: false });
      return;
    }
    forgetThisBrowser();
    session.forget();
    navigate(pathFor('wiped'), { replace: true });
  };

  return (
    <section className="danger-zone" aria-labelledby={`${id}-danger`}>
      <h2 id={`${id}-danger`}>
        <WarningIcon /> {t('danger.title')}
      </h2>
      <p>{t('danger.text1')}</p>
      <p>
        <strong>{t('danger.text2')}</strong>
      </p>
      <p>{t('danger.text3')}</p>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('danger.phraseLabel', { phrase })}
          name="wipe-phrase"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          problem={problem}
        />
        <div className="submit-row">
          <button type="submit" className="button button--danger" disabled={busy}>
            {busy ? a('form.working') : t('danger.button')}
          </button>
          <p role="status" className={`form__outcome ${outcome && !outcome.ok ? 'form__outcome--problem' : ''}`}>
            {outcome?.text}
          </p>
        </div>
      </form>
    </section>
  );
}

function WarningIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" className="danger-zone__icon">
      <path d="M12 2 1 21h22L12 2z" fill="currentColor" />
      <path d="M12 9v6M12 17.5v.5" stroke="#fff" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

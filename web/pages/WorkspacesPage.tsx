/**
 * The workspaces this account may enter, each a link to its Today. Admins may load the demo hospital (right
 * after the first run this is the first thing offered) or create an empty workspace.
 */
import { useState, type FormEvent } from 'react';
import { createWorkspace, listWorkspaces, loadDemo } from '../api/workspaces.api.js';
import { Field } from '../app/Field.js';
import { formatDate } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded, Loading } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { Link, navigate, pathFor, queryParam, useLocation } from '../app/router.js';
import { useMe, useSession } from '../app/session.js';
import { SubmitRow, useSubmission } from '../app/submission.js';
import { appMessages } from '../i18n/app-messages.js';

const DEMO = 'Demo';

export function WorkspacesPage() {
  const t = useT(appMessages);
  const { lang } = useLang();
  const { state } = useSession();
  const me = useMe();
  const location = useLocation();
  const welcome = queryParam(location, 'welcome') !== null;
  const workspaces = useResource(() => listWorkspaces(), [me?.user.id]);
  const demo = useSubmission();
  const create = useSubmission();
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const isAdmin = me?.user.role === 'admin';

  if (state.status === 'loading') {
    return (
      <Page title={t('page.workspaces')}>
        <Loading />
      </Page>
    );
  }
  if (!me) {
    return (
      <Page title={t('page.workspaces')}>
        <p>{t('state.signInFirst')}</p>
        <p>
          <Link
            className="button button--primary"
            to={`${pathFor('signIn')}?next=${encodeURIComponent('/workspaces')}`}
          >
            {t('action.signIn')}
          </Link>
        </p>
      </Page>
    );
  }

  const startDemo = async () => {
    const made = await demo.send(() => loadDemo(DEMO), t('workspaces.demoLoaded'));
    if (made) navigate(pathFor('today', { workspace: made.workspace.name }));
  };

  const submitCreate = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameProblem(t('form.required'));
      return;
    }
    setNameProblem(null);
    const made = await create.send(() => createWorkspace(name.trim()), t('workspaces.created'));
    if (made) navigate(pathFor('today', { workspace: made.name }));
  };

  const hasDemo = workspaces.value?.some((w) => w.name === DEMO) ?? false;

  return (
    <Page title={t('page.workspaces')} intro={welcome ? t('workspaces.welcome') : t('intro.workspaces')}>
      {isAdmin && !hasDemo && (
        <section className="card card--invite" aria-labelledby="demo-title">
          <h2 id="demo-title">{t('workspaces.demoTitle')}</h2>
          <p>{t('workspaces.demoText')}</p>
          <div className="submit-row">
            <button
              type="button"
              className="button button--primary"
              disabled={demo.busy}
              onClick={() => void startDemo()}
            >
              {demo.busy ? t('form.working') : t('workspaces.loadDemo')}
            </button>
            <p role="status" className="form__outcome">
              {demo.outcome?.text}
            </p>
          </div>
        </section>
      )}

      <section aria-labelledby="workspaces-title">
        <h2 id="workspaces-title">{t('workspaces.list')}</h2>
        <Loaded resource={workspaces}>
          {(list) =>
            list.length === 0 ? (
              <p className="empty">{isAdmin ? t('workspaces.none') : t('workspaces.noneMember')}</p>
            ) : (
              <ul className="link-list">
                {list.map((w) => (
                  <li key={w.name}>
                    <Link to={pathFor('today', { workspace: w.name })} className="link-list__main">
                      {w.name}
                    </Link>
                    <span className="muted">
                      {t('workspaces.role', { role: t(`workspaces.role.${w.access.role}`) })} ·{' '}
                      {formatDate(lang, w.createdAt)}
                    </span>
                  </li>
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>

      {isAdmin && (
        <section aria-labelledby="create-title">
          <h2 id="create-title">{t('workspaces.createTitle')}</h2>
          <form className="form" onSubmit={(e) => void submitCreate(e)} noValidate>
            <Field
              label={t('workspaces.name')}
              help={t('workspaces.nameHelp')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              problem={nameProblem ?? create.problems.name}
              required
            />
            <SubmitRow busy={create.busy} label={t('workspaces.create')} outcome={create.outcome} />
          </form>
        </section>
      )}
    </Page>
  );
}

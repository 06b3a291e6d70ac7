/**
 * The address of the app itself: it sends each person where they can start. The first run goes to setup,
 * someone signed out to sign-in, someone signed in to the workspace they used last (or their only one), and
 * otherwise to the list of workspaces.
 */
import { useEffect } from 'react';
import { listWorkspaces } from '../api/workspaces.api.js';
import { useT } from '../app/lang.js';
import { Loading } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { navigate, pathFor } from '../app/router.js';
import { useSession } from '../app/session.js';
import { lastWorkspace } from '../app/workspace.js';
import { appMessages } from '../i18n/app-messages.js';

export function HomePage() {
  const t = useT(appMessages);
  const { state } = useSession();

  useEffect(() => {
    if (state.status === 'anonymous') {
      navigate(pathFor(state.setupNeeded ? 'setup' : 'signIn'), { replace: true });
      return;
    }
    if (state.status !== 'signedIn') return;
    let live = true;
    void listWorkspaces().then((result) => {
      if (!live) return;
      const names = result.ok ? result.value.map((w) => w.name) : [];
      const last = lastWorkspace();
      const target = last && names.includes(last) ? last : names.length === 1 ? names[0]! : null;
      navigate(target ? pathFor('today', { workspace: target }) : pathFor('workspaces'), { replace: true });
    });
    return () => {
      live = false;
    };
  }, [state]);

  return (
    <Page title={t('page.home')} intro={t('app.tagline')}>
      {state.status === 'unreachable' ? <p role="alert">{t('form.unreachable')}</p> : <Loading />}
    </Page>
  );
}

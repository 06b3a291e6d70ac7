/**
 * The frame of every page: a skip link, the header with the menu (a disclosure on phones, always open on
 * wider screens), the page itself in <main>, chosen by the router. A workspace's pages get their workspace
 * (looked up once per name, with this account's role in it) and a menu of that workspace's pages; leads and
 * admins also see import and export and the duplicates.
 */
import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from './lang.js';
import { Loading, Problem } from './Loaded.js';
import { Page, PAGE_HEADING_ID } from './Page.js';
import { useResource } from './resource.js';
import { Link, matchPath, navigate, pathFor, useLocation, type Match, type RouteName } from './router.js';
import { useSession } from './session.js';
import { fetchScope, scopeOf, WorkspaceProvider, type WorkspaceScope } from './workspace.js';
import { appMessages, type AppMessageKey } from '../i18n/app-messages.js';
import { BundlePage } from '../pages/BundlePage.js';
import { DuplicatesPage } from '../pages/DuplicatesPage.js';
import { GrievancesPage } from '../pages/GrievancesPage.js';
import { HomePage } from '../pages/HomePage.js';
import { LogPage } from '../pages/LogPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { PeoplePage } from '../pages/PeoplePage.js';
import { PersonPage } from '../pages/PersonPage.js';
import { SettingsPage } from '../pages/SettingsPage.js';
import { SetupPage } from '../pages/SetupPage.js';
import { SignInPage } from '../pages/SignInPage.js';
import { TodayPage } from '../pages/TodayPage.js';
import { UnitsPage } from '../pages/UnitsPage.js';
import { WallChartPage } from '../pages/WallChartPage.js';
import { WorkspacesPage } from '../pages/WorkspacesPage.js';
import { AccountabilityPage } from '../pages/AccountabilityPage.js';
import { PlanPage } from '../pages/PlanPage.js';
import { PlansPage } from '../pages/PlansPage.js';
import { PowerMapPage } from '../pages/PowerMapPage.js';
import { StrikePage } from '../pages/StrikePage.js';
import { AccountsPage } from '../pages/AccountsPage.js';
import { AdminPage } from '../pages/AdminPage.js';
import { AuditPage } from '../pages/AuditPage.js';
import { SecurityPage } from '../pages/SecurityPage.js';
import { WipedPage } from '../pages/WipedPage.js';
import { adminMessages } from '../i18n/admin-messages.js';

// The map brings sigma and graphology: they load when the map is opened, not with the first page.
const MapPage = lazy(() => import('../pages/MapPage.js'));

type WorkspaceRoute = Extract<
  RouteName,
  | 'today'
  | 'log'
  | 'people'
  | 'person'
  | 'map'
  | 'wall'
  | 'units'
  | 'grievances'
  | 'bundle'
  | 'duplicates'
  | 'power'
  | 'accountability'
  | 'strike'
  | 'plans'
  | 'plan'
>;

const WORKSPACE_NAV: { route: WorkspaceRoute; label: AppMessageKey; leadsOnly?: boolean }[] = [
  { route: 'today', label: 'nav.today' },
  { route: 'log', label: 'nav.log' },
  { route: 'people', label: 'nav.people' },
  { route: 'map', label: 'nav.map' },
  { route: 'wall', label: 'nav.wall' },
  { route: 'units', label: 'nav.units' },
  { route: 'grievances', label: 'nav.grievances' },
  { route: 'power', label: 'nav.power' },
  { route: 'accountability', label: 'nav.accountability' },
  { route: 'strike', label: 'nav.strike' },
  { route: 'plans', label: 'nav.plans' },
  { route: 'bundle', label: 'nav.bundle', leadsOnly: true },
  { route: 'duplicates', label: 'nav.duplicates', leadsOnly: true },
];

const TITLES: Record<WorkspaceRoute, AppMessageKey> = {
  today: 'page.today',
  log: 'page.log',
  people: 'page.people',
  person: 'page.person',
  map: 'page.map',
  wall: 'page.wall',
  units: 'page.units',
  grievances: 'page.grievances',
  bundle: 'page.bundle',
  duplicates: 'page.duplicates',
  power: 'page.power',
  accountability: 'page.accountability',
  strike: 'page.strike',
  plans: 'page.plans',
  plan: 'page.plan',
};

function isWorkspaceRoute(name: RouteName | undefined): name is WorkspaceRoute {
  return name !== undefined && name in TITLES;
}

function workspacePage(match: Match & { name: WorkspaceRoute }): ReactNode {
  switch (match.name) {
    case 'today':
      return <TodayPage />;
    case 'log':
      return <LogPage />;
    case 'people':
      return <PeoplePage />;
    case 'person':
      return <PersonPage key={match.params.id} id={match.params.id ?? ''} />;
    case 'map':
      return <MapPage />;
    case 'wall':
      return <WallChartPage />;
    case 'units':
      return <UnitsPage />;
    case 'grievances':
      return <GrievancesPage />;
    case 'bundle':
      return <BundlePage />;
    case 'duplicates':
      return <DuplicatesPage />;
    case 'power':
      return <PowerMapPage />;
    case 'accountability':
      return <AccountabilityPage />;
    case 'strike':
      return <StrikePage />;
    case 'plans':
      return <PlansPage />;
    case 'plan':
      return <PlanPage key={match.params.id} id={match.params.id ?? ''} />;
  }
}

function accountPage(match: Match | null): ReactNode {
  switch (match?.name) {
    case 'home':
      return <HomePage />;
    case 'workspaces':
      return <WorkspacesPage />;
    case 'signIn':
      return <SignInPage />;
    case 'setup':
      return <SetupPage />;
    case 'settings':
      return <SettingsPage />;
    case 'security':
      return <SecurityPage />;
    case 'admin':
      return <AdminPage />;
    case 'accounts':
      return <AccountsPage />;
    case 'audit':
      return <AuditPage />;
    case 'wiped':
      return <WipedPage />;
    default:
      return <NotFoundPage />;
  }
}

export function App() {
  const t = useT(appMessages);
  const adminT = useT(adminMessages);
  const location = useLocation();
  const match = matchPath(location.split('?')[0] ?? '/');
  const session = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const first = useRef(true);

  // /w/Demo opens the workspace's Today.
  useEffect(() => {
    if (match?.name === 'workspace') navigate(pathFor('today', match.params), { replace: true });
  }, [match?.name, match?.params.workspace]);

  const workspaceName = isWorkspaceRoute(match?.name) ? (match.params.workspace ?? null) : null;
  const signedIn = session.state.status === 'signedIn';
  const scope = useResource(
    () =>
      workspaceName && signedIn
        ? fetchScope(workspaceName)
        : Promise.resolve({ ok: false as const, kind: 'unreachable' as const }),
    [workspaceName, signedIn],
  );
  const current: WorkspaceScope | null =
    workspaceName && scope.value && scope.value.name === workspaceName ? scopeOf(scope.value) : null;

  // After a navigation (not on the first load), close the menu and bring focus to the new page's heading.
  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(PAGE_HEADING_ID)?.focus();
  }, [location]);

  let main: ReactNode;
  if (match && isWorkspaceRoute(match.name)) {
    const title = t(TITLES[match.name]);
    if (session.state.status === 'loading' || (signedIn && !current && scope.status === 'loading')) {
      main = (
        <Page title={title}>
          <Loading />
        </Page>
      );
    } else if (!signedIn) {
      main = <SignInFirst title={title} />;
    } else if (!current) {
      main = (
        <Page title={title}>
          {scope.status === 'done' && !scope.result.ok && <Problem result={scope.result} onRetry={scope.reload} />}
          <p>
            <Link to={pathFor('workspaces')}>{t('action.chooseWorkspace')}</Link>
          </p>
        </Page>
      );
    } else {
      main = (
        <WorkspaceProvider scope={current}>
          <Suspense
            fallback={
              <Page title={title}>
                <Loading />
              </Page>
            }
          >
            {workspacePage({ ...match, name: match.name })}
          </Suspense>
        </WorkspaceProvider>
      );
    }
  } else {
    main = accountPage(match);
  }

  const signOut = async () => {
    await session.signOut();
    navigate(pathFor('signIn'));
  };

  const navLink = (to: string, label: string, active: boolean) => (
    <Link to={to} aria-current={active ? 'page' : undefined}>
      {label}
    </Link>
  );

  return (
    <div className="app">
      <a className="skip-link" href={`#${PAGE_HEADING_ID}`}>
        {t('app.skip')}
      </a>
      <header className="app-header">
        <Link to={current ? pathFor('today', { workspace: current.name }) : pathFor('home')} className="brand">
          <SunIcon />
          <span>{t('app.name')}</span>
        </Link>
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="app-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <MenuIcon /> {t('app.menu')}
        </button>
        <nav id="app-nav" className="app-nav" data-open={menuOpen} aria-label={t('app.nav')}>
          {current && (
            <p className="app-nav__workspace">
              <span className="muted">{t('app.workspace')}</span> <strong>{current.name}</strong>
            </p>
          )}
          <ul>
            {current &&
              WORKSPACE_NAV.filter((item) => !item.leadsOnly || current.canManage).map((item) => (
                <li key={item.route}>
                  {navLink(
                    pathFor(item.route, { workspace: current.name }),
                    t(item.label),
                    match?.name === item.route ||
                      (item.route === 'people' && match?.name === 'person') ||
                      (item.route === 'plans' && match?.name === 'plan'),
                  )}
                </li>
              ))}
            <li className={current ? 'app-nav__secondary' : undefined}>
              {navLink(
                pathFor('workspaces'),
                current ? t('app.changeWorkspace') : t('nav.workspaces'),
                match?.name === 'workspaces',
              )}
            </li>
            <li>
              {navLink(
                pathFor('settings'),
                t('nav.settings'),
                match?.name === 'settings' || match?.name === 'security',
              )}
            </li>
            {session.state.status === 'signedIn' && session.state.me.user.role !== 'member' && (
              <li>
                {session.state.me.user.role === 'admin'
                  ? navLink(
                      pathFor('admin'),
                      adminT('nav.admin'),
                      match?.name === 'admin' || match?.name === 'audit' || match?.name === 'accounts',
                    )
                  : navLink(pathFor('accounts'), adminT('nav.accounts'), match?.name === 'accounts')}
              </li>
            )}
            <li>
              {session.state.status === 'signedIn' ? (
                <button type="button" className="app-nav__button" onClick={() => void signOut()}>
                  {t('nav.signOut')} <span className="muted">({session.state.me.user.username})</span>
                </button>
              ) : (
                navLink(pathFor('signIn'), t('nav.signIn'), match?.name === 'signIn')
              )}
            </li>
          </ul>
        </nav>
      </header>
      <main className="app-main">{main}</main>
    </div>
  );
}

function SignInFirst({ title }: { title: string }) {
  const t = useT(appMessages);
  const next = window.location.pathname + window.location.search;
  return (
    <Page title={title}>
      <p>{t('state.signInFirst')}</p>
      <p>
        <Link className="button button--primary" to={`${pathFor('signIn')}?next=${encodeURIComponent(next)}`}>
          {t('action.signIn')}
        </Link>
      </p>
    </Page>
  );
}

function SunIcon() {
  return (
    <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" className="brand__icon">
      <circle cx="12" cy="12" r="5" fill="currentColor" />
      <g stroke="currentColor" strokeWidth="2" strokeLinecap="round">
        <path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1" />
      </g>
    </svg>
  );
}

function MenuIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
      <path d="M2 4h14M2 9h14M2 14h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

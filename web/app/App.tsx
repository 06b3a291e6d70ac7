/**
 * The frame of every page: a skip link, the header with the menu (a disclosure on phones, always open on
 * wider screens), the page itself in <main>, chosen by the router.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from './lang.js';
import { Link, matchPath, pathFor, useLocation, type Match, type RouteName } from './router.js';
import { PAGE_HEADING_ID } from './Page.js';
import { appMessages, type AppMessageKey } from '../i18n/app-messages.js';
import { AwaitingDataPage } from '../pages/AwaitingDataPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { SettingsPage } from '../pages/SettingsPage.js';
import { SetupPage } from '../pages/SetupPage.js';
import { SignInPage } from '../pages/SignInPage.js';
import { TodayPage } from '../pages/TodayPage.js';

const NAV: { route: RouteName; label: AppMessageKey }[] = [
  { route: 'today', label: 'nav.today' },
  { route: 'log', label: 'nav.log' },
  { route: 'map', label: 'nav.map' },
  { route: 'wall', label: 'nav.wall' },
  { route: 'units', label: 'nav.units' },
  { route: 'grievances', label: 'nav.grievances' },
  { route: 'bundle', label: 'nav.bundle' },
  { route: 'settings', label: 'nav.settings' },
];

function pageFor(match: Match | null): ReactNode {
  switch (match?.name) {
    case 'today':
      return <TodayPage />;
    case 'log':
    case 'map':
    case 'wall':
    case 'units':
    case 'grievances':
    case 'bundle':
      return <AwaitingDataPage page={match.name} />;
    case 'person':
      return <AwaitingDataPage key={match.params.id} page="person" />;
    case 'signIn':
      return <SignInPage />;
    case 'setup':
      return <SetupPage />;
    case 'settings':
      return <SettingsPage />;
    case undefined:
      return <NotFoundPage />;
  }
}

export function App() {
  const t = useT(appMessages);
  const location = useLocation();
  const match = matchPath(location.split('?')[0] ?? '/');
  const [menuOpen, setMenuOpen] = useState(false);
  const first = useRef(true);

  // After a navigation (not on the first load), close the menu and bring focus to the new page's heading.
  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById(PAGE_HEADING_ID)?.focus();
  }, [location]);

  return (
    <div className="app">
      <a className="skip-link" href={`#${PAGE_HEADING_ID}`}>
        {t('app.skip')}
      </a>
      <header className="app-header">
        <Link to={pathFor('today')} className="brand">
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
          <ul>
            {NAV.map((item) => (
              <li key={item.route}>
                <Link to={pathFor(item.route)} aria-current={match?.name === item.route ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
            <li className="app-nav__secondary">
              <Link to={pathFor('signIn')} aria-current={match?.name === 'signIn' ? 'page' : undefined}>
                {t('nav.signIn')}
              </Link>
            </li>
          </ul>
        </nav>
      </header>
      <main className="app-main">{pageFor(match)}</main>
    </div>
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

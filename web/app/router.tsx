/**
 * A small client-side router: a table of paths, the History API, and links that stay real links (they open
 * in a new tab with a modifier key, and work without JavaScript once the server serves index.html for every
 * page path). After each navigation, focus moves to the page's heading so screen readers announce it.
 * A workspace's pages carry its name in the path (/w/Demo/map), so a link to one can be shared.
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export const ROUTES = {
  home: '/',
  workspaces: '/workspaces',
  workspace: '/w/:workspace',
  today: '/w/:workspace/today',
  log: '/w/:workspace/log',
  people: '/w/:workspace/people',
  person: '/w/:workspace/people/:id',
  map: '/w/:workspace/map',
  wall: '/w/:workspace/wall',
  units: '/w/:workspace/units',
  grievances: '/w/:workspace/grievances',
  bundle: '/w/:workspace/import-export',
  duplicates: '/w/:workspace/duplicates',
  power: '/w/:workspace/power',
  accountability: '/w/:workspace/accountability',
  strike: '/w/:workspace/strike',
  plans: '/w/:workspace/plans',
  plan: '/w/:workspace/plans/:id',
  signIn: '/sign-in',
  setup: '/setup',
  settings: '/settings',
  security: '/settings/security',
  admin: '/admin',
  accounts: '/admin/accounts',
  audit: '/admin/audit',
  wiped: '/wiped',
} as const;

export type RouteName = keyof typeof ROUTES;

export interface Match {
  name: RouteName;
  params: Readonly<Record<string, string>>;
}

const compiled = (Object.entries(ROUTES) as [RouteName, string][]).map(([name, path]) => {
  const keys: string[] = [];
  const pattern = path.replace(/:(\w+)/g, (_, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  return { name, keys, regex: new RegExp(`^${pattern}/?$`) };
});

/** The route a path names, or null for a path the app does not know. */
export function matchPath(pathname: string): Match | null {
  for (const route of compiled) {
    const m = route.regex.exec(pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    route.keys.forEach((key, i) => {
      params[key] = decodeURIComponent(m[i + 1] ?? '');
    });
    return { name: route.name, params };
  }
  return null;
}

/** The path of a route, its parameters filled in and encoded. */
export function pathFor(name: RouteName, params: Readonly<Record<string, string>> = {}): string {
  return ROUTES[name].replace(/:(\w+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
}

const NAVIGATED = 'sunspace:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATED, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATED, callback);
  };
}

/** A query parameter of the current location. */
export function queryParam(location: string, name: string): string | null {
  const at = location.indexOf('?');
  return at < 0 ? null : new URLSearchParams(location.slice(at + 1)).get(name);
}

/** The current location (path and query), re-rendering on every navigation. */
export function useLocation(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname + window.location.search,
    () => '/',
  );
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATED));
}

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
}

export function Link({ to, onClick, ...rest }: LinkProps) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (rest.target && rest.target !== '_self') return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...rest} />;
}

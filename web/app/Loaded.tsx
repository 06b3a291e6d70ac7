/**
 * What a page shows while its data is on the way, and when it could not be had: the server's own words, a
 * way to try again, and a way to sign in when the session has ended.
 */
import type { ReactNode } from 'react';
import type { ApiResult } from '../api/client.js';
import { appMessages } from '../i18n/app-messages.js';
import { useT } from './lang.js';
import type { Resource } from './resource.js';
import { Link, pathFor } from './router.js';

export function Loading({ label }: { label?: string }) {
  const t = useT(appMessages);
  return (
    <p className="loading" role="status">
      {label ?? t('state.loading')}
    </p>
  );
}

export function Problem({
  result,
  onRetry,
}: {
  result: Exclude<ApiResult<unknown>, { ok: true }>;
  onRetry?: () => void;
}) {
  const t = useT(appMessages);
  const signIn = result.kind === 'refused' && result.status === 401;
  const next = typeof window === 'undefined' ? '/' : window.location.pathname + window.location.search;
  return (
    <div className="problem" role="alert">
      <p>{result.kind === 'unreachable' ? t('form.unreachable') : result.message}</p>
      {signIn ? (
        <p>
          <Link to={`${pathFor('signIn')}?next=${encodeURIComponent(next)}`}>{t('action.signIn')}</Link>
        </p>
      ) : (
        onRetry && (
          <button type="button" onClick={onRetry}>
            {t('action.retry')}
          </button>
        )
      )}
    </div>
  );
}

/** Render a resource's value once it is there; the loading notice or the problem until then. */
export function Loaded<T>({ resource, children }: { resource: Resource<T>; children: (value: T) => ReactNode }) {
  if (resource.status === 'done' && !resource.result.ok) {
    return <Problem result={resource.result} onRetry={resource.reload} />;
  }
  if (resource.value === undefined) return <Loading />;
  return <>{children(resource.value)}</>;
}

/**
 * The audit log, for admins (GET /api/audit, GET /api/audit/verify): the chain check first (intact, or the
 * entries edited or removed, and the last entry's seq and hash to note elsewhere), then the entries newest
 * first, filtered by workspace (on the server) and by what was done (here, over the pages read so far).
 * Every value is shown as text: subjects and details may hold what someone typed.
 */
import { useId, useMemo, useState } from 'react';
import { fetchAudit, verifyAudit, type AuditEntry } from '../api/admin.api.js';
import { listWorkspaces } from '../api/workspaces.api.js';
import { SelectField } from '../app/Field.js';
import { formatNumber } from '../app/format.js';
import { useLang, useT } from '../app/lang.js';
import { Loaded, Loading, Problem } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { useMe, useSession } from '../app/session.js';
import type { Lang } from '../../src/core/i18n/i18n.js';
import { AUDIT_ACTIONS } from '../../src/core/audit-actions.js';
import { actionKey, adminMessages } from '../i18n/admin-messages.js';
import { AdminsOnly } from './AdminPage.js';

const PAGE = 200;

function formatMoment(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** Details as `key: value` pairs, in the order written; values that are not text as JSON. */
export function detailsText(details: Readonly<Record<string, unknown>>): string {
  return Object.entries(details)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ');
}

export function AuditPage() {
  const t = useT(adminMessages);
  const { state } = useSession();
  const me = useMe();
  const isAdmin = me?.user.role === 'admin';

  if (!isAdmin) {
    return (
      <Page title={t('audit.title')}>
        {state.status === 'loading' ? <Loading /> : <AdminsOnly signedIn={me !== null} />}
      </Page>
    );
  }
  return (
    <Page title={t('audit.title')} intro={t('audit.intro')}>
      <ChainCheck />
      <Entries />
    </Page>
  );
}

function ChainCheck() {
  const t = useT(adminMessages);
  const { lang } = useLang();
  const id = useId();
  const check = useResource(() => verifyAudit(), []);
  return (
    <section aria-labelledby={`${id}-check`}>
      <h2 id={`${id}-check`}>{t('audit.checkTitle')}</h2>
      <Loaded resource={check}>
        {(c) =>
          c.problems.length === 0 ? (
            <div className="success audit-check" role="status">
              <p>{t('audit.intact', { n: formatNumber(lang, c.entries) })}</p>
              {c.head && <p className="audit-check__head">{t('audit.head', { seq: c.head.seq, hash: c.head.hash })}</p>}
            </div>
          ) : (
            <div className="problem audit-check" role="alert">
              <p>
                <strong>{t('audit.broken', { n: c.problems.length })}</strong>
              </p>
              <ul>
                {c.problems.map((p) => (
                  <li key={`${p.seq}-${p.problem}`}>
                    {p.problem === 'edited'
                      ? t('audit.problem.edited', { seq: p.seq })
                      : t('audit.problem.removed', { seq: p.seq })}
                  </li>
                ))}
              </ul>
            </div>
          )
        }
      </Loaded>
    </section>
  );
}

function Entries() {
  const t = useT(adminMessages);
  const { lang } = useLang();
  const id = useId();
  const [workspace, setWorkspace] = useState('');
  const [action, setAction] = useState('');
  const [pages, setPages] = useState(1);
  const workspaces = useResource(() => listWorkspaces(), []);
  const entries = useResource(async () => {
    // Page by page from the newest; the pages already read are read again when the filter changes.
    const all: AuditEntry[] = [];
    let before: number | undefined;
    let more = true;
    for (let i = 0; i < pages && more; i++) {
      const page = await fetchAudit({
        ...(workspace ? { workspace } : {}),
        ...(before !== undefined ? { before } : {}),
        limit: PAGE,
      });
      if (!page.ok) return page;
      all.push(...page.value);
      more = page.value.length === PAGE;
      before = page.value.at(-1)?.seq;
    }
    return { ok: true as const, value: { all, more } };
  }, [workspace, pages]);

  const shown = useMemo(
    () => (entries.value?.all ?? []).filter((e) => action === '' || e.action === action),
    [entries.value, action],
  );
  const label = (a: string) => {
    const key = actionKey(a);
    return key ? t(key) : a;
  };

  return (
    <section aria-labelledby={`${id}-entries`}>
      <h2 id={`${id}-entries`}>{t('audit.table')}</h2>
      <form
        className="audit-filters"
        role="search"
        aria-label={t('audit.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <SelectField
          label={t('audit.workspace')}
          value={workspace}
          onChange={(e) => {
            setWorkspace(e.target.value);
            setPages(1);
          }}
          options={[
            { value: '', label: t('audit.allWorkspaces') },
            ...(workspaces.value ?? []).map((w) => ({ value: w.name, label: w.name })),
          ]}
        />
        <SelectField
          label={t('audit.action')}
          value={action}
          onChange={(e) => setAction(e.target.value)}
          options={[
            { value: '', label: t('audit.allActions') },
            ...AUDIT_ACTIONS.map((a) => ({ value: a, label: label(a) })),
          ]}
        />
      </form>
      {entries.status === 'done' && !entries.result.ok && <Problem result={entries.result} onRetry={entries.reload} />}
      {entries.value === undefined ? (
        entries.status === 'loading' && <Loading />
      ) : (
        <>
          <p className="muted" role="status">
            {t('audit.shown', { n: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p className="empty">{t('audit.empty')}</p>
          ) : (
            <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
              <table className="data-table audit-table">
                <caption id={`${id}-caption`} className="visually-hidden">
                  {t('audit.caption')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col" className="num">
                      {t('audit.seq')}
                    </th>
                    <th scope="col">{t('audit.at')}</th>
                    <th scope="col">{t('audit.actor')}</th>
                    <th scope="col">{t('audit.what')}</th>
                    <th scope="col">{t('audit.where')}</th>
                    <th scope="col">{t('audit.subject')}</th>
                    <th scope="col">{t('audit.details')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((e) => (
                    <tr key={e.seq} data-action={e.action}>
                      <td className="num">{e.seq}</td>
                      <td className="nowrap">{formatMoment(lang, e.at)}</td>
                      <td>
                        {e.actor ?? (
                          <span className="muted">
                            {e.action === 'sign_in_failed' ? t('audit.nobody') : t('audit.commandLine')}
                          </span>
                        )}
                      </td>
                      <td>{label(e.action)}</td>
                      <td>{e.workspace ?? ''}</td>
                      <td className="audit-table__subject">{e.subject ?? ''}</td>
                      <td className="audit-table__details">{detailsText(e.details)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {entries.value.more ? (
            <p>
              <button
                type="button"
                className="button"
                disabled={entries.status === 'loading'}
                onClick={() => setPages((n) => n + 1)}
              >
                {t('audit.more')}
              </button>
            </p>
          ) : (
            <p className="muted">{t('audit.end')}</p>
          )}
        </>
      )}
    </section>
  );
}

/**
 * Accounts and access, for leads and admins (src/server/routes/users.routes.ts). Admins add accounts of any
 * role, change roles, and grant or take back any workspace or unit. A lead sees members only, adds members,
 * and grants only units they hold themselves (or whole workspaces they hold whole): the choices offered
 * are exactly those, and the server checks again.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import {
  changeRole,
  createAccount,
  grantUnit,
  listAccounts,
  revokeUnit,
  type Account,
  type Role,
} from '../api/admin.api.js';
import { listUnits, type Unit } from '../api/records.api.js';
import { listWorkspaces, type WorkspaceInfo } from '../api/workspaces.api.js';
import { Field, SelectField } from '../app/Field.js';
import { unitText } from '../app/format.js';
import { useT } from '../app/lang.js';
import { Loaded, Loading } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { MIN_PASSWORD_LENGTH as MIN_PASSWORD } from '../app/password-rule.js';
import { useResource } from '../app/resource.js';
import { useMe, useSession } from '../app/session.js';
import { useProblemFocus, SubmitRow, useSubmission } from '../app/submission.js';
import { isWithinUnit } from '../../src/core/units.js';
import { adminMessages, type AdminMessageKey } from '../i18n/admin-messages.js';
import { AdminsOnly } from './AdminPage.js';

const ROLES: readonly Role[] = ['member', 'lead', 'admin'];
const roleKey = (role: Role) => `role.${role}` as AdminMessageKey;

/** A workspace the manager may grant in, and the grants they may give there. */
interface Grantable {
  workspace: string;
  /** They hold the whole workspace: they may grant it whole. */
  whole: boolean;
  units: string[];
}

/** The units a manager may grant in a workspace: those inside their own access (the API lists ancestors too). */
export function grantableUnits(access: WorkspaceInfo['access'], units: readonly Pick<Unit, 'path'>[]): string[] {
  return units
    .map((u) => u.path)
    .filter((path) => access.units === 'all' || access.units.some((granted) => isWithinUnit(path, granted)));
}

export function AccountsPage() {
  const t = useT(adminMessages);
  const { state } = useSession();
  const me = useMe();
  const manager = me && me.user.role !== 'member';
  const accounts = useResource(
    () => (manager ? listAccounts() : Promise.resolve({ ok: false as const, kind: 'unreachable' as const })),
    [me?.user.id, manager],
  );
  const grantable = useResource(async () => {
    if (!manager) return { ok: false as const, kind: 'unreachable' as const };
    const list = await listWorkspaces();
    if (!list.ok) return list;
    const out: Grantable[] = [];
    for (const w of list.value) {
      if (w.access.role === 'member') continue;
      const units = await listUnits(w.name);
      out.push({
        workspace: w.name,
        whole: w.access.units === 'all',
        units: units.ok ? grantableUnits(w.access, units.value) : [],
      });
    }
    return { ok: true as const, value: out };
  }, [me?.user.id, manager]);

  if (!me || !manager) {
    return (
      <Page title={t('accounts.title')}>
        {state.status === 'loading' ? <Loading /> : <AdminsOnly signedIn={me !== null} leads />}
      </Page>
    );
  }
  const isAdmin = me.user.role === 'admin';

  return (
    <Page title={t('accounts.title')} intro={t('accounts.intro')}>
      {!isAdmin && <p className="notice">{t('accounts.introLead')}</p>}
      <CreateAccount isAdmin={isAdmin} onCreated={accounts.reload} />
      <section aria-labelledby="accounts-list">
        <h2 id="accounts-list">{t('accounts.list')}</h2>
        <Loaded resource={accounts}>
          {(list) =>
            list.length === 0 ? (
              <p className="empty">{t('accounts.none')}</p>
            ) : (
              <ul className="account-list">
                {list.map((account) => (
                  <AccountCard
                    key={account.username}
                    account={account}
                    self={account.id === me.user.id}
                    isAdmin={isAdmin}
                    grantable={grantable.value ?? null}
                    onChanged={accounts.reload}
                  />
                ))}
              </ul>
            )
          }
        </Loaded>
      </section>
    </Page>
  );
}

function CreateAccount({ isAdmin, onCreated }: { isAdmin: boolean; onCreated: () => void }) {
  const focusFirstProblem = useProblemFocus();
  const t = useT(adminMessages);
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [problems, setProblems] = useState<{ username?: string; password?: string }>({});
  const { busy, outcome, send, problems: refused } = useSubmission();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const next = {
      username: username.trim() === '' ? t('accounts.username') : undefined,
      password: password.length < MIN_PASSWORD ? t('accounts.passwordHelp', { min: MIN_PASSWORD }) : undefined,
    };
    setProblems(next);
    if (next.username || next.password) {
      focusFirstProblem(form);
      return;
    }
    const made = await send(
      () => createAccount({ username: username.trim(), password, role: isAdmin ? role : 'member' }),
      (v) => t('accounts.created', { name: v.username }),
    );
    if (made) {
      setUsername('');
      setPassword('');
      setRole('member');
      onCreated();
    } else focusFirstProblem(form);
  };

  return (
    <section aria-labelledby={`${id}-create`}>
      <h2 id={`${id}-create`}>{t('accounts.createTitle')}</h2>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={t('accounts.username')}
          help={t('accounts.usernameHelp')}
          name="new-username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          problem={problems.username ? t('accounts.usernameHelp') : refused.username}
        />
        <Field
          label={t('accounts.password')}
          help={t('accounts.passwordHelp', { min: MIN_PASSWORD })}
          name="new-account-password"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          problem={problems.password ?? refused.password}
        />
        {isAdmin && (
          <SelectField
            label={t('accounts.role')}
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            options={ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))}
          />
        )}
        <SubmitRow busy={busy} label={t('accounts.create')} outcome={outcome} />
      </form>
    </section>
  );
}

function AccountCard({
  account,
  self,
  isAdmin,
  grantable,
  onChanged,
}: {
  account: Account;
  self: boolean;
  isAdmin: boolean;
  grantable: Grantable[] | null;
  onChanged: () => void;
}) {
  const t = useT(adminMessages);
  const id = useId();
  const [role, setRole] = useState<Role>(account.role);
  const roleChange = useSubmission();
  const grantChange = useSubmission();
  const name = account.username;

  const saveRole = async (event: FormEvent) => {
    event.preventDefault();
    const done = await roleChange.send(
      () => changeRole(name, role),
      () => t('accounts.roleSaved', { name, role: t(roleKey(role)) }),
    );
    if (done) onChanged();
  };

  const grantText = (g: { workspace: string; unit: string | null }) =>
    g.unit === null
      ? t('accounts.whole', { workspace: g.workspace })
      : t('accounts.unitIn', { unit: unitText(g.unit), workspace: g.workspace });

  const revoke = async (g: { workspace: string; unit: string | null }) => {
    const done = await grantChange.send(
      () => revokeUnit(name, g.workspace, g.unit),
      () => t('accounts.revoked', { name }),
    );
    if (done) onChanged();
  };

  return (
    <li className="account card" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`} className="account__name">
        {name} {self && <span className="muted">{t('accounts.you')}</span>}{' '}
        <span className={`role-badge role-badge--${account.role}`}>{t(roleKey(account.role))}</span>
      </h3>
      {isAdmin && !self && (
        <form className="account__role" onSubmit={(e) => void saveRole(e)}>
          <SelectField
            label={t('accounts.roleOf', { name })}
            className="field--compact"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            options={ROLES.map((r) => ({ value: r, label: t(roleKey(r)) }))}
          />
          <div className="submit-row">
            <button type="submit" className="button" disabled={roleChange.busy || role === account.role}>
              {t('accounts.saveRole')}
            </button>
            <p
              role="status"
              className={`form__outcome ${roleChange.outcome && !roleChange.outcome.ok ? 'form__outcome--problem' : ''}`}
            >
              {roleChange.outcome?.text}
            </p>
          </div>
        </form>
      )}
      {account.role === 'admin' ? (
        <p className="muted">{t('accounts.adminSees')}</p>
      ) : (
        <>
          <h4 className="account__grants-title">{t('accounts.grants')}</h4>
          {account.grants.length === 0 ? (
            <p className="muted">{t('accounts.noGrants')}</p>
          ) : (
            <ul className="grant-list">
              {account.grants.map((g) => (
                <li key={`${g.workspace}\u0000${g.unit ?? ''}`} className="grant-list__item">
                  <span>{grantText(g)}</span>
                  {!self && (
                    <button
                      type="button"
                      className="button"
                      aria-label={t('accounts.revokeWhat', { what: grantText(g), name })}
                      disabled={grantChange.busy}
                      onClick={() => void revoke(g)}
                    >
                      {t('accounts.revoke')}
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {!self && grantable && (
            <GrantForm name={name} grantable={grantable} send={grantChange.send} onChanged={onChanged} />
          )}
          <p
            role="status"
            className={`form__outcome ${grantChange.outcome && !grantChange.outcome.ok ? 'form__outcome--problem' : ''}`}
          >
            {grantChange.outcome?.text}
          </p>
        </>
      )}
    </li>
  );
}

const WHOLE = '\u0000whole';

function GrantForm({
  name,
  grantable,
  send,
  onChanged,
}: {
  name: string;
  grantable: Grantable[];
  send: ReturnType<typeof useSubmission>['send'];
  onChanged: () => void;
}) {
  const t = useT(adminMessages);
  const usable = useMemo(() => grantable.filter((g) => g.whole || g.units.length > 0), [grantable]);
  const [workspace, setWorkspace] = useState(usable[0]?.workspace ?? '');
  const chosen = usable.find((g) => g.workspace === workspace) ?? usable[0];
  const options = chosen
    ? [
        ...(chosen.whole ? [{ value: WHOLE, label: t('accounts.wholeOption') }] : []),
        ...chosen.units.map((u) => ({ value: u, label: unitText(u) })),
      ]
    : [];
  const [unit, setUnit] = useState<string | null>(null);
  const unitValue = unit !== null && options.some((o) => o.value === unit) ? unit : (options[0]?.value ?? '');
  const [busy, setBusy] = useState(false);

  if (!chosen) return <p className="muted">{t('accounts.nothingToGrant')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const done = await send(
      () => grantUnit(name, chosen.workspace, unitValue === WHOLE ? null : unitValue),
      () => t('accounts.granted', { name }),
    );
    setBusy(false);
    if (done) onChanged();
  };

  return (
    <form className="grant-form" onSubmit={(e) => void submit(e)} aria-label={t('accounts.grantTitle', { name })}>
      <SelectField
        label={t('accounts.workspace')}
        value={chosen.workspace}
        onChange={(e) => {
          setWorkspace(e.target.value);
          setUnit(null);
        }}
        options={usable.map((g) => ({ value: g.workspace, label: g.workspace }))}
      />
      <SelectField
        label={t('accounts.unit')}
        value={unitValue}
        onChange={(e) => setUnit(e.target.value)}
        options={options}
      />
      <div className="submit-row">
        <button type="submit" className="button" disabled={busy}>
          {t('accounts.grant')}
        </button>
      </div>
    </form>
  );
}

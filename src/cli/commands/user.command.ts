import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import type { ZodType } from 'zod';
import { ROLES, type Role } from '../../core/access.js';
import { passwordSchema, roleSchema, usernameSchema } from '../../core/accounts.js';
import { translator } from '../../core/i18n/i18n.js';
import { unitPathSchema } from '../../core/records.js';
import { appendAudit } from '../../store/audit/audit.store.js';
import { allGrants, grantUnit, revokeUnit } from '../../store/grants.store.js';
import { endUserSessions } from '../../store/sessions.store.js';
import type { Store } from '../../store/store.js';
import { createUser, findUserByUsername, listUsers, setPasswordHash } from '../../store/users.store.js';
import { getWorkspace, listUnits } from '../../store/workspaces.store.js';
import { DEFAULT_PASSWORD_PARAMS } from '../../server/app-deps.js';
import { Passwords } from '../../server/passwords.js';
import { CliError } from '../cli-error.js';
import { out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';
import { USER_MESSAGES } from './user-messages.js';

interface GrantOptions {
  workspace: string;
  unit?: string;
}

/** `sunspace user ...`: accounts and their grants, from the machine the server runs on. */
export function registerUser(program: Command, ctx: CliContext): void {
  const t = translator(USER_MESSAGES, ctx.lang);
  const valid = <T>(schema: ZodType<T>, field: string, value: unknown): T => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    throw new CliError(t('invalid', { field, reason: r.error.issues[0]?.message ?? '' }));
  };
  const passwords = () => new Passwords(DEFAULT_PASSWORD_PARAMS, (n) => randomBytes(n));
  const account = async (store: Store, name: string) => {
    const user = await findUserByUsername(store, valid(usernameSchema, 'NAME', name));
    if (!user) throw new CliError(t('no_such_user', { name }));
    return user;
  };
  const readPassword = async (opts: { passwordStdin?: boolean }) => {
    if (!opts.passwordStdin) throw new CliError(t('need_password_stdin'));
    const line = (await readAll(ctx.stdin)).split(/\r?\n/)[0] ?? '';
    if (line === '') throw new CliError(t('empty_password'));
    return valid(passwordSchema, 'password', line);
  };
  /** The workspace and unit of a grant, checked to exist so a typo never grants nothing in silence. */
  const target = async (store: Store, opts: GrantOptions) => {
    const ws = await getWorkspace(store, opts.workspace);
    const unit = opts.unit === undefined ? null : valid(unitPathSchema, '--unit', opts.unit);
    if (unit !== null) {
      const units = await listUnits(store, ws.id);
      if (!units.includes(unit))
        throw new CliError(t('no_such_unit', { unit, workspace: ws.name, units: units.join(', ') }));
    }
    return { ws, unit, what: unit ?? t('whole_workspace') };
  };

  const user = program.command('user').description('manage accounts: add, grant and revoke units, list');

  user
    .command('add <name>')
    .description('add an account; the password is read from standard input')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--password-stdin', 'read the password from the first line of standard input')
    .addHelpText(
      'after',
      '\nExample:\n  printf "%s\\n" "$PASSWORD" | sunspace user add ana --role lead --password-stdin',
    )
    .action(async (name: string, opts: { role: string; passwordStdin?: boolean }) => {
      const username = valid(usernameSchema, 'NAME', name);
      const role: Role = valid(roleSchema, '--role', opts.role);
      const password = await readPassword(opts);
      const passwordHash = await passwords().hash(password);
      await withStore(ctx, async (store) => {
        await createUser(store, { username, role, passwordHash }, ctx.now());
        // actorId null: the command line, run by whoever holds the machine and its key.
        await appendAudit(store, {
          actorId: null,
          action: 'user_added',
          subject: username,
          details: { role },
          at: ctx.now(),
        });
        out(ctx, t('added', { name: username, role }));
      });
    });

  user
    .command('password <name>')
    .description("set an account's password (read from standard input) and end its sessions")
    .option('--password-stdin', 'read the password from the first line of standard input')
    .action(async (name: string, opts: { passwordStdin?: boolean }) => {
      const password = await readPassword(opts);
      await withStore(ctx, async (store) => {
        const found = await account(store, name);
        await setPasswordHash(store, found.id, await passwords().hash(password));
        await endUserSessions(store, found.id);
        await appendAudit(store, { actorId: null, action: 'password_change', subject: found.username, at: ctx.now() });
        out(ctx, t('password_set', { name: found.username }));
      });
    });

  user
    .command('grant <name>')
    .description('let an account see a unit (and everything under it), or the whole workspace without --unit')
    .requiredOption('--workspace <name>', 'the workspace')
    .option('--unit <path>', 'the unit path, such as Clinic/Nursing')
    .action(async (name: string, opts: GrantOptions) => {
      await withStore(ctx, async (store) => {
        const found = await account(store, name);
        const { ws, unit, what } = await target(store, opts);
        const added = await grantUnit(store, found.id, ws.id, unit);
        if (added) {
          await appendAudit(store, {
            actorId: null,
            action: 'grant',
            workspaceId: ws.id,
            subject: found.username,
            details: { unit },
            at: ctx.now(),
          });
        }
        out(ctx, t(added ? 'granted' : 'already_granted', { name: found.username, what, workspace: ws.name }));
      });
    });

  user
    .command('revoke <name>')
    .description('take back exactly one grant (without --unit: the whole-workspace grant)')
    .requiredOption('--workspace <name>', 'the workspace')
    .option('--unit <path>', 'the unit path')
    .action(async (name: string, opts: GrantOptions) => {
      await withStore(ctx, async (store) => {
        const found = await account(store, name);
        const ws = await getWorkspace(store, opts.workspace);
        const unit = opts.unit === undefined ? null : valid(unitPathSchema, '--unit', opts.unit);
        const removed = await revokeUnit(store, found.id, ws.id, unit);
        if (removed) {
          await appendAudit(store, {
            actorId: null,
            action: 'revoke',
            workspaceId: ws.id,
            subject: found.username,
            details: { unit },
            at: ctx.now(),
          });
        }
        const what = unit ?? t('whole_workspace');
        out(ctx, t(removed ? 'revoked' : 'not_granted', { name: found.username, what, workspace: ws.name }));
      });
    });

  user
    .command('list')
    .description('list the accounts, their roles and grants')
    .option('--json', 'print JSON')
    .action(async (opts: { json?: boolean }) => {
      await withStore(ctx, async (store) => {
        const grants = await allGrants(store);
        const rows = (await listUsers(store)).map((u) => ({ ...u, grants: grants.get(u.id) ?? [] }));
        if (opts.json) return out(ctx, JSON.stringify(rows, null, 2));
        if (rows.length === 0) return out(ctx, t('no_users'));
        for (const r of rows) {
          const shown =
            r.role === 'admin'
              ? t('admin_sees_all')
              : r.grants.map((g) => `${g.workspace}:${g.unit ?? t('whole_workspace')}`).join(', ');
          out(ctx, `${r.username.padEnd(20)} ${r.role.padEnd(7)} ${shown}`);
        }
      });
    });
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

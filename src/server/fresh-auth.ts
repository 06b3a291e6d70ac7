/**
 * Re-confirming who you are before something that cannot be taken back or that lets data leave: a plaintext
 * export, the panic wipe, adding or removing a way to sign in. A session counts as fresh for FRESH_AUTH_MS
 * after it signed in or re-confirmed (POST /api/auth/reauth, with the password or a passkey); a route may
 * also take the password in its own body. Wrong passwords count towards the same limits as sign-in.
 */
import { findUserByUsername } from '../store/users.store.js';
import { markReauthenticated, reauthenticatedAt } from '../store/sessions.store.js';
import { ApiError } from './api-error.js';
import { currentSession, currentUser, type AppContext } from './app-env.js';
import { audit } from './audit.js';
import { clientAddress } from './client-address.js';
import type { RouteKit } from './route-kit.js';

export const FRESH_AUTH_MS = 5 * 60 * 1000;

/** Check a password of the signed-in account, within the guessing limits; on success the session is fresh. */
export async function confirmPassword(c: AppContext, kit: RouteKit, password: string): Promise<void> {
  const { deps, passwords, signIn } = kit;
  const user = currentUser(c);
  const attempt = {
    userId: user.id,
    name: user.username,
    kind: 'password' as const,
    address: clientAddress(c, deps.options.trustProxy),
  };
  if ((await signIn.limits.check(attempt)) !== 'ok') throw new ApiError('too_many_attempts');
  const found = await findUserByUsername(deps.store, user.username);
  if (!found || !(await passwords.verify(found.passwordHash, password))) {
    await signIn.limits.fail(attempt);
    await audit(deps, {
      actorId: null,
      action: 'sign_in_failed',
      subject: user.username,
      details: { method: 'reauth' },
    });
    throw new ApiError('wrong_credentials');
  }
  await markFresh(c, kit, 'password');
}

/** The session has just proved itself again. */
export async function markFresh(c: AppContext, kit: RouteKit, method: 'password' | 'passkey'): Promise<void> {
  await markReauthenticated(kit.deps.store, currentSession(c).id, kit.deps.clock());
  await audit(kit.deps, { actorId: currentUser(c).id, action: 'reauth', details: { method } });
}

/**
 * Go on only if the session re-confirmed recently, or `password` (when given) is right; else 403
 * `reauth_required`, which the web app answers by asking for the password (or a passkey) again.
 */
export async function requireFreshAuth(c: AppContext, kit: RouteKit, password?: string): Promise<void> {
  if (password !== undefined) return confirmPassword(c, kit, password);
  const at = await reauthenticatedAt(kit.deps.store, currentSession(c).id);
  if (at && kit.deps.clock().getTime() - at.getTime() <= FRESH_AUTH_MS) return;
  throw new ApiError('reauth_required');
}

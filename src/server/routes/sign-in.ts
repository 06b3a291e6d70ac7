import type { User } from '../../core/accounts.js';
import { markReauthenticated } from '../../store/sessions.store.js';
import type { AppContext } from '../app-env.js';
import { audit } from '../audit.js';
import type { RouteKit } from '../route-kit.js';
import { startSession } from '../sessions.js';

/**
 * The end of every way in (password, password and code, passkey): a new session, fresh for re-confirmation
 * (fresh-auth.ts), and an entry in the audit log saying how. No address is recorded.
 */
/** `method` is what the audit log says of it; null when the caller records it otherwise (a password change). */
export async function finishSignIn(c: AppContext, kit: RouteKit, user: User, method: string | null): Promise<void> {
  const session = await startSession(c, kit.deps, user);
  await markReauthenticated(kit.deps.store, session.id, kit.deps.clock());
  if (method !== null) await audit(kit.deps, { actorId: user.id, action: 'sign_in', details: { method } });
  if (user.language) c.set('lang', user.language);
}

/**
 * Sessions: a random token in an HttpOnly cookie; the database keeps only its SHA-256, so a copy of the
 * sessions table cannot be replayed. Every sign-in makes a new session (no fixation); sign-out ends it; a
 * role change ends every session of that account; an idle session ends by itself.
 */
import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { User } from '../core/accounts.js';
import { pickLang } from '../core/i18n/i18n.js';
import { createSession, endSession, findLiveSession, touchSession, type Session } from '../store/sessions.store.js';
import type { Resolved } from './app-deps.js';
import type { AppEnv } from './app-env.js';

export const SESSION_COOKIE = 'sunspace_session';

/** Writing last_seen_at on every request would turn each read into a write; once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function readToken(c: Context<AppEnv>, deps: Resolved): string | undefined {
  const token = deps.options.secureCookies ? getCookie(c, SESSION_COOKIE, 'host') : getCookie(c, SESSION_COOKIE);
  return token && /^[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

/**
 * Find the request's session, if any, and put its user on the context; set the answer's language from
 * the account, else from the browser.
 */
export function loadSession(deps: Resolved): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('lang', pickLang(c.req.header('accept-language') ?? null));
    const token = readToken(c, deps);
    if (token) {
      const now = deps.clock();
      const found = await findLiveSession(deps.store, hashToken(token), now, deps.options.sessionIdleMs);
      if (found) {
        c.set('session', found.session);
        c.set('user', found.user);
        if (found.user.language) c.set('lang', found.user.language);
        if (now.getTime() - Date.parse(found.session.lastSeenAt) >= TOUCH_EVERY_MS) {
          await touchSession(deps.store, found.session.id, now);
        }
      } else {
        clearSessionCookie(c, deps);
      }
    }
    await next();
  };
}

/** Sign in: a fresh session (and token) for this user, set as the cookie. */
export async function startSession(c: Context<AppEnv>, deps: Resolved, user: User): Promise<Session> {
  const previous = c.var.session;
  if (previous) await endSession(deps.store, previous.id);
  const token = Buffer.from(deps.randomBytes(32)).toString('base64url');
  const now = deps.clock();
  const session = await createSession(deps.store, {
    id: hashToken(token),
    userId: user.id,
    now,
    expiresAt: new Date(now.getTime() + deps.options.sessionMaxMs),
  });
  const maxAge = Math.floor(deps.options.sessionMaxMs / 1000);
  if (deps.options.secureCookies) {
    setCookie(c, SESSION_COOKIE, token, {
      prefix: 'host',
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: true,
      maxAge,
    });
  } else {
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', maxAge });
  }
  c.set('session', session);
  c.set('user', user);
  return session;
}

export function clearSessionCookie(c: Context<AppEnv>, deps: Resolved): void {
  if (deps.options.secureCookies) {
    deleteCookie(c, SESSION_COOKIE, { prefix: 'host', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
  } else {
    deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Lax' });
  }
}

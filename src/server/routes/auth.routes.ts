import { z } from '@hono/zod-openapi';
import type { User } from '../../core/accounts.js';
import { passwordSchema, langSchema } from '../../core/accounts.js';
import { grantsOf } from '../../store/grants.store.js';
import { endSession, endUserSessions } from '../../store/sessions.store.js';
import { findUserByUsername, getUser, setLanguage, setPasswordHash } from '../../store/users.store.js';
import { ApiError } from '../api-error.js';
import { currentSession, currentUser } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { clearSessionCookie, startSession } from '../sessions.js';
import { credentialsSchema, meSchema } from './account-schemas.js';

/** Sign-in, sign-out, and the signed-in person's own account. */
export function authRoutes(kit: RouteKit) {
  const { define, deps, passwords } = kit;
  const db = deps.store;

  const me = async (user: User) => ({ user, grants: await grantsOf(db, user.id) });

  const login = define('public', {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in with a username and password; sets the session cookie',
    request: { body: jsonBody(credentialsSchema) },
    responses: { 200: jsonAnswer(meSchema, 'Signed in'), ...errors(400, 401, 403) },
  });

  const logout = define('signed_in', {
    method: 'post',
    path: '/api/auth/logout',
    summary: 'Sign out here, or everywhere',
    request: {
      body: {
        required: false,
        content: { 'application/json': { schema: z.object({ everywhere: z.boolean().default(false) }).strict() } },
      },
    },
    responses: {
      200: jsonAnswer(z.object({ ended: z.number().int() }), 'Signed out; how many sessions ended'),
      ...errors(401, 403),
    },
  });

  const getMe = define('signed_in', {
    method: 'get',
    path: '/api/auth/me',
    summary: 'Who is signed in: account, role, grants and language',
    responses: { 200: jsonAnswer(meSchema, 'The signed-in account'), ...errors(401) },
  });

  const patchMe = define('signed_in', {
    method: 'patch',
    path: '/api/auth/me',
    summary: 'Choose the display language (null follows the browser)',
    request: { body: jsonBody(z.object({ language: langSchema.nullable() }).strict()) },
    responses: { 200: jsonAnswer(meSchema, 'The account as it is now'), ...errors(400, 401, 403) },
  });

  const changePassword = define('signed_in', {
    method: 'post',
    path: '/api/auth/password',
    summary: 'Change my password; every other session of mine ends',
    request: {
      body: jsonBody(z.object({ current: z.string().min(1).max(1024), password: passwordSchema }).strict()),
    },
    responses: {
      200: jsonAnswer(meSchema, 'Changed; this browser stays signed in with a new session'),
      ...errors(400, 401, 403),
    },
  });

  return newRoutes()
    .openapi(login, async (c) => {
      const { username, password } = c.req.valid('json');
      const found = await findUserByUsername(db, username);
      // Unknown names cost the same argon2 work as known ones and get the same answer.
      const ok = found ? await passwords.verify(found.passwordHash, password) : await passwords.verifyNobody(password);
      if (!found || !ok) throw new ApiError('wrong_credentials');
      if (passwords.needsRehash(found.passwordHash)) {
        await setPasswordHash(db, found.id, await passwords.hash(password));
      }
      const { passwordHash: _, ...user } = found;
      await startSession(c, deps, user);
      if (user.language) c.set('lang', user.language);
      return c.json(await me(user), 200);
    })
    .openapi(logout, async (c) => {
      const session = currentSession(c);
      // Without a body there is nothing to validate, and `everywhere` is simply absent.
      const everywhere = c.req.valid('json').everywhere === true;
      let ended = 1;
      if (everywhere) ended = await endUserSessions(db, session.userId);
      else await endSession(db, session.id);
      clearSessionCookie(c, deps);
      return c.json({ ended }, 200);
    })
    .openapi(getMe, async (c) => c.json(await me(currentUser(c)), 200))
    .openapi(patchMe, async (c) => {
      const user = currentUser(c);
      await setLanguage(db, user.id, c.req.valid('json').language);
      const updated = await getUser(db, user.id);
      if (!updated) throw new ApiError('not_signed_in');
      return c.json(await me(updated), 200);
    })
    .openapi(changePassword, async (c) => {
      const user = currentUser(c);
      const { current, password } = c.req.valid('json');
      const found = await findUserByUsername(db, user.username);
      if (!found || !(await passwords.verify(found.passwordHash, current))) throw new ApiError('wrong_credentials');
      await setPasswordHash(db, user.id, await passwords.hash(password));
      await endUserSessions(db, user.id);
      await startSession(c, deps, user);
      return c.json(await me(user), 200);
    });
}

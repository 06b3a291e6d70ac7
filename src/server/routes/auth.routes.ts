import { z } from '@hono/zod-openapi';
import type { User } from '../../core/accounts.js';
import { passwordSchema, langSchema } from '../../core/accounts.js';
import { grantsOf } from '../../store/grants.store.js';
import { getTotp, takeTotpStep, useRecoveryCode } from '../../store/second-factors.store.js';
import { endSession, endUserSessions } from '../../store/sessions.store.js';
import { findUserByUsername, getUser, setLanguage, setPasswordHash } from '../../store/users.store.js';
import { ApiError } from '../api-error.js';
import { currentSession, currentUser } from '../app-env.js';
import { audit } from '../audit.js';
import { clientAddress } from '../client-address.js';
import { confirmPassword, FRESH_AUTH_MS } from '../fresh-auth.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { hashRecoveryCode, matchTotp } from '../second-factor.js';
import { clearSessionCookie } from '../sessions.js';
import { credentialsSchema, meSchema } from './account-schemas.js';
import { finishSignIn } from './sign-in.js';

const secondFactorNeeded = z
  .object({
    secondFactor: z.literal('totp'),
    ticket: z.string().openapi({ description: 'Send it back with the code, within five minutes' }),
  })
  .openapi('SecondFactorNeeded');

const secondFactorIn = z
  .object({
    ticket: z.string().min(1).max(200),
    code: z.string().max(20).optional(),
    recoveryCode: z.string().max(40).optional(),
  })
  .strict()
  .refine((b) => (b.code === undefined) !== (b.recoveryCode === undefined), {
    message: 'send either code or recoveryCode',
    path: ['code'],
  });

/**
 * Sign-in, sign-out, and the signed-in person's own account. Every sign-in and every failed guess is in
 * the audit log; guesses are limited per account and per address (sign-in-limits.ts); an account with an
 * authenticator app finishes its password sign-in with a code (second-factor.ts).
 */
export function authRoutes(kit: RouteKit) {
  const { define, deps, passwords, signIn } = kit;
  const db = deps.store;

  const me = async (user: User) => ({ user, grants: await grantsOf(db, user.id) });

  const login = define('public', {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in with a username and password; sets the session cookie',
    request: { body: jsonBody(credentialsSchema) },
    responses: {
      200: jsonAnswer(meSchema, 'Signed in'),
      202: jsonAnswer(secondFactorNeeded, 'The password is right; now the code from the authenticator app'),
      ...errors(400, 401, 403, 429),
    },
  });

  const loginSecondFactor = define('public', {
    method: 'post',
    path: '/api/auth/login/second-factor',
    summary: 'Finish a password sign-in with the code from the authenticator app, or a recovery code',
    request: { body: jsonBody(secondFactorIn) },
    responses: { 200: jsonAnswer(meSchema, 'Signed in'), ...errors(400, 401, 403, 429) },
  });

  const reauth = define('signed_in', {
    method: 'post',
    path: '/api/auth/reauth',
    summary: 'Confirm my password again, before an export, a wipe or a change to how I sign in',
    request: { body: jsonBody(z.object({ password: z.string().min(1).max(1024) }).strict()) },
    responses: {
      200: jsonAnswer(z.object({ freshUntil: z.string() }), 'Confirmed; good for five minutes'),
      ...errors(400, 401, 403, 429),
    },
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
      ...errors(400, 401, 403, 429),
    },
  });

  return newRoutes()
    .openapi(login, async (c) => {
      const { username, password } = c.req.valid('json');
      const found = await findUserByUsername(db, username);
      const attempt = {
        userId: found?.id ?? null,
        name: username,
        kind: 'password' as const,
        address: clientAddress(c, deps.options.trustProxy),
      };
      // Past the limit, nothing is evaluated: not even the right password signs in until the hour is over.
      if ((await signIn.limits.check(attempt)) !== 'ok') throw new ApiError('too_many_attempts');
      // Unknown names cost the same argon2 work as known ones and get the same answer.
      const ok = found ? await passwords.verify(found.passwordHash, password) : await passwords.verifyNobody(password);
      if (!found || !ok) {
        await signIn.limits.fail(attempt);
        // The name typed is kept only when it is an account's: a password typed in the wrong box stays unwritten.
        await audit(deps, {
          actorId: null,
          action: 'sign_in_failed',
          subject: found?.username ?? null,
          details: { method: 'password' },
        });
        throw new ApiError('wrong_credentials');
      }
      if (passwords.needsRehash(found.passwordHash)) {
        await setPasswordHash(db, found.id, await passwords.hash(password));
      }
      const { passwordHash: _, ...user } = found;
      if ((await getTotp(db, user.id))?.confirmedAt) {
        return c.json({ secondFactor: 'totp' as const, ticket: signIn.pending.issue(user.id) }, 202);
      }
      await finishSignIn(c, kit, user, 'password');
      return c.json(await me(user), 200);
    })
    .openapi(loginSecondFactor, async (c) => {
      const { ticket, code, recoveryCode } = c.req.valid('json');
      const userId = signIn.pending.peek(ticket);
      const user = userId === null ? null : await getUser(db, userId);
      if (!user) throw new ApiError('second_factor_expired');
      const attempt = {
        userId: user.id,
        name: user.username,
        kind: 'second_factor' as const,
        address: clientAddress(c, deps.options.trustProxy),
      };
      if ((await signIn.limits.check(attempt)) !== 'ok') throw new ApiError('too_many_attempts');
      const now = deps.clock();
      let ok = false;
      if (code !== undefined) {
        const totp = await getTotp(db, user.id);
        const step = totp?.confirmedAt ? matchTotp(totp.secret, code, now) : null;
        // A code is good once: its time step must be later than the last one used.
        ok = step !== null && (await takeTotpStep(db, user.id, step));
      } else if (recoveryCode !== undefined) {
        ok = await useRecoveryCode(db, user.id, hashRecoveryCode(recoveryCode), now);
        if (ok) await audit(deps, { actorId: user.id, action: 'recovery_code_used' });
      }
      const method = code !== undefined ? 'totp' : 'recovery_code';
      if (!ok) {
        await signIn.limits.fail(attempt);
        await audit(deps, { actorId: null, action: 'sign_in_failed', subject: user.username, details: { method } });
        throw new ApiError('wrong_code');
      }
      signIn.pending.finish(ticket);
      await finishSignIn(c, kit, user, `password+${method}`);
      return c.json(await me(user), 200);
    })
    .openapi(reauth, async (c) => {
      await confirmPassword(c, kit, c.req.valid('json').password);
      return c.json({ freshUntil: new Date(deps.clock().getTime() + FRESH_AUTH_MS).toISOString() }, 200);
    })
    .openapi(logout, async (c) => {
      const session = currentSession(c);
      // Without a body there is nothing to validate, and `everywhere` is simply absent.
      const everywhere = c.req.valid('json').everywhere === true;
      let ended = 1;
      if (everywhere) {
        ended = await endUserSessions(db, session.userId);
        await audit(deps, { actorId: session.userId, action: 'sign_out_everywhere', details: { ended } });
      } else await endSession(db, session.id);
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
      await confirmPassword(c, kit, current);
      await setPasswordHash(db, user.id, await passwords.hash(password));
      await endUserSessions(db, user.id);
      await audit(deps, { actorId: user.id, action: 'password_change' });
      await finishSignIn(c, kit, user, null);
      return c.json(await me(user), 200);
    });
}

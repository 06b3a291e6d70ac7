import { z } from '@hono/zod-openapi';
import {
  confirmTotp,
  countUnusedRecoveryCodes,
  getTotp,
  listPasskeys,
  removeTotp,
  replaceRecoveryCodes,
  saveTotpSecret,
} from '../../store/second-factors.store.js';
import { ApiError } from '../api-error.js';
import { currentUser } from '../app-env.js';
import { audit } from '../audit.js';
import { requireFreshAuth } from '../fresh-auth.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { hashRecoveryCode, matchTotp, newRecoveryCodes, newTotpSecret, totpUri } from '../second-factor.js';

const passwordField = z
  .string()
  .min(1)
  .max(1024)
  .optional()
  .openapi({ description: 'My password, unless I confirmed it in the last five minutes (POST /api/auth/reauth)' });

const factorsOut = z
  .object({
    totp: z.enum(['off', 'pending', 'on']),
    recoveryCodesLeft: z.number().int(),
    passkeys: z.array(
      z.object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() }),
    ),
  })
  .openapi('SignInFactors');

const recoveryCodesOut = z
  .object({ recoveryCodes: z.array(z.string()).openapi({ description: 'Shown this once: write them down' }) })
  .openapi('RecoveryCodes');

/**
 * My authenticator app (TOTP) and recovery codes. Setting one up, removing it and making new recovery codes
 * each need the password confirmed again (fresh-auth.ts); each is in the audit log. No SMS, ever.
 */
export function secondFactorRoutes(kit: RouteKit) {
  const { define, deps } = kit;
  const db = deps.store;

  const factors = define('signed_in', {
    method: 'get',
    path: '/api/auth/factors',
    summary: 'How I can sign in: authenticator app, recovery codes left, passkeys',
    responses: { 200: jsonAnswer(factorsOut, 'My sign-in factors'), ...errors(401) },
  });

  const enrol = define('signed_in', {
    method: 'post',
    path: '/api/auth/totp',
    summary: 'Start setting up an authenticator app: a new secret, to be confirmed with one of its codes',
    request: { body: jsonBody(z.object({ password: passwordField }).strict()) },
    responses: {
      200: jsonAnswer(
        z.object({ secret: z.string(), uri: z.string() }).openapi('TotpEnrolment'),
        'The secret (type it in) and the otpauth:// URI (show it as a QR code)',
      ),
      ...errors(400, 401, 403, 409, 429),
    },
  });

  const confirm = define('signed_in', {
    method: 'post',
    path: '/api/auth/totp/confirm',
    summary: 'Confirm the authenticator app with one of its codes; answers the recovery codes, once',
    request: { body: jsonBody(z.object({ code: z.string().min(1).max(20) }).strict()) },
    responses: { 200: jsonAnswer(recoveryCodesOut, 'On; the recovery codes'), ...errors(400, 401, 403, 409) },
  });

  const remove = define('signed_in', {
    method: 'delete',
    path: '/api/auth/totp',
    summary: 'Remove the authenticator app and its recovery codes',
    request: { body: jsonBody(z.object({ password: passwordField }).strict()) },
    responses: { 200: jsonAnswer(factorsOut, 'My sign-in factors now'), ...errors(400, 401, 403, 429) },
  });

  const regenerate = define('signed_in', {
    method: 'post',
    path: '/api/auth/recovery-codes',
    summary: 'New recovery codes; the old ones stop working',
    request: { body: jsonBody(z.object({ password: passwordField }).strict()) },
    responses: { 200: jsonAnswer(recoveryCodesOut, 'The new codes'), ...errors(400, 401, 403, 409, 429) },
  });

  async function factorsOf(userId: number) {
    const totp = await getTotp(db, userId);
    return {
      totp: !totp ? ('off' as const) : totp.confirmedAt ? ('on' as const) : ('pending' as const),
      recoveryCodesLeft: totp?.confirmedAt ? await countUnusedRecoveryCodes(db, userId) : 0,
      passkeys: (await listPasskeys(db, userId)).map((p) => ({
        id: p.id,
        name: p.name,
        createdAt: p.createdAt,
        lastUsedAt: p.lastUsedAt,
      })),
    };
  }

  async function freshCodes(userId: number): Promise<string[]> {
    const codes = newRecoveryCodes(deps.randomBytes);
    await replaceRecoveryCodes(db, userId, codes.map(hashRecoveryCode));
    return codes;
  }

  return newRoutes()
    .openapi(factors, async (c) => c.json(await factorsOf(currentUser(c).id), 200))
    .openapi(enrol, async (c) => {
      const user = currentUser(c);
      await requireFreshAuth(c, kit, c.req.valid('json').password);
      if ((await getTotp(db, user.id))?.confirmedAt) throw new ApiError('totp_exists');
      const secret = newTotpSecret(deps.randomBytes);
      await saveTotpSecret(db, user.id, secret, deps.clock());
      return c.json({ secret, uri: totpUri(secret, user.username) }, 200);
    })
    .openapi(confirm, async (c) => {
      const user = currentUser(c);
      const totp = await getTotp(db, user.id);
      if (!totp) throw new ApiError('totp_not_started');
      if (totp.confirmedAt) throw new ApiError('totp_exists');
      const step = matchTotp(totp.secret, c.req.valid('json').code, deps.clock());
      if (step === null) throw new ApiError('wrong_code');
      await confirmTotp(db, user.id, step, deps.clock());
      const recoveryCodes = await freshCodes(user.id);
      await audit(deps, { actorId: user.id, action: 'totp_enrolled' });
      return c.json({ recoveryCodes }, 200);
    })
    .openapi(remove, async (c) => {
      const user = currentUser(c);
      await requireFreshAuth(c, kit, c.req.valid('json').password);
      if (await removeTotp(db, user.id)) await audit(deps, { actorId: user.id, action: 'totp_removed' });
      return c.json(await factorsOf(user.id), 200);
    })
    .openapi(regenerate, async (c) => {
      const user = currentUser(c);
      await requireFreshAuth(c, kit, c.req.valid('json').password);
      if (!(await getTotp(db, user.id))?.confirmedAt) throw new ApiError('totp_not_started');
      const recoveryCodes = await freshCodes(user.id);
      await audit(deps, { actorId: user.id, action: 'totp_enrolled', details: { recoveryCodesReplaced: true } });
      return c.json({ recoveryCodes }, 200);
    });
}

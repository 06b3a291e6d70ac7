import { z } from '@hono/zod-openapi';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { addPasskey, findPasskey, listPasskeys, passkeyUsed, removePasskey } from '../../store/second-factors.store.js';
import { getUser } from '../../store/users.store.js';
import { grantsOf } from '../../store/grants.store.js';
import { ApiError } from '../api-error.js';
import { currentSession, currentUser } from '../app-env.js';
import { audit } from '../audit.js';
import { FRESH_AUTH_MS, markFresh, requireFreshAuth } from '../fresh-auth.js';
import {
  authenticationOptions,
  registrationOptions,
  relyingParty,
  verifyAuthentication,
  verifyRegistration,
} from '../passkeys.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { meSchema } from './account-schemas.js';
import { finishSignIn } from './sign-in.js';

const b64url = z
  .string()
  .max(20_000)
  .regex(/^[A-Za-z0-9_-]*$/, 'base64url');

/** What navigator.credentials.create() and .get() give, as @simplewebauthn/browser serialises them. */
const credential = z.object({
  id: b64url,
  rawId: b64url,
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
});

const registrationResponse = credential
  .extend({
    response: z.object({
      clientDataJSON: b64url,
      attestationObject: b64url,
      authenticatorData: b64url.optional(),
      transports: z.array(z.string().max(40)).max(10).optional(),
      publicKeyAlgorithm: z.number().int().optional(),
      publicKey: b64url.optional(),
    }),
  })
  .openapi('PasskeyRegistration');

const authenticationResponse = credential
  .extend({
    response: z.object({
      clientDataJSON: b64url,
      authenticatorData: b64url,
      signature: b64url,
      userHandle: b64url.optional(),
    }),
  })
  .openapi('PasskeyAssertion');

const options = z.record(z.string(), z.unknown()).openapi('PasskeyOptions', {
  description: 'Hand to @simplewebauthn/browser (startRegistration / startAuthentication) as they are',
});

const passkeyOut = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullable() })
  .openapi('Passkey');

const passkeyParams = z.object({
  id: b64url.openapi({ param: { name: 'id', in: 'path' }, description: "The passkey's credential id" }),
});

/**
 * Passkeys (passkeys.ts): adding and removing mine (after confirming my password again), signing in with one
 * (never limited by the password limits), and confirming myself again with one.
 */
export function passkeysRoutes(kit: RouteKit) {
  const { define, deps, signIn } = kit;
  const db = deps.store;
  const rpOf = (c: Parameters<typeof relyingParty>[0]) => relyingParty(c, deps.options.allowedOrigins);

  const list = define('signed_in', {
    method: 'get',
    path: '/api/auth/passkeys',
    summary: 'My passkeys',
    responses: { 200: jsonAnswer(z.array(passkeyOut), 'Oldest first'), ...errors(401) },
  });

  const registerOptions = define('signed_in', {
    method: 'post',
    path: '/api/auth/passkeys/options',
    summary: 'Begin adding a passkey (needs my password confirmed in the last five minutes)',
    request: { body: jsonBody(z.object({ password: z.string().min(1).max(1024).optional() }).strict()) },
    responses: {
      200: jsonAnswer(options, 'Options for navigator.credentials.create()'),
      ...errors(400, 401, 403, 429),
    },
  });

  const register = define('signed_in', {
    method: 'post',
    path: '/api/auth/passkeys',
    summary: 'Finish adding a passkey with what the browser made',
    request: {
      body: jsonBody(z.object({ name: z.string().trim().min(1).max(100), response: registrationResponse }).strict()),
    },
    responses: { 201: jsonAnswer(passkeyOut, 'The passkey'), ...errors(400, 401, 403) },
  });

  const remove = define('signed_in', {
    method: 'delete',
    path: '/api/auth/passkeys/{id}',
    summary: 'Remove one of my passkeys (needs my password confirmed in the last five minutes)',
    request: { params: passkeyParams },
    responses: { 200: jsonAnswer(z.array(passkeyOut), 'My passkeys now'), ...errors(401, 403, 404) },
  });

  const signInOptions = define('public', {
    method: 'post',
    path: '/api/auth/passkey/options',
    summary: 'Begin signing in with a passkey (the device offers the accounts it holds)',
    responses: { 200: jsonAnswer(options, 'Options for navigator.credentials.get()'), ...errors(403) },
  });

  const signInWithPasskey = define('public', {
    method: 'post',
    path: '/api/auth/passkey',
    summary: 'Sign in with what the browser gave for a passkey',
    request: { body: jsonBody(z.object({ response: authenticationResponse }).strict()) },
    responses: { 200: jsonAnswer(meSchema, 'Signed in'), ...errors(400, 401, 403) },
  });

  const reauthOptions = define('signed_in', {
    method: 'post',
    path: '/api/auth/reauth/passkey/options',
    summary: 'Begin confirming myself again with one of my passkeys',
    responses: { 200: jsonAnswer(options, 'Options for navigator.credentials.get()'), ...errors(401, 403) },
  });

  const reauthWithPasskey = define('signed_in', {
    method: 'post',
    path: '/api/auth/reauth/passkey',
    summary: 'Confirm myself again with one of my passkeys',
    request: { body: jsonBody(z.object({ response: authenticationResponse }).strict()) },
    responses: {
      200: jsonAnswer(z.object({ freshUntil: z.string() }), 'Confirmed; good for five minutes'),
      ...errors(400, 401, 403),
    },
  });

  const out = (p: { id: string; name: string; createdAt: string; lastUsedAt: string | null }) => ({
    id: p.id,
    name: p.name,
    createdAt: p.createdAt,
    lastUsedAt: p.lastUsedAt,
  });

  return newRoutes()
    .openapi(list, async (c) => c.json((await listPasskeys(db, currentUser(c).id)).map(out), 200))
    .openapi(registerOptions, async (c) => {
      const user = currentUser(c);
      await requireFreshAuth(c, kit, c.req.valid('json').password);
      const opts = await registrationOptions(c, rpOf(c), user, await listPasskeys(db, user.id));
      signIn.challenges.put(opts.challenge, { kind: 'register', sessionId: currentSession(c).id });
      return c.json(opts as unknown as Record<string, unknown>, 200);
    })
    .openapi(register, async (c) => {
      const user = currentUser(c);
      const { name, response } = c.req.valid('json');
      const made = await verifyRegistration(
        signIn.challenges,
        { kind: 'register', sessionId: currentSession(c).id },
        rpOf(c),
        response,
      );
      if (!made || (await findPasskey(db, made.id))) throw new ApiError('passkey_failed');
      const passkey = await addPasskey(db, { ...made, userId: user.id, name }, deps.clock());
      await audit(deps, { actorId: user.id, action: 'passkey_added', subject: passkey.id });
      return c.json(out(passkey), 201);
    })
    .openapi(remove, async (c) => {
      const user = currentUser(c);
      await requireFreshAuth(c, kit);
      const { id } = c.req.valid('param');
      if (!(await removePasskey(db, user.id, id))) throw new ApiError('passkey_not_found');
      await audit(deps, { actorId: user.id, action: 'passkey_removed', subject: id });
      return c.json((await listPasskeys(db, user.id)).map(out), 200);
    })
    .openapi(signInOptions, async (c) => {
      const opts = await authenticationOptions(rpOf(c));
      signIn.challenges.put(opts.challenge, { kind: 'sign_in' });
      return c.json(opts as unknown as Record<string, unknown>, 200);
    })
    .openapi(signInWithPasskey, async (c) => {
      const response = c.req.valid('json').response as AuthenticationResponseJSON;
      const passkey = await findPasskey(db, response.id);
      const counter = passkey
        ? await verifyAuthentication(signIn.challenges, { kind: 'sign_in' }, rpOf(c), response, passkey)
        : null;
      const user = passkey && counter !== null ? await getUser(db, passkey.userId) : null;
      if (!passkey || counter === null || !user) {
        await audit(deps, { actorId: null, action: 'sign_in_failed', details: { method: 'passkey' } });
        throw new ApiError('passkey_failed');
      }
      await passkeyUsed(db, passkey.id, counter, deps.clock());
      await finishSignIn(c, kit, user, 'passkey');
      return c.json({ user, grants: await grantsOf(db, user.id) }, 200);
    })
    .openapi(reauthOptions, async (c) => {
      const user = currentUser(c);
      const opts = await authenticationOptions(rpOf(c));
      signIn.challenges.put(opts.challenge, { kind: 'reauth', sessionId: currentSession(c).id });
      const mine = await listPasskeys(db, user.id);
      return c.json(
        { ...opts, allowCredentials: mine.map((p) => ({ id: p.id, type: 'public-key', transports: p.transports })) },
        200,
      );
    })
    .openapi(reauthWithPasskey, async (c) => {
      const user = currentUser(c);
      const response = c.req.valid('json').response as AuthenticationResponseJSON;
      const passkey = await findPasskey(db, response.id);
      const counter =
        passkey && passkey.userId === user.id
          ? await verifyAuthentication(
              signIn.challenges,
              { kind: 'reauth', sessionId: currentSession(c).id },
              rpOf(c),
              response,
              passkey,
            )
          : null;
      if (!passkey || counter === null) throw new ApiError('passkey_failed');
      await passkeyUsed(db, passkey.id, counter, deps.clock());
      await markFresh(c, kit, 'passkey');
      return c.json({ freshUntil: new Date(deps.clock().getTime() + FRESH_AUTH_MS).toISOString() }, 200);
    });
}

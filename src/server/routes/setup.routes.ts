import { z } from '@hono/zod-openapi';
import { countUsers, createFirstAdmin } from '../../store/users.store.js';
import { ApiError } from '../api-error.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { audit } from '../audit.js';
import { startSession } from '../sessions.js';
import { meSchema, newAccountSchema } from './account-schemas.js';

/**
 * The first run: while there is no account at all, anyone who can reach the server may create the first
 * admin (and is signed in as them). Once one account exists, this is closed for good. Serve on 127.0.0.1
 * (the default) until it is done.
 */
export function setupRoutes({ define, deps, passwords }: RouteKit) {
  const status = define('public', {
    method: 'get',
    path: '/api/setup',
    summary: 'Whether Sunspace still needs its first account',
    responses: { 200: jsonAnswer(z.object({ needed: z.boolean() }), 'true until the first admin exists') },
  });

  const create = define('public', {
    method: 'post',
    path: '/api/setup',
    summary: 'Create the first admin account and sign in as them (only while no account exists)',
    request: { body: jsonBody(newAccountSchema) },
    responses: { 201: jsonAnswer(meSchema, 'The first admin, signed in'), ...errors(400, 403, 409) },
  });

  return newRoutes()
    .openapi(status, async (c) => c.json({ needed: (await countUsers(deps.store)) === 0 }, 200))
    .openapi(create, async (c) => {
      const { username, password, language } = c.req.valid('json');
      if ((await countUsers(deps.store)) > 0) throw new ApiError('setup_done');
      const passwordHash = await passwords.hash(password);
      const user = await createFirstAdmin(deps.store, { username, passwordHash, language }, deps.clock());
      if (!user) throw new ApiError('setup_done');
      await audit(deps, { actorId: user.id, action: 'user_added', subject: user.username, details: { role: 'admin' } });
      await startSession(c, deps, user);
      if (user.language) c.set('lang', user.language);
      return c.json({ user, grants: [] }, 201);
    });
}

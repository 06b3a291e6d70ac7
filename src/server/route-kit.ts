import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { Resolved } from './app-deps.js';
import type { AppEnv } from './app-env.js';
import { ERROR_CODES } from './api-error.js';
import { Passwords } from './passwords.js';
import { defineRouteWith } from './policy.js';
import { signInKit, type SignInKit } from './sign-in-kit.js';
import { refuseInvalid } from './validation.js';

/** What every routes file is built from: the app's dependencies and the one way to describe a route. */
export interface RouteKit {
  deps: Resolved;
  passwords: Passwords;
  /** Describe a route with its auth policy (policy.ts). */
  define: ReturnType<typeof defineRouteWith>;
  /** Guessing limits, half-finished sign-ins and passkey challenges (issue 5). */
  signIn: SignInKit;
}

export function routeKit(deps: Resolved): RouteKit {
  return {
    deps,
    passwords: new Passwords(deps.options.passwordParams, deps.randomBytes),
    define: defineRouteWith(() => deps.store),
    signIn: signInKit(deps),
  };
}

/** A routes app: input that fails its schema is refused the same way everywhere. */
export function newRoutes(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: refuseInvalid });
}

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(ERROR_CODES as [string, ...string[]]),
      message: z.string(),
      fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error');

const ERROR_DESCRIPTIONS = {
  400: 'The input was refused; `fields` names each field and why',
  401: 'Not signed in, or the session ended',
  403: 'The role does not allow this, or the request came from another site',
  404: 'Not there, or not shared with you (the two look the same)',
  409: 'In conflict with what exists',
  413: 'The request is larger than this address takes',
  415: 'The body is not in a form this address takes',
  429: 'Too many wrong attempts: wait, or use a passkey',
  501: 'Not available on this server',
} as const;

/** Error answers for a route's description: every route may answer 401 and 403 unless it is public. */
export function errors<S extends keyof typeof ERROR_DESCRIPTIONS>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: ERROR_DESCRIPTIONS[s], content: { 'application/json': { schema: errorSchema } } },
    ]),
  ) as unknown as {
    [K in S]: { description: string; content: { 'application/json': { schema: typeof errorSchema } } };
  };
}

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } };
}

export function jsonAnswer<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

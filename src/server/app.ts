/**
 * The HTTP app, built from its dependencies (app-deps.ts) so tests run it in-process with `app.request()`.
 * Every route comes from a routes file and carries its auth policy (policy.ts); main.ts and the CLI's
 * `serve` start it through start-server.ts.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from './api-error.js';
import { resolveDeps, type AppDeps } from './app-deps.js';
import type { AppEnv } from './app-env.js';
import { errorResponse, handleError } from './error-handler.js';
import { guard } from './policy.js';
import { routeKit } from './route-kit.js';
import { loadSession } from './sessions.js';
import { noStore, rejectCrossSite, securityHeaders } from './security.js';
import { hasWebApp, webApp } from './static-files.js';
import { asksRoutes } from './routes/asks.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { conversationsRoutes } from './routes/conversations.routes.js';
import { grievancesRoutes } from './routes/grievances.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { peopleRoutes } from './routes/people.routes.js';
import { setupRoutes } from './routes/setup.routes.js';
import { spacesRoutes } from './routes/spaces.routes.js';
import { tiesRoutes } from './routes/ties.routes.js';
import { unitsRoutes } from './routes/units.routes.js';
import { usersRoutes } from './routes/users.routes.js';
import { workspacesRoutes } from './routes/workspaces.routes.js';
import { refuseInvalid } from './validation.js';

/** Middleware that runs for every request before any route; the route-policy test knows them by this mark. */
const MIDDLEWARE = new WeakSet<object>();
export function isAppMiddleware(handler: unknown): boolean {
  return typeof handler === 'function' && MIDDLEWARE.has(handler);
}
function mark(handler: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  MIDDLEWARE.add(handler);
  return handler;
}

const MAX_BODY_BYTES = 1024 * 1024;

export function buildApp(input: AppDeps) {
  const deps = resolveDeps(input);
  const kit = routeKit(deps);
  const store = () => deps.store;

  const app = new OpenAPIHono<AppEnv>({ defaultHook: refuseInvalid });
  app.use('*', mark(securityHeaders({ https: deps.options.secureCookies })));
  app.use('/api/*', mark(noStore));
  app.use('*', mark(rejectCrossSite(deps.options.allowedOrigins)));
  app.use(
    '/api/*',
    mark(
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: () => {
          throw new ApiError('payload_too_large');
        },
      }),
    ),
  );
  app.use('/api/*', mark(loadSession(deps)));
  app.onError(handleError(deps.log));
  app.notFound((c) => errorResponse(c, new ApiError('not_found')));

  const api = app
    .route('/', healthRoutes(kit))
    .route('/', setupRoutes(kit))
    .route('/', authRoutes(kit))
    .route('/', usersRoutes(kit))
    .route('/', workspacesRoutes(kit))
    .route('/', peopleRoutes(kit))
    .route('/', conversationsRoutes(kit))
    .route('/', grievancesRoutes(kit))
    .route('/', asksRoutes(kit))
    .route('/', tiesRoutes(kit))
    .route('/', unitsRoutes(kit))
    .route('/', spacesRoutes(kit));

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: deps.options.secureCookies ? '__Host-sunspace_session' : 'sunspace_session',
  });
  app.get('/api/openapi.json', guard('public', store), (c) =>
    c.json(
      app.getOpenAPIDocument({
        openapi: '3.0.3',
        info: {
          title: 'Sunspace',
          version: '0.1.0',
          description: 'The Sunspace HTTP API. Every route states its auth policy as x-sunspace-policy.',
        },
      }),
    ),
  );

  if (hasWebApp(deps.options.staticDir)) {
    app.get('*', guard('public', store), ...webApp(deps.options.staticDir));
  }
  return api;
}

export type AppType = ReturnType<typeof buildApp>;

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
import { adminRoutes } from './routes/admin.routes.js';
import { analysisRoutes } from './routes/analysis.routes.js';
import { asksRoutes } from './routes/asks.routes.js';
import { auditRoutes } from './routes/audit.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { bundleRoutes, MAX_IMPORT_BYTES, MAX_IMPORT_LABEL } from './routes/bundle.routes.js';
import { conversationsRoutes } from './routes/conversations.routes.js';
import { grievancesRoutes } from './routes/grievances.routes.js';
import { mandatesRoutes } from './routes/mandates.routes.js';
import { moonSessionsRoutes } from './routes/moon-sessions.routes.js';
import { mutualAidRoutes } from './routes/mutual-aid.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { mapRoutes } from './routes/map.routes.js';
import { passkeysRoutes } from './routes/passkeys.routes.js';
import { peopleMergeRoutes } from './routes/people-merge.routes.js';
import { peopleRoutes } from './routes/people.routes.js';
import { picketShiftsRoutes } from './routes/picket-shifts.routes.js';
import { plansRoutes } from './routes/plans.routes.js';
import { actionsRoutes } from './routes/actions.routes.js';
import { personFiguresRoutes } from './routes/person-figures.routes.js';
import { satelliteEffectsRoutes } from './routes/satellite-effects.routes.js';
import { secondFactorRoutes } from './routes/second-factor.routes.js';
import { setupRoutes } from './routes/setup.routes.js';
import { spacesRoutes } from './routes/spaces.routes.js';
import { tiesRoutes } from './routes/ties.routes.js';
import { todayRoutes } from './routes/today.routes.js';
import { unitsRoutes } from './routes/units.routes.js';
import { usersRoutes } from './routes/users.routes.js';
import { votesRoutes } from './routes/votes.routes.js';
import { wallChartRoutes } from './routes/wall-chart.routes.js';
import { workspacesRoutes } from './routes/workspaces.routes.js';
import { refuseInvalid } from './validation.js';
import { staleAfterWrites, ViewCache } from './view-cache.js';
import { ViewSource } from './workspace-views.js';

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
/** A bundle uploaded for import is the one larger body (bundle.routes.ts). */
const IMPORT_PATH = /^\/api\/workspaces\/[^/]+\/import$/;

export function buildApp(input: AppDeps) {
  const deps = resolveDeps(input);
  const kit = routeKit(deps);
  const store = () => deps.store;

  const app = new OpenAPIHono<AppEnv>({ defaultHook: refuseInvalid });
  app.use('*', mark(securityHeaders({ https: deps.options.secureCookies })));
  app.use('/api/*', mark(noStore));
  app.use('*', mark(rejectCrossSite(deps.options.allowedOrigins)));
  const smallBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ApiError('payload_too_large');
    },
  });
  const bundleBody = bodyLimit({
    maxSize: MAX_IMPORT_BYTES,
    onError: () => {
      throw new ApiError('bundle_too_large', { limit: MAX_IMPORT_LABEL });
    },
  });
  app.use(
    '/api/*',
    mark((c, next) => (IMPORT_PATH.test(c.req.path) ? bundleBody : smallBody)(c, next)),
  );
  app.use('/api/*', mark(loadSession(deps)));
  // the web views' figures, cached until the workspace's next write (view-cache.ts)
  const viewCache = new ViewCache(deps.clock);
  const views = new ViewSource(deps.store, viewCache, deps.clock);
  app.use('/api/workspaces/:workspace/*', mark(staleAfterWrites(viewCache)));
  app.onError(handleError(deps.log));
  app.notFound((c) => errorResponse(c, new ApiError('not_found')));

  const api = app
    .route('/', healthRoutes(kit))
    .route('/', setupRoutes(kit))
    .route('/', authRoutes(kit))
    .route('/', secondFactorRoutes(kit))
    .route('/', passkeysRoutes(kit))
    .route('/', auditRoutes(kit))
    .route('/', adminRoutes(kit))
    .route('/', usersRoutes(kit))
    .route('/', workspacesRoutes(kit))
    .route('/', peopleMergeRoutes(kit, views))
    .route('/', peopleRoutes(kit))
    .route('/', personFiguresRoutes(kit, views))
    .route('/', conversationsRoutes(kit))
    .route('/', grievancesRoutes(kit))
    .route('/', asksRoutes(kit))
    .route('/', tiesRoutes(kit))
    .route('/', unitsRoutes(kit))
    .route('/', spacesRoutes(kit))
    // the power map (issue 6)
    .route('/', mandatesRoutes(kit))
    .route('/', moonSessionsRoutes(kit))
    .route('/', votesRoutes(kit))
    .route('/', satelliteEffectsRoutes(kit))
    .route('/', picketShiftsRoutes(kit))
    .route('/', mutualAidRoutes(kit))
    .route('/', plansRoutes(kit))
    .route('/', actionsRoutes(kit))
    .route('/', analysisRoutes(kit, views))
    .route('/', todayRoutes(kit, views))
    .route('/', mapRoutes(kit, views))
    .route('/', wallChartRoutes(kit, views))
    .route('/', bundleRoutes(kit));

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

import { z } from '@hono/zod-openapi';
import { jsonAnswer, newRoutes, type RouteKit } from '../route-kit.js';

export function healthRoutes({ define }: RouteKit) {
  const health = define('public', {
    method: 'get',
    path: '/api/health',
    summary: 'Whether the server is up',
    responses: { 200: jsonAnswer(z.object({ ok: z.literal(true) }), 'The server is up') },
  });
  return newRoutes().openapi(health, (c) => c.json({ ok: true as const }, 200));
}

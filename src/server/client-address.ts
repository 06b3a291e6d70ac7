import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppContext } from './app-env.js';

/**
 * The address a request came from, for the per-address sign-in limit only: it is hashed at once
 * (sign-in-limits.ts) and never stored, logged or shown. Behind a reverse proxy (`trustProxy`), the last
 * X-Forwarded-For entry is the one the proxy itself added; earlier ones are whatever the client claimed.
 */
export function clientAddress(c: AppContext, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for');
    const last = forwarded
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .pop();
    if (last) return last;
  }
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    // In-process requests (tests) have no socket.
    return null;
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

/**
 * The built web app: its files as they are, and index.html for the client's own routes (/people/p-1),
 * so a link into the app opens it. Hashed assets may be cached for good; index.html is checked each time.
 * Nothing under /api is ever answered from here.
 */
export function webApp(dir: string): MiddlewareHandler<AppEnv>[] {
  const root = path.resolve(dir);
  const index = path.join(root, 'index.html');
  const files = serveStatic<AppEnv>({ root });
  const fallback: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || isMissingFile(c.req.path) || !fs.existsSync(index)) {
      return next();
    }
    c.header('Cache-Control', 'no-cache');
    return c.html(await fs.promises.readFile(index, 'utf8'));
  };
  const fileOrNext: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    const res = await files(c, next);
    if (res instanceof Response && res.ok) {
      // Vite names built assets by their content: a changed file is a new name, so these may be kept.
      res.headers.set(
        'Cache-Control',
        c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    }
    return res;
  };
  return [fileOrNext, fallback];
}

/**
 * A request for a file the build does not have (an old hashed asset, a favicon) answers 404, not the app.
 * Judged by the asset folder and the kinds of file a build holds, not by any dot in the path: a page's
 * address may well hold one (a workspace called "St. Mary's", a person's id "j.doe").
 */
const FILE_KINDS = /\.(?:js|mjs|css|map|html|json|txt|webmanifest|png|svg|ico|jpe?g|webp|gif|woff2?)$/i;
function isMissingFile(urlPath: string): boolean {
  return urlPath.startsWith('/assets/') || FILE_KINDS.test(urlPath);
}

export function hasWebApp(dir: string | undefined): dir is string {
  return dir !== undefined && fs.existsSync(path.join(dir, 'index.html'));
}

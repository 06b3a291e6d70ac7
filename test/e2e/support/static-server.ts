/**
 * A tiny static server for the built web app, for browser tests that need no API (the component harness).
 * It sends the same strict headers the real server must send (issue 5: CSP without unsafe-inline or
 * unsafe-eval, no referrer, nosniff), so a component that needs an inline style or script fails here first.
 * Page paths without a file fall back to index.html, as the real server does for client routes.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': STRICT_CSP,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export interface StaticServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  /** Paths asked for, in order. */
  served: string[];
  close(): Promise<void>;
}

export async function startStaticServer(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const served: string[] = [];

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    served.push(url.pathname);
    const send = (status: number, file: string | null) => {
      const type = file ? (TYPES[path.extname(file)] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
      res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type });
      if (req.method === 'HEAD') res.end();
      else if (file) fs.createReadStream(file).pipe(res);
      else res.end('not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, SECURITY_HEADERS).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      send(400, null);
      return;
    }
    const target = path.resolve(root, `.${pathname}`);
    if (target !== root && !target.startsWith(root + path.sep)) {
      send(404, null);
      return;
    }
    const isFile = (p: string) => fs.existsSync(p) && fs.statSync(p).isFile();
    if (isFile(target)) send(200, target);
    else if (isFile(path.join(target, 'index.html'))) send(200, path.join(target, 'index.html'));
    else if (path.extname(pathname) === '' && !pathname.startsWith('/api/')) send(200, path.join(root, 'index.html'));
    else send(404, null);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * The real Sunspace for browser tests: the HTTP app (src/server/app.ts) built in-process on an encrypted
 * SQLite file, listening on 127.0.0.1 at a free port, serving the built web app. Pages then talk to the real
 * API with real sessions, exactly as in `npm start`.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { buildApp } from '../../../src/server/app.js';
import type { AppDeps } from '../../../src/server/app-deps.js';
import { openSqlite } from '../../../src/store/sqlite/open-sqlite.js';
import type { Store } from '../../../src/store/store.js';
import { wipeStore, type WipeReport } from '../../../src/store/wipe.js';

export interface SunspaceOptions {
  /** The database file; by default a new one in a temporary folder, removed on close. */
  dbFile?: string;
  /** The SQLite key (64 hex digits); by default a random one. */
  keyHex?: string;
  /** The built web app to serve; by default none (API only). */
  staticDir?: string;
  /** The demo generator, for tests that load the demo workspace. */
  generateDemo?: AppDeps['generateDemo'];
  /** A fixed clock, for tests about time. */
  clock?: () => Date;
  /**
   * Let the panic button wipe this server (POST /api/admin/wipe): the key is then kept in a key file beside
   * the database, and both are destroyed as `sunspace serve` would (src/store/wipe.ts). For throwaway servers.
   */
  wipe?: boolean;
}

export interface SunspaceServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  store: Store;
  dbFile: string;
  keyHex: string;
  /** With `wipe`: the key file, and what the wipe did once it ran. */
  keyFile: string | null;
  wiped: WipeReport | null;
  close(): Promise<void>;
}

export async function startSunspace(options: SunspaceOptions = {}): Promise<SunspaceServer> {
  const tempDir = options.dbFile ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-e2e-'));
  const dbFile = options.dbFile ?? path.join(tempDir!, 'sunspace.db');
  const keyHex = options.keyHex ?? randomBytes(32).toString('hex');
  const store = await openSqlite({ file: dbFile, key: { kind: 'raw', hex: keyHex } });
  let keyFile: string | null = null;
  let wiped: WipeReport | null = null;
  let wipe: AppDeps['wipe'];
  if (options.wipe) {
    keyFile = `${dbFile}.key`;
    fs.writeFileSync(keyFile, keyHex, { mode: 0o600 });
    const file = keyFile;
    wipe = async () => {
      wiped = await wipeStore(store, { engine: 'sqlite', file: dbFile, key: { from: 'file', file } });
    };
  }

  const app = buildApp({
    store,
    clock: options.clock ?? (() => new Date()),
    randomBytes: (n) => new Uint8Array(randomBytes(n)),
    options: options.staticDir ? { staticDir: options.staticDir } : {},
    ...(options.generateDemo ? { generateDemo: options.generateDemo } : {}),
    ...(wipe ? { wipe } : {}),
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const health = await fetch(`${url}/api/health`);
  if (!health.ok) throw new Error(`Sunspace started but /api/health answered ${health.status}`);

  return {
    url,
    store,
    dbFile,
    keyHex,
    keyFile,
    get wiped() {
      return wiped;
    },
    close: async () => {
      await new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      });
      // After a wipe the store is closed already.
      await store.close().catch(() => undefined);
      if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

/**
 * Call the API at `base` as the app's own page would (a same-origin request): JSON in and out, with a session
 * cookie when given. The answer's status and body, and the cookie it sets, if any.
 */
export async function callApi<T = unknown>(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  cookie?: string | null,
): Promise<{ status: number; body: T; setCookie: string | null }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      'sec-fetch-site': 'same-origin',
      ...(cookie ? { cookie } : {}),
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T, setCookie: res.headers.get('set-cookie') };
}

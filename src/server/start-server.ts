/**
 * Serving the app on a port: what `sunspace serve` and src/server/main.ts share. The caller opens (and
 * finally closes) the store; this builds the app around it and listens. Configuration comes in as an
 * environment map: nothing here reads process.env.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { generateDemo } from '../demo/demo.js';
import type { Db } from '../store/database.js';
import { applyRetention } from '../store/retention.store.js';
import { purgeEndedSessions } from '../store/sessions.store.js';
import type { Env } from '../store/store-config.js';
import { buildApp } from './app.js';
import { DEFAULT_OPTIONS, type AppOptions } from './app-deps.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4173;

/** Where `npm run build` puts the web app. */
export const DEFAULT_WEB_DIR = path.resolve(import.meta.dirname, '..', '..', 'dist', 'web');

/**
 * Server options from the environment:
 * - SUNSPACE_PUBLIC_ORIGIN: the address people use (https://organizing.example) when a proxy ends TLS;
 *   an https origin turns on Secure `__Host-` cookies and is accepted as the origin of changes.
 * - SUNSPACE_SECURE_COOKIES=1: Secure cookies without naming the origin.
 * - SUNSPACE_SESSION_IDLE_HOURS: idle timeout (default 12).
 * - SUNSPACE_WEB_DIR: the built web app (default dist/web).
 * - SUNSPACE_TRUST_PROXY=1: behind a reverse proxy, the client's address is the last X-Forwarded-For entry
 *   (used only hashed, for the per-address sign-in limit).
 */
export function serverOptions(env: Env): Partial<AppOptions> {
  const origin = env.SUNSPACE_PUBLIC_ORIGIN?.trim().replace(/\/+$/, '');
  const idleHours = Number(env.SUNSPACE_SESSION_IDLE_HOURS);
  return {
    secureCookies:
      env.SUNSPACE_SECURE_COOKIES === '1' || env.SUNSPACE_SECURE_COOKIES === 'true' || !!origin?.startsWith('https://'),
    allowedOrigins: origin ? [origin] : [],
    staticDir: env.SUNSPACE_WEB_DIR || DEFAULT_WEB_DIR,
    sessionIdleMs: idleHours > 0 ? idleHours * 3_600_000 : DEFAULT_OPTIONS.sessionIdleMs,
    trustProxy: env.SUNSPACE_TRUST_PROXY === '1' || env.SUNSPACE_TRUST_PROXY === 'true',
  };
}

export interface ListenOptions {
  env: Env;
  host?: string;
  port?: number;
  log?: (message: string, error?: unknown) => void;
  /** The panic wipe (POST /api/admin/wipe), given by whoever opened the store; it also stops the server. */
  wipe?: () => Promise<void>;
}

export interface RunningServer {
  url: string;
  /** Stop taking requests and wait for the open ones; the store stays open (its opener closes it). */
  close(): Promise<void>;
}

const PURGE_EVERY_MS = 60 * 60 * 1000;
/** Notes past their workspace's retention go on start and then once a day (docs/security.md). */
const RETENTION_EVERY_MS = 24 * 60 * 60 * 1000;

export async function listen(store: Db, options: ListenOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const appOptions = { ...DEFAULT_OPTIONS, ...serverOptions(options.env) };
  const log = options.log ?? (() => undefined);
  const app = buildApp({
    store,
    clock: () => new Date(),
    randomBytes: (n) => randomBytes(n),
    options: appOptions,
    generateDemo,
    log,
    ...(options.wipe ? { wipe: options.wipe } : {}),
  });
  const purge = () =>
    purgeEndedSessions(store, new Date(), appOptions.sessionIdleMs).catch((e: unknown) =>
      log('could not purge ended sessions', e),
    );
  await purge();
  const timer = setInterval(() => void purge(), PURGE_EVERY_MS);
  timer.unref();
  const retention = () =>
    applyRetention(store, new Date()).catch((e: unknown) => log('could not remove notes past their retention', e));
  await retention();
  const retentionTimer = setInterval(() => void retention(), RETENTION_EVERY_MS);
  retentionTimer.unref();

  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>(
    (resolve, reject) => {
      const s = serve({ fetch: app.fetch, hostname: host, port: options.port ?? DEFAULT_PORT }, (info) =>
        resolve({ server: s, address: info }),
      );
      s.once('error', reject);
    },
  );
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(timer);
        clearInterval(retentionTimer);
        server.close((error) => (error ? reject(error) : resolve()));
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      }),
  };
}

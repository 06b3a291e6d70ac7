import type { WorkspaceRecords } from '../core/records.js';
import type { Db } from '../store/database.js';

/** The demo workplace generator's shape (src/demo): handed in, so the server does not depend on it to start. */
export type GenerateDemo = (options: { seed?: number; people?: number; endDate: string }) => WorkspaceRecords;

/** argon2id cost: OWASP's floor is m=19 MiB, t=2, p=1 (issue 5); raising these rehashes passwords at sign-in. */
export interface PasswordParams {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

export const DEFAULT_PASSWORD_PARAMS: PasswordParams = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export interface AppOptions {
  /** Served over HTTPS: cookies get Secure and the `__Host-` prefix. */
  secureCookies: boolean;
  /** The built web app (dist/web); served, with index.html for client routes, when the folder exists. */
  staticDir?: string;
  /** A session unused for this long ends. Default 12 hours. */
  sessionIdleMs: number;
  /** A session ends this long after sign-in, however busy. Default 7 days. */
  sessionMaxMs: number;
  passwordParams: PasswordParams;
  /**
   * Origins allowed to send changes besides the server's own (as the request sees it). Behind a proxy that
   * ends TLS, the public origin (https://organizing.example) belongs here.
   */
  allowedOrigins: readonly string[];
  /**
   * Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry (the one the proxy
   * added). Addresses are only ever used hashed, for the per-address sign-in limit (sign-in-limits.ts).
   */
  trustProxy: boolean;
}

export const DEFAULT_OPTIONS: AppOptions = {
  secureCookies: false,
  sessionIdleMs: 12 * 60 * 60 * 1000,
  sessionMaxMs: 7 * 24 * 60 * 60 * 1000,
  passwordParams: DEFAULT_PASSWORD_PARAMS,
  allowedOrigins: [],
  trustProxy: false,
};

/** Everything the app needs from outside, so that tests build it in-process with their own. */
export interface AppDeps {
  store: Db;
  clock: () => Date;
  randomBytes: (n: number) => Uint8Array;
  options?: Partial<AppOptions>;
  /** When absent, loading the demo answers that it is not available on this server. */
  generateDemo?: GenerateDemo;
  /** Where the server reports what a person cannot fix (unexpected errors). Never given request bodies. */
  log?: (message: string, error?: unknown) => void;
  /**
   * The panic wipe (POST /api/admin/wipe): destroys the keys, then the data (src/store/wipe.ts). Given by
   * whoever opened the store; when absent, the route says the server cannot wipe itself.
   */
  wipe?: () => Promise<void>;
}

/** The dependencies with every option filled in. */
export interface Resolved extends Omit<AppDeps, 'options' | 'log'> {
  options: AppOptions;
  log: (message: string, error?: unknown) => void;
}

export function resolveDeps(deps: AppDeps): Resolved {
  return { ...deps, options: { ...DEFAULT_OPTIONS, ...deps.options }, log: deps.log ?? (() => undefined) };
}

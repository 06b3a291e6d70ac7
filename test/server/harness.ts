/**
 * The app in-process on a real store (either engine), with a clock the test moves and helpers to sign in
 * and call the API as a browser on the same origin would.
 */
import { randomBytes } from 'node:crypto';
import type { ClientResponse } from 'hono/client';
import { testClient } from 'hono/testing';
import { expect } from 'vitest';
import { z } from 'zod';
import type { Role } from '../../src/core/access.js';
import type { User } from '../../src/core/accounts.js';
import type { WorkspaceRecords } from '../../src/core/records.js';
import { inTransaction } from '../../src/store/database.js';
import { grantUnit } from '../../src/store/grants.store.js';
import { writeRecords } from '../../src/store/records.store.js';
import type { Store } from '../../src/store/store.js';
import { createUser } from '../../src/store/users.store.js';
import { createWorkspace } from '../../src/store/workspaces.store.js';
import { buildApp } from '../../src/server/app.js';
import { smallWorkplace } from '../support/small-workplace.js';
import { DEFAULT_PASSWORD_PARAMS, type AppDeps } from '../../src/server/app-deps.js';
import { Passwords } from '../../src/server/passwords.js';

export const ORIGIN = 'http://localhost';
export const PASSWORD = 'correct horse battery';

/** An answer to a raw request: for requests the typed client cannot make (bad input, any path). */
export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

/** The error of an error answer; fails the test when the body is not one. */
export function errorOf(body: unknown): z.infer<typeof errorBody>['error'] {
  return errorBody.parse(body).error;
}

type JsonAt<R, S extends number> =
  R extends ClientResponse<infer T, infer U, infer _F> ? (U extends S ? T : never) : never;

/** Expect this status (showing the body when it differs) and give the body, typed from the route. */
export async function read<R extends ClientResponse<unknown, number, string>, S extends number>(
  res: R,
  status: S,
): Promise<JsonAt<R, S>> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return JSON.parse(text) as JsonAt<R, S>;
}

/** The typed client (hc<AppType>, as the web app will use it) calling the app in-process, as a signed-in browser. */
export function clientOf(app: ReturnType<typeof buildApp>, cookie?: string) {
  return testClient(app, undefined, undefined, {
    headers: { 'sec-fetch-site': 'same-origin', ...(cookie ? { cookie } : {}) },
  });
}

export interface Harness {
  app: ReturnType<typeof buildApp>;
  /** The typed client, signed in with this cookie (or not at all). */
  as(cookie?: string): ReturnType<typeof clientOf>;
  store: Store;
  now: { value: Date };
  advance(ms: number): void;
  call(
    method: string,
    path: string,
    options?: { body?: unknown; cookie?: string; headers?: Record<string, string | undefined> },
  ): Promise<Answer>;
  addUser(username: string, role: Role, password?: string): Promise<User>;
  /** Sign in and return the Cookie header value to send. */
  signIn(username: string, password?: string): Promise<string>;
  workspace(name: string, records?: Partial<WorkspaceRecords>): Promise<number>;
  grant(user: User, workspaceId: number, unit: string | null): Promise<void>;
}

const passwords = new Passwords(DEFAULT_PASSWORD_PARAMS, (n) => randomBytes(n));

export function harness(store: Store, overrides: Partial<AppDeps> = {}): Harness {
  const now = { value: new Date('2025-03-01T09:00:00Z') };
  const app = buildApp({
    store,
    clock: () => now.value,
    randomBytes: (n) => randomBytes(n),
    ...overrides,
  });
  const call: Harness['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string | undefined> = { ...options.headers };
    if (options.cookie) headers.cookie = options.cookie;
    if (options.body !== undefined) headers['content-type'] ??= 'application/json';
    // A browser on the same origin says so; a header given as undefined is left out (an older browser).
    if (method !== 'GET' && !('sec-fetch-site' in headers)) headers['sec-fetch-site'] = 'same-origin';
    for (const [k, v] of Object.entries(headers)) if (v === undefined) delete headers[k];
    const res = await app.request(`${ORIGIN}${path}`, {
      method,
      headers: headers as Record<string, string>,
      ...(options.body !== undefined
        ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }
        : {}),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // not JSON (the web app's pages)
    }
    return { status: res.status, body, headers: res.headers };
  };
  return {
    app,
    as: (cookie) => clientOf(app, cookie),
    store,
    now,
    advance: (ms) => {
      now.value = new Date(now.value.getTime() + ms);
    },
    call,
    addUser: async (username, role, password = PASSWORD) =>
      createUser(store, { username, role, passwordHash: await passwords.hash(password) }, now.value),
    signIn: async (username, password = PASSWORD) => {
      const res = await call('POST', '/api/auth/login', { body: { username, password } });
      if (res.status !== 200)
        throw new Error(`sign-in of ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return cookieOf(res.headers);
    },
    workspace: async (name, records) => {
      const ws = await createWorkspace(store, name, now.value);
      if (records) await inTransaction(store, (tx) => writeRecords(tx, ws.id, records));
      return ws.id;
    },
    grant: async (user, workspaceId, unit) => {
      await grantUnit(store, user.id, workspaceId, unit);
    },
  };
}

/** The name=value part of the session cookie an answer set, to send back as a Cookie header. */
export function cookieOf(headers: Headers): string {
  const set = headers.get('set-cookie');
  if (!set) throw new Error('no cookie was set');
  return set.split(';')[0]!;
}

/**
 * The small clinic (test/support/small-workplace.ts) with three accounts: Ada the admin, Leo a lead granted
 * Clinic/Nursing, and Mia a member granted the night shift. Everyone is signed in.
 */
export async function clinic(h: Harness) {
  const ws = await h.workspace('Clinic', smallWorkplace());
  const ada = await h.addUser('ada', 'admin');
  const leo = await h.addUser('leo', 'lead');
  const mia = await h.addUser('mia', 'member');
  await h.grant(leo, ws, 'Clinic/Nursing');
  await h.grant(mia, ws, 'Clinic/Nursing/Nights');
  return {
    ws,
    users: { ada, leo, mia },
    cookies: { ada: await h.signIn('ada'), leo: await h.signIn('leo'), mia: await h.signIn('mia') },
  };
}

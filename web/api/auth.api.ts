/** Signing in and the first run (src/server/routes/auth.routes.ts, setup.routes.ts). */
import type { Lang } from '../../src/core/i18n/i18n.js';
import { postJson, type ApiResult } from './http.js';

export function signIn(username: string, password: string): Promise<ApiResult<unknown>> {
  return postJson('/api/auth/login', { username, password });
}

export function signOut(): Promise<ApiResult<unknown>> {
  return postJson('/api/auth/logout', {});
}

/** Create the first account (the administrator, signed in at once); only while no account exists. */
export function createFirstAccount(
  username: string,
  password: string,
  language: Lang | null,
): Promise<ApiResult<unknown>> {
  return postJson('/api/setup', { username, password, language });
}

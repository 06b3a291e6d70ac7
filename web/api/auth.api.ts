/** Signing in, the first run and the signed-in account (src/server/routes/auth.routes.ts, setup.routes.ts). */
import type { Lang } from '../../src/core/i18n/i18n.js';
import { api, call } from './client.js';

export const signIn = (username: string, password: string) =>
  call(() => api.auth.login.$post({ json: { username, password } }));

export const signOut = () => call(() => api.auth.logout.$post({ json: { everywhere: false } }));

/** Who is signed in (a 401 refusal when nobody is). */
export const fetchMe = () => call(() => api.auth.me.$get());

/** Keep the account's language (null follows the browser), so the server answers in it too. */
export const saveLanguage = (language: Lang | null) => call(() => api.auth.me.$patch({ json: { language } }));

export const fetchSetupNeeded = () => call(() => api.setup.$get());

/** Create the first account (the administrator, signed in at once); only while no account exists. */
export const createFirstAccount = (username: string, password: string, language: Lang | null) =>
  call(() => api.setup.$post({ json: { username, password, language } }));

export type Me = Extract<Awaited<ReturnType<typeof fetchMe>>, { ok: true }>['value'];

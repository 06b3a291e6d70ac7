/**
 * How a person signs in and proves it again (src/server/routes: auth.routes.ts, passkeys.routes.ts,
 * second-factor.routes.ts): the two steps of a password sign-in with an authenticator app, passkeys through
 * @simplewebauthn/browser, re-confirmation, recovery codes, changing the password, signing out everywhere.
 */
import {
  browserSupportsWebAuthn,
  startAuthentication,
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser';
import type { Me } from './auth.api.js';
import { api, call, encoded, read, type ApiResult, type OkBody } from './client.js';

/** A password sign-in either ends here or asks for the authenticator app's code with a ticket. */
export type PasswordSignIn = { step: 'done'; me: Me } | { step: 'code'; ticket: string };

export async function signInWithPassword(username: string, password: string): Promise<ApiResult<PasswordSignIn>> {
  let response: Response;
  try {
    response = await api.auth.login.$post({ json: { username, password } });
  } catch {
    return { ok: false, kind: 'unreachable' };
  }
  if (response.status === 202) {
    const body = (await response.json().catch(() => null)) as { ticket?: unknown } | null;
    if (typeof body?.ticket === 'string') return { ok: true, value: { step: 'code', ticket: body.ticket } };
    return { ok: false, kind: 'unreachable' };
  }
  const me = await read<Me>(response);
  return me.ok ? { ok: true, value: { step: 'done', me: me.value } } : me;
}

/** Finish a password sign-in with the app's code, or one of the recovery codes. */
export const finishWithCode = (ticket: string, code: { code: string } | { recoveryCode: string }) =>
  call(() => api.auth.login['second-factor'].$post({ json: { ticket, ...code } }));

/** What a passkey ceremony can end in besides the API's own answers. */
export type PasskeyFailure = { ok: false; kind: 'cancelled' } | { ok: false; kind: 'unsupported' };
export type PasskeyResult<T> = ApiResult<T> | PasskeyFailure;

export const passkeysSupported = (): boolean => typeof window !== 'undefined' && browserSupportsWebAuthn();

/** The device was asked and said no (cancelled, timed out, no matching passkey) or cannot do passkeys. */
function ceremonyFailure(error: unknown): PasskeyFailure {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'NotSupportedError' ? { ok: false, kind: 'unsupported' } : { ok: false, kind: 'cancelled' };
}

/** A device's answer as the API's schema reads it (its extension results are a plain record). */
function wire<R extends { clientExtensionResults: object }>(
  response: R,
): Omit<R, 'clientExtensionResults'> & { clientExtensionResults: Record<string, unknown> } {
  const extensions: Record<string, unknown> = { ...response.clientExtensionResults };
  return { ...response, clientExtensionResults: extensions };
}

async function assertion(
  optionsRequest: () => Promise<ApiResult<Record<string, unknown>>>,
): Promise<PasskeyResult<ReturnType<typeof wire<Awaited<ReturnType<typeof startAuthentication>>>>>> {
  if (!passkeysSupported()) return { ok: false, kind: 'unsupported' };
  const options = await optionsRequest();
  if (!options.ok) return options;
  try {
    const response = await startAuthentication({
      optionsJSON: options.value as unknown as PublicKeyCredentialRequestOptionsJSON,
    });
    return { ok: true, value: wire(response) };
  } catch (error) {
    return ceremonyFailure(error);
  }
}

/** Sign in with a passkey: the device offers the accounts it holds; the server names none. */
export async function signInWithPasskey(): Promise<PasskeyResult<Me>> {
  const made = await assertion(() => call(() => api.auth.passkey.options.$post()));
  if (!made.ok) return made;
  return call(() => api.auth.passkey.$post({ json: { response: made.value } }));
}

/** Confirm who I am again with my password; good for five minutes. */
export const reauthWithPassword = (password: string) => call(() => api.auth.reauth.$post({ json: { password } }));

/** Confirm who I am again with one of my passkeys. */
export async function reauthWithPasskey(): Promise<PasskeyResult<{ freshUntil: string }>> {
  const made = await assertion(() => call(() => api.auth.reauth.passkey.options.$post()));
  if (!made.ok) return made;
  return call(() => api.auth.reauth.passkey.$post({ json: { response: made.value } }));
}

export const fetchFactors = () => call(() => api.auth.factors.$get());

export type Factors = OkBody<Awaited<ReturnType<typeof api.auth.factors.$get>>>;
export type PasskeyInfo = Factors['passkeys'][number];

/** Begin adding a passkey (needs a fresh confirmation): the server's options, then the device makes a key. */
export async function addPasskey(name: string): Promise<PasskeyResult<PasskeyInfo>> {
  if (!passkeysSupported()) return { ok: false, kind: 'unsupported' };
  const options = await call(() => api.auth.passkeys.options.$post({ json: {} }));
  if (!options.ok) return options;
  let response: Awaited<ReturnType<typeof startRegistration>>;
  try {
    response = await startRegistration({
      optionsJSON: options.value as unknown as PublicKeyCredentialCreationOptionsJSON,
    });
  } catch (error) {
    return ceremonyFailure(error);
  }
  return call(() =>
    api.auth.passkeys.$post({
      json: { name, response: wire(response) },
    }),
  );
}

export const removePasskey = (id: string) => call(() => api.auth.passkeys[':id'].$delete({ param: encoded({ id }) }));

/** Start setting up an authenticator app: a new secret and its otpauth:// URI. */
export const startTotp = () => call(() => api.auth.totp.$post({ json: {} }));

/** Confirm the app with one of its codes; answers the recovery codes, this once. */
export const confirmTotp = (code: string) => call(() => api.auth.totp.confirm.$post({ json: { code } }));

export const removeTotp = () => call(() => api.auth.totp.$delete({ json: {} }));

export const newRecoveryCodes = () => call(() => api.auth['recovery-codes'].$post({ json: {} }));

export const changePassword = (current: string, password: string) =>
  call(() => api.auth.password.$post({ json: { current, password } }));

/** End every session of this account, this one too; answers how many ended. */
export const signOutEverywhere = () => call(() => api.auth.logout.$post({ json: { everywhere: true } }));

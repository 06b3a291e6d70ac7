/**
 * A refused sign-in, code or confirmation in the app's own words and language. Nothing here tells whether a
 * username exists: a wrong name and a wrong password read the same, as the server answers them the same.
 */
import type { PasskeyResult } from '../api/security.api.js';
import type { AppMessageKey } from '../i18n/app-messages.js';
import type { SecurityMessageKey } from '../i18n/security-messages.js';

export type SignInFailure = Exclude<PasskeyResult<unknown>, { ok: true }>;

/** What was being proved: the wording of a wrong answer depends on it. */
export type Proof = 'password' | 'reauth' | 'currentPassword' | 'code' | 'recoveryCode' | 'passkey';

const WRONG: Record<Proof, SecurityMessageKey> = {
  password: 'signIn.wrong',
  reauth: 'reauth.wrong',
  currentPassword: 'password.wrong',
  code: 'signIn.wrongCode',
  recoveryCode: 'signIn.wrongRecovery',
  passkey: 'signIn.passkeyFailed',
};

export function signInProblem(
  failure: SignInFailure,
  proof: Proof,
  s: (key: SecurityMessageKey) => string,
  a: (key: AppMessageKey) => string,
): string {
  switch (failure.kind) {
    case 'unreachable':
      return a('form.unreachable');
    case 'cancelled':
      return s('signIn.passkeyCancelled');
    case 'unsupported':
      return s('signIn.passkeyUnsupported');
    case 'refused':
      switch (failure.code) {
        case 'wrong_credentials':
        case 'wrong_code':
        case 'passkey_failed':
          return s(WRONG[proof]);
        case 'too_many_attempts':
          return s('signIn.tooMany');
        case 'second_factor_expired':
          return s('signIn.expired');
        default:
          return failure.message;
      }
  }
}

import type { Resolved } from './app-deps.js';
import { Challenges } from './passkeys.js';
import { PendingSignIns } from './second-factor.js';
import { SignInLimits } from './sign-in-limits.js';

/** The sign-in state one app holds: guessing limits, sign-ins waiting for a code, passkey challenges. */
export interface SignInKit {
  limits: SignInLimits;
  pending: PendingSignIns;
  challenges: Challenges;
}

export function signInKit(deps: Resolved): SignInKit {
  return {
    limits: new SignInLimits(deps.store, deps.clock, deps.randomBytes),
    pending: new PendingSignIns(deps.clock, deps.randomBytes),
    challenges: new Challenges(deps.clock),
  };
}

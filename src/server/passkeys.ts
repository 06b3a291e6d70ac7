/**
 * Passkeys (WebAuthn, @simplewebauthn/server): a key pair made by the person's device, of which the server
 * keeps only the public half (second-factors.store.ts). A passkey sign-in needs the device and its unlock
 * (user verification required), so it counts as a whole sign-in on its own, is never subject to the password
 * limits (sign-in-limits.ts), and cannot be phished for another site (the browser binds it to this origin).
 *
 * Challenges live in memory for a few minutes and are used once. Passkeys are discoverable (resident): the
 * sign-in options name no account, so asking for them tells nobody which accounts exist.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { User } from '../core/accounts.js';
import type { Passkey } from '../store/second-factors.store.js';
import type { AppContext } from './app-env.js';

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;
const MAX_CHALLENGES = 10_000;

/** Who a challenge was given to: a signed-in session adding a passkey or re-confirming, or anyone signing in. */
export type ChallengePurpose =
  { kind: 'register'; sessionId: string } | { kind: 'reauth'; sessionId: string } | { kind: 'sign_in' };

export class Challenges {
  private readonly open = new Map<string, { purpose: ChallengePurpose; expires: number }>();

  constructor(private readonly clock: () => Date) {}

  put(challenge: string, purpose: ChallengePurpose): void {
    const now = this.clock().getTime();
    for (const [k, v] of this.open) if (v.expires <= now) this.open.delete(k);
    while (this.open.size >= MAX_CHALLENGES) this.open.delete(this.open.keys().next().value!);
    this.open.set(challenge, { purpose, expires: now + CHALLENGE_TTL_MS });
  }

  /** Use a challenge once: true when it was given out for this purpose and has not expired. */
  take(challenge: string, purpose: ChallengePurpose): boolean {
    const found = this.open.get(challenge);
    if (!found) return false;
    this.open.delete(challenge);
    if (found.expires <= this.clock().getTime() || found.purpose.kind !== purpose.kind) return false;
    return !('sessionId' in purpose) || ('sessionId' in found.purpose && found.purpose.sessionId === purpose.sessionId);
  }
}

/** The relying party: this server's host (or the public origin's, behind a proxy) and the origins it answers on. */
export function relyingParty(c: AppContext, allowedOrigins: readonly string[]): { rpID: string; origins: string[] } {
  const own = new URL(c.req.url).origin;
  const publicOrigin = allowedOrigins[0];
  return {
    rpID: new URL(publicOrigin ?? own).hostname,
    origins: [own, ...allowedOrigins],
  };
}

/** The challenge a browser's response was made for (the client data carries it). */
function challengeOf(clientDataJSON: string): string | null {
  try {
    const parsed = JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')) as { challenge?: unknown };
    return typeof parsed.challenge === 'string' ? parsed.challenge : null;
  } catch {
    return null;
  }
}

export async function registrationOptions(
  c: AppContext,
  rp: { rpID: string },
  user: User,
  existing: readonly Passkey[],
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  return generateRegistrationOptions({
    rpName: 'Sunspace',
    rpID: rp.rpID,
    userName: user.username,
    userID: new TextEncoder().encode(`sunspace-user-${user.id}`),
    attestationType: 'none',
    excludeCredentials: existing.map((p) => ({ id: p.id, transports: p.transports })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
}

export interface NewPasskey {
  id: string;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
}

/** The new credential, or null when the response does not answer one of our challenges or does not verify. */
export async function verifyRegistration(
  challenges: Challenges,
  purpose: ChallengePurpose,
  rp: { rpID: string; origins: string[] },
  response: RegistrationResponseJSON,
): Promise<NewPasskey | null> {
  const challenge = challengeOf(response.response.clientDataJSON);
  if (!challenge || !challenges.take(challenge, purpose)) return null;
  try {
    const result = await verifyRegistrationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origins,
      expectedRPID: rp.rpID,
      requireUserVerification: true,
    });
    if (!result.verified) return null;
    const { credential } = result.registrationInfo;
    return {
      id: credential.id,
      publicKey: credential.publicKey,
      counter: credential.counter,
      transports: response.response.transports ?? credential.transports ?? [],
    };
  } catch {
    return null;
  }
}

export async function authenticationOptions(rp: { rpID: string }): Promise<PublicKeyCredentialRequestOptionsJSON> {
  return generateAuthenticationOptions({ rpID: rp.rpID, userVerification: 'required' });
}

/** The credential's new signature counter when the response verifies against it; else null. */
export async function verifyAuthentication(
  challenges: Challenges,
  purpose: ChallengePurpose,
  rp: { rpID: string; origins: string[] },
  response: AuthenticationResponseJSON,
  passkey: Passkey,
): Promise<number | null> {
  const challenge = challengeOf(response.response.clientDataJSON);
  if (!challenge || !challenges.take(challenge, purpose)) return null;
  try {
    const result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: challenge,
      expectedOrigin: rp.origins,
      expectedRPID: rp.rpID,
      credential: {
        id: passkey.id,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: passkey.counter,
        transports: passkey.transports,
      },
      requireUserVerification: true,
    });
    return result.verified ? result.authenticationInfo.newCounter : null;
  } catch {
    return null;
  }
}

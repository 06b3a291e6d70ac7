/**
 * TOTP (an authenticator app's six-digit codes, RFC 6238 via otpauth) and its recovery codes; no SMS, which
 * a phone company, or anyone who talks one into moving a number, can read. A password sign-in of an account
 * with a confirmed TOTP factor stops half-way with a short-lived ticket; the code (or a recovery code) then
 * finishes it (routes/auth.routes.ts). Recovery codes are shown once and stored only as hashes; each works once.
 */
import { createHash } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

export const TOTP_PERIOD_S = 30;
export const RECOVERY_CODE_COUNT = 10;
/** How long a half-finished sign-in waits for its code. */
export const TICKET_TTL_MS = 5 * 60 * 1000;
const MAX_TICKETS = 10_000;

export function newTotpSecret(random: (n: number) => Uint8Array): string {
  return new Secret({ buffer: Uint8Array.from(random(20)).buffer }).base32;
}

/** The otpauth:// URI an authenticator app reads (shown as a QR code by the web app, drawn in the browser). */
export function totpUri(secret: string, username: string): string {
  return new TOTP({
    issuer: 'Sunspace',
    label: username,
    secret: Secret.fromBase32(secret),
    period: TOTP_PERIOD_S,
  }).toString();
}

/** The time step a code belongs to, when it is right now or one step either side; else null. */
export function matchTotp(secret: string, code: string, now: Date): number | null {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return null;
  const delta = TOTP.validate({
    token,
    secret: Secret.fromBase32(secret),
    period: TOTP_PERIOD_S,
    timestamp: now.getTime(),
    window: 1,
  });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / TOTP_PERIOD_S) + delta;
}

/** For tests and the web app's own checks: the code an app would show now. */
export function totpCode(secret: string, now: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), period: TOTP_PERIOD_S, timestamp: now.getTime() });
}

const CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** Ten codes like `k7pq2-x9mfa` (about 49 bits each), to print or write down. */
export function newRecoveryCodes(random: (n: number) => Uint8Array): string[] {
  const codes: string[] = [];
  for (let i = 0; i < RECOVERY_CODE_COUNT; i++) {
    const bytes = random(10);
    const chars = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]!).join('');
    codes.push(`${chars.slice(0, 5)}-${chars.slice(5)}`);
  }
  return codes;
}

/** What is stored of a recovery code: random enough that a plain SHA-256 cannot be reversed by guessing. */
export function hashRecoveryCode(code: string): string {
  const normalised = code.toLowerCase().replace(/[^a-z0-9]/g, '');
  return createHash('sha256').update(`sunspace-recovery:${normalised}`).digest('hex');
}

interface Pending {
  userId: number;
  expires: number;
}

/**
 * Sign-ins waiting for their second factor, in memory only: a restart simply asks for the password again.
 * The ticket is random; only its hash is kept.
 */
export class PendingSignIns {
  private readonly tickets = new Map<string, Pending>();

  constructor(
    private readonly clock: () => Date,
    private readonly random: (n: number) => Uint8Array,
  ) {}

  private static key(ticket: string): string {
    return createHash('sha256').update(ticket).digest('hex');
  }

  issue(userId: number): string {
    const now = this.clock().getTime();
    for (const [k, p] of this.tickets) if (p.expires <= now) this.tickets.delete(k);
    while (this.tickets.size >= MAX_TICKETS) this.tickets.delete(this.tickets.keys().next().value!);
    const ticket = Buffer.from(this.random(32)).toString('base64url');
    this.tickets.set(PendingSignIns.key(ticket), { userId, expires: now + TICKET_TTL_MS });
    return ticket;
  }

  /** The account a live ticket is for, or null. */
  peek(ticket: string): number | null {
    const p = this.tickets.get(PendingSignIns.key(ticket));
    if (!p || p.expires <= this.clock().getTime()) return null;
    return p.userId;
  }

  finish(ticket: string): void {
    this.tickets.delete(PendingSignIns.key(ticket));
  }
}

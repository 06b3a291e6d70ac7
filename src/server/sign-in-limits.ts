/**
 * Limits on guessing (docs/security.md, "Password guessing"):
 * - at most ACCOUNT_LIMIT failed guesses of a password per account per hour, whatever the address, and the
 *   same again for second-factor codes: past it, no guess is even evaluated until the hour has passed;
 * - at most ADDRESS_LIMIT failed guesses per address per hour, whatever the account.
 * Passkeys are never limited here: a passkey cannot be guessed, and the owner is never locked out of it.
 *
 * Failures are stored (sign-in-failures.store.ts), so a restart does not reset the account limit. Addresses
 * are never stored: only an HMAC of the address under a random key that lives in this process's memory and
 * is replaced every day, so the stored hashes cannot be tested against guessed addresses by anyone holding
 * the database, and say nothing once the day (or the process) is over. A name without an account is
 * counted in memory under a keyed hash as well, so that it is locked exactly like a real one: the answers
 * do not tell which names exist.
 */
import { createHmac } from 'node:crypto';
import type { Db } from '../store/database.js';
import {
  countAccountFailures,
  countAddressFailures,
  purgeFailures,
  recordFailure,
  type FailureKind,
} from '../store/sign-in-failures.store.js';

export const ACCOUNT_LIMIT = 10;
export const ADDRESS_LIMIT = 30;
export const LIMIT_WINDOW_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Names without accounts remembered at most; the oldest are forgotten first. */
const MAX_UNKNOWN_NAMES = 10_000;

export interface Attempt {
  /** The account guessed at, when the name has one. */
  userId: number | null;
  /** The name typed, as looked up (for names without an account). */
  name: string;
  kind: FailureKind;
  /** The request's address (client-address.ts), or null when unknown. */
  address: string | null;
}

export type Verdict = 'ok' | 'account_locked' | 'address_locked';

export class SignInLimits {
  private day = -1;
  private dayKey: Buffer = Buffer.alloc(0);
  private readonly nameKey: Buffer;
  private readonly unknownNames = new Map<string, number[]>();
  private lastPurge = 0;

  constructor(
    private readonly store: Db,
    private readonly clock: () => Date,
    private readonly random: (n: number) => Uint8Array,
  ) {
    this.nameKey = Buffer.from(random(32));
  }

  /** The day's keyed hash of an address; the key is replaced when the (UTC) day changes. */
  addressHash(address: string | null): string | null {
    if (address === null) return null;
    const day = Math.floor(this.clock().getTime() / DAY_MS);
    if (day !== this.day) {
      this.dayKey.fill(0);
      this.dayKey = Buffer.from(this.random(32));
      this.day = day;
    }
    return createHmac('sha256', this.dayKey).update(address).digest('hex');
  }

  private nameHash(a: Attempt): string {
    return createHmac('sha256', this.nameKey).update(`${a.kind}\0${a.name}`).digest('hex');
  }

  /** Whether this guess may be evaluated at all. */
  async check(a: Attempt): Promise<Verdict> {
    const now = this.clock();
    const since = new Date(now.getTime() - LIMIT_WINDOW_MS);
    const address = this.addressHash(a.address);
    if (address !== null && (await countAddressFailures(this.store, address, since)) >= ADDRESS_LIMIT) {
      return 'address_locked';
    }
    const failures =
      a.userId !== null
        ? await countAccountFailures(this.store, a.userId, a.kind, since)
        : (this.unknownNames.get(this.nameHash(a)) ?? []).filter((t) => t > since.getTime()).length;
    return failures >= ACCOUNT_LIMIT ? 'account_locked' : 'ok';
  }

  /** Count a failed guess. */
  async fail(a: Attempt): Promise<void> {
    const now = this.clock();
    await recordFailure(this.store, {
      userId: a.userId,
      addressHash: this.addressHash(a.address),
      kind: a.kind,
      at: now,
    });
    if (a.userId === null) {
      const key = this.nameHash(a);
      const cutoff = now.getTime() - LIMIT_WINDOW_MS;
      const times = (this.unknownNames.get(key) ?? []).filter((t) => t > cutoff);
      times.push(now.getTime());
      this.unknownNames.delete(key);
      this.unknownNames.set(key, times);
      while (this.unknownNames.size > MAX_UNKNOWN_NAMES) {
        this.unknownNames.delete(this.unknownNames.keys().next().value!);
      }
    }
    // Failures older than the window count for nothing: forget them now and then.
    if (now.getTime() - this.lastPurge > LIMIT_WINDOW_MS) {
      this.lastPurge = now.getTime();
      await purgeFailures(this.store, new Date(now.getTime() - LIMIT_WINDOW_MS));
    }
  }
}

/**
 * Password hashing with argon2id (@node-rs/argon2, no home-made crypto). The cost is never below
 * m=19 MiB, t=2, p=1; when the configured cost rises, a password is rehashed the next time it is used.
 */
import { hash, parseOptions, verify } from '@node-rs/argon2';
import { DEFAULT_PASSWORD_PARAMS, type PasswordParams } from './app-deps.js';

/** argon2id: the library's default algorithm (its enum is const, which isolated modules cannot import). */
const ARGON2ID = 2;

export class Passwords {
  private dummy: Promise<string> | undefined;
  readonly params: PasswordParams;

  constructor(
    params: PasswordParams,
    private readonly random: (n: number) => Uint8Array,
  ) {
    this.params = {
      memoryCost: Math.max(params.memoryCost, DEFAULT_PASSWORD_PARAMS.memoryCost),
      timeCost: Math.max(params.timeCost, DEFAULT_PASSWORD_PARAMS.timeCost),
      parallelism: Math.max(params.parallelism, DEFAULT_PASSWORD_PARAMS.parallelism),
    };
  }

  hash(password: string): Promise<string> {
    return hash(password, { ...this.params, algorithm: ARGON2ID });
  }

  /** Whether the password matches; a malformed stored hash simply does not match. */
  async verify(stored: string, password: string): Promise<boolean> {
    try {
      return await verify(stored, password);
    } catch {
      return false;
    }
  }

  /**
   * Spend the same work as checking a real account, for a username that has none, so that the answer and
   * its timing do not tell whether the account exists.
   */
  async verifyNobody(password: string): Promise<false> {
    this.dummy ??= this.hash(Buffer.from(this.random(32)).toString('base64'));
    await this.verify(await this.dummy, password);
    return false;
  }

  /** A stored hash made with a weaker algorithm or lower cost than today's. */
  needsRehash(stored: string): boolean {
    try {
      const o = parseOptions(stored);
      return (
        Number(o.algorithm) !== ARGON2ID ||
        o.memoryCost < this.params.memoryCost ||
        o.timeCost < this.params.timeCost ||
        o.parallelism < this.params.parallelism
      );
    } catch {
      return true;
    }
  }
}

import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
  hashRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  PendingSignIns,
  totpCode,
} from './second-factor.js';

describe('the second factor', () => {
  it('a code is accepted in its own 30 seconds and one step either side, never further', () => {
    const secret = newTotpSecret((n) => randomBytes(n));
    const at = new Date('2025-03-01T09:00:10Z');
    const step = Math.floor(at.getTime() / 30_000);
    const code = totpCode(secret, at);
    expect(matchTotp(secret, code, at)).toBe(step);
    expect(matchTotp(secret, ` ${code.slice(0, 3)} ${code.slice(3)} `, new Date(at.getTime() + 30_000))).toBe(step);
    expect(matchTotp(secret, code, new Date(at.getTime() + 95_000))).toBeNull();
    expect(matchTotp(secret, 'abcdef', at)).toBeNull();
  });

  it('recovery codes are ten, different, and match however they are typed', () => {
    const codes = newRecoveryCodes((n) => randomBytes(n));
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);
    expect(hashRecoveryCode(codes[0]!.toUpperCase().replace('-', ' '))).toBe(hashRecoveryCode(codes[0]!));
    expect(hashRecoveryCode(codes[0]!)).not.toContain(codes[0]!.replace('-', ''));
  });

  it('a half-finished sign-in waits five minutes for its code', () => {
    const now = { value: new Date('2025-03-01T09:00:00Z') };
    const pending = new PendingSignIns(
      () => now.value,
      (n) => randomBytes(n),
    );
    const ticket = pending.issue(7);
    expect(pending.peek(ticket)).toBe(7);
    expect(pending.peek(`${ticket}x`)).toBeNull();
    now.value = new Date(now.value.getTime() + 5 * 60 * 1000 + 1);
    expect(pending.peek(ticket)).toBeNull();
  });
});

/**
 * Password guessing against one account from many addresses, on an injected clock (no sleeping): at most ten
 * guesses are evaluated per account in any hour, whatever the addresses; the limit survives a restart; a
 * name without an account is locked exactly like a real one; the owner's passkey still signs in.
 */
import { verify as argon2Verify } from '@node-rs/argon2';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Passwords } from '../../src/server/passwords.js';
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, LIMIT_WINDOW_MS } from '../../src/server/sign-in-limits.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { SoftAuthenticator } from '../support/soft-authenticator.js';
import { errorOf, harness, ORIGIN, PASSWORD, type Harness } from '../server/harness.js';

const HOUR = 60 * 60 * 1000;

function login(h: Harness, username: string, password: string, address: string) {
  return h.call('POST', '/api/auth/login', {
    body: { username, password },
    headers: { 'x-forwarded-for': `203.0.113.9, ${address}` },
  });
}

/** The most evaluations that fall within any one hour. */
function maxPerHour(times: number[]): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= HOUR) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe.each(ENGINES)('password guessing on $engine', ({ engine, open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await store?.close();
    store = undefined;
  });

  it('from many addresses over three hours, at most ten guesses an hour are even evaluated', async () => {
    store = await open();
    const h = harness(store, { options: { trustProxy: true } });
    await h.addUser('ana', 'lead');
    // Ana has a passkey: guessing at her password must never lock her out of it.
    const phone = new SoftAuthenticator(ORIGIN);
    const cookie = await h.signIn('ana');
    const options = await h.call('POST', '/api/auth/passkeys/options', { cookie, body: {} });
    const added = await h.call('POST', '/api/auth/passkeys', {
      cookie,
      body: { name: 'phone', response: phone.register(options.body as Record<string, unknown>) },
    });
    expect(added.status).toBe(201);

    const evaluated: number[] = [];
    vi.spyOn(Passwords.prototype, 'verify').mockImplementation(async (stored, password) => {
      evaluated.push(h.now.value.getTime());
      return argon2Verify(stored, password).catch(() => false);
    });

    const addresses = new Set<string>();
    const statuses = new Map<number, number>();
    const attempts = 600;
    for (let i = 0; i < attempts; i++) {
      const address = `198.51.${i % 7}.${(i * 37) % 251}`;
      addresses.add(address);
      const res = await login(h, 'ana', `guess number ${i}`, address);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      h.advance((3 * HOUR) / attempts);
    }
    const perHour = maxPerHour(evaluated);
    console.log(
      `[security] brute force: ${attempts} guesses at one account from ${addresses.size} addresses over 3 h; ` +
        `guesses evaluated per hour at most ${ACCOUNT_LIMIT} (most in any hour: ${perHour}; evaluated in all: ${evaluated.length}) [${engine}]`,
    );
    expect(perHour).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(statuses.get(200) ?? 0).toBe(0);
    expect(statuses.get(429)).toBeGreaterThan(attempts - 4 * ACCOUNT_LIMIT);

    // Locked now: even the right password is not evaluated...
    await login(h, 'ana', 'one more guess', '198.51.100.1');
    const right = await login(h, 'ana', PASSWORD, '192.0.2.50');
    expect(right.status).toBe(429);
    expect(errorOf(right.body).code).toBe('too_many_attempts');
    // ...but the owner's passkey signs in.
    const passkeyOptions = await h.call('POST', '/api/auth/passkey/options', { body: {} });
    const withPasskey = await h.call('POST', '/api/auth/passkey', {
      body: { response: phone.authenticate(passkeyOptions.body as Record<string, unknown>) },
    });
    expect(withPasskey.status, JSON.stringify(withPasskey.body)).toBe(200);

    // A restart does not reset the count: the failures are in the database.
    const restarted = harness(store, { options: { trustProxy: true } });
    restarted.now.value = h.now.value;
    expect((await login(restarted, 'ana', PASSWORD, '192.0.2.51')).status).toBe(429);
    console.log('[security] brute force: account still locked after a restart: yes');

    // An hour without guesses, and the right password works again.
    restarted.advance(LIMIT_WINDOW_MS + 1000);
    expect((await login(restarted, 'ana', PASSWORD, '192.0.2.52')).status).toBe(200);
  });

  it('a name without an account is locked exactly like a real one, and one address is limited across accounts', async () => {
    store = await open();
    const h = harness(store, { options: { trustProxy: true } });
    await h.addUser('ana', 'member');
    for (let i = 0; i < ACCOUNT_LIMIT; i++) {
      await login(h, 'ana', `wrong ${i}`, `192.0.2.${i}`);
      await login(h, 'nobody-here', `wrong ${i}`, `192.0.2.${100 + i}`);
    }
    const real = await login(h, 'ana', 'wrong again', '192.0.2.200');
    const unknown = await login(h, 'nobody-here', 'wrong again', '192.0.2.201');
    expect(real.status).toBe(429);
    expect(JSON.stringify(unknown.body)).toBe(JSON.stringify(real.body));

    h.advance(LIMIT_WINDOW_MS + 1000);
    let refused = 0;
    for (let i = 0; i < ADDRESS_LIMIT + 10; i++) {
      if ((await login(h, `name-${i}`, 'wrong', '198.18.0.1')).status === 429) refused++;
    }
    console.log(
      `[security] one address guessing at ${ADDRESS_LIMIT + 10} names: evaluated ${ADDRESS_LIMIT + 10 - refused}, refused ${refused} [${engine}]`,
    );
    expect(refused).toBe(10);
    // Another address is not affected.
    expect((await login(h, 'ana', PASSWORD, '198.18.0.2')).status).toBe(200);
    // No address is stored: only a keyed hash under a key that lives in memory.
    const stored = JSON.stringify(await store.kysely.selectFrom('sign_in_failures').selectAll().execute());
    expect(stored).not.toMatch(/198\.18\.0\.1|192\.0\.2\./);
  });
});

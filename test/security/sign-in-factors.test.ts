/**
 * Passkeys and the authenticator app (issue 5, item 2): a passkey signs in alone and cannot be replayed; an
 * account with an authenticator app finishes its password sign-in with a code, each code and each recovery
 * code works once, and recovery codes are stored only as hashes; adding or removing a factor needs the
 * password confirmed again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit/audit.store.js';
import type { Store } from '../../src/store/store.js';
import { totpCode } from '../../src/server/second-factor.js';
import { ENGINES } from '../support/engines.js';
import { SoftAuthenticator } from '../support/soft-authenticator.js';
import { cookieOf, errorOf, harness, ORIGIN, PASSWORD, type Harness } from '../server/harness.js';

async function addPasskey(h: Harness, cookie: string, device: SoftAuthenticator) {
  const options = await h.call('POST', '/api/auth/passkeys/options', { cookie, body: {} });
  expect(options.status, JSON.stringify(options.body)).toBe(200);
  const response = device.register(options.body as Record<string, unknown>);
  return h.call('POST', '/api/auth/passkeys', { cookie, body: { name: 'my phone', response } });
}

async function passkeySignIn(h: Harness, device: SoftAuthenticator) {
  const options = await h.call('POST', '/api/auth/passkey/options', { body: {} });
  const response = device.authenticate(options.body as Record<string, unknown>);
  return { answer: await h.call('POST', '/api/auth/passkey', { body: { response } }), response };
}

describe.each(ENGINES)('passkeys and authenticator apps on $engine', ({ engine, open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('a passkey signs in on its own, once per challenge, and only on this site', async () => {
    store = await open();
    const h = harness(store);
    const ana = await h.addUser('ana', 'lead');
    const cookie = await h.signIn('ana');
    const phone = new SoftAuthenticator(ORIGIN);
    const added = await addPasskey(h, cookie, phone);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    // Only the public key is kept.
    const rows = await store.kysely.selectFrom('passkeys').selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.user_id).toBe(ana.id);

    const { answer, response } = await passkeySignIn(h, phone);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect((await h.call('GET', '/api/auth/me', { cookie: cookieOf(answer.headers) })).status).toBe(200);
    // The same answer again: its challenge was used.
    const replay = await h.call('POST', '/api/auth/passkey', { body: { response } });
    expect(replay.status).toBe(401);
    expect(errorOf(replay.body).code).toBe('passkey_failed');
    // A phishing site's page gets an answer bound to its own origin, which does not sign in here.
    const phish = new SoftAuthenticator('https://evil.example');
    phish.credentials.push(...phone.credentials);
    const phished = await passkeySignIn(h, phish);
    expect(phished.answer.status).toBe(401);

    const actions = (await listAudit(store)).map((e) => [e.action, e.details.method ?? null]);
    expect(actions).toContainEqual(['passkey_added', null]);
    expect(actions).toContainEqual(['sign_in', 'passkey']);
    expect(actions).toContainEqual(['sign_in_failed', 'passkey']);
  });

  it('adding a passkey or an authenticator app needs the password confirmed in the last five minutes', async () => {
    store = await open();
    const h = harness(store);
    await h.addUser('ana', 'member');
    const cookie = await h.signIn('ana');
    h.advance(6 * 60 * 1000);
    const stale = await h.call('POST', '/api/auth/passkeys/options', { cookie, body: {} });
    expect(stale.status).toBe(403);
    expect(errorOf(stale.body).code).toBe('reauth_required');
    expect((await h.call('POST', '/api/auth/totp', { cookie, body: {} })).status).toBe(403);
    const wrong = await h.call('POST', '/api/auth/reauth', { cookie, body: { password: 'not my password' } });
    expect(wrong.status).toBe(401);
    expect((await h.call('POST', '/api/auth/reauth', { cookie, body: { password: PASSWORD } })).status).toBe(200);
    expect((await h.call('POST', '/api/auth/totp', { cookie, body: {} })).status).toBe(200);
    h.advance(6 * 60 * 1000);
    expect((await h.call('POST', '/api/auth/totp', { cookie, body: { password: PASSWORD } })).status).toBe(200);
  });

  it('with an authenticator app, a password alone does not sign in; each code and recovery code works once', async () => {
    store = await open();
    const h = harness(store);
    const ana = await h.addUser('ana', 'admin');
    const cookie = await h.signIn('ana');
    const enrol = await h.call('POST', '/api/auth/totp', { cookie, body: {} });
    const { secret, uri } = enrol.body as { secret: string; uri: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\/Sunspace:ana\?/);
    const confirmed = await h.call('POST', '/api/auth/totp/confirm', {
      cookie,
      body: { code: totpCode(secret, h.now.value) },
    });
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const { recoveryCodes } = confirmed.body as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);

    // Stored: hashes of the recovery codes only; on PostgreSQL the secret is sealed.
    const stored = JSON.stringify([
      await store.kysely.selectFrom('recovery_codes').selectAll().execute(),
      await store.kysely.selectFrom('totp_factors').selectAll().execute(),
    ]);
    for (const code of recoveryCodes) expect(stored).not.toContain(code);
    if (engine === 'postgres') expect(stored).not.toContain(secret);

    const login = () => h.call('POST', '/api/auth/login', { body: { username: 'ana', password: PASSWORD } });
    h.advance(60_000);
    const half = await login();
    expect(half.status).toBe(202);
    expect(half.headers.get('set-cookie')).toBeNull();
    const { ticket } = half.body as { ticket: string };
    const wrongCode = await h.call('POST', '/api/auth/login/second-factor', { body: { ticket, code: '000000' } });
    expect(wrongCode.status).toBe(401);
    expect(errorOf(wrongCode.body).code).toBe('wrong_code');
    const code = totpCode(secret, h.now.value);
    const done = await h.call('POST', '/api/auth/login/second-factor', { body: { ticket, code } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect((await h.call('GET', '/api/auth/me', { cookie: cookieOf(done.headers) })).status).toBe(200);
    // The same code in another sign-in: refused.
    const again = await login();
    const replay = await h.call('POST', '/api/auth/login/second-factor', {
      body: { ticket: (again.body as { ticket: string }).ticket, code },
    });
    expect(replay.status).toBe(401);

    const recovery = async (code: string) => {
      const started = await login();
      return h.call('POST', '/api/auth/login/second-factor', {
        body: { ticket: (started.body as { ticket: string }).ticket, recoveryCode: code },
      });
    };
    expect((await recovery(recoveryCodes[3]!.toUpperCase())).status).toBe(200);
    expect((await recovery(recoveryCodes[3]!)).status).toBe(401);
    const factors = await h.call('GET', '/api/auth/factors', { cookie: cookieOf(done.headers) });
    expect(factors.body).toMatchObject({ totp: 'on', recoveryCodesLeft: 9 });

    // A ticket lasts five minutes.
    const late = await login();
    h.advance(6 * 60 * 1000);
    const expired = await h.call('POST', '/api/auth/login/second-factor', {
      body: { ticket: (late.body as { ticket: string }).ticket, code: totpCode(secret, h.now.value) },
    });
    expect(errorOf(expired.body).code).toBe('second_factor_expired');

    const entries = await listAudit(store);
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['totp_enrolled', 'recovery_code_used']));
    expect(entries.filter((e) => e.action === 'sign_in' && e.actorId === ana.id).map((e) => e.details.method)).toEqual(
      expect.arrayContaining(['password+totp', 'password+recovery_code']),
    );
    // No password, code or address is ever in the log.
    const text = JSON.stringify(entries);
    for (const secretText of [PASSWORD, secret, code, ...recoveryCodes, '127.0.0.1'])
      expect(text).not.toContain(secretText);
  });
});

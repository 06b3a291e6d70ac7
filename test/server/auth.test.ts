import { afterEach, describe, expect, it } from 'vitest';
import { countSessions } from '../../src/store/sessions.store.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { cookieOf, harness, PASSWORD, read } from './harness.js';

describe.each(ENGINES)('signing in on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('signing in sets an HttpOnly, SameSite=Lax session cookie for the whole site, and a new one each time', async () => {
    store = await open();
    const h = harness(store);
    const ana = await h.addUser('ana', 'member');
    const first = await h.as().api.auth.login.$post({ json: { username: 'Ana', password: PASSWORD } });
    expect((await read(first, 200)).user).toMatchObject({ username: 'ana', role: 'member' });
    const set = first.headers.get('set-cookie')!;
    expect(set).toMatch(/^sunspace_session=[A-Za-z0-9_-]{43};/);
    expect(set).toMatch(/HttpOnly/);
    expect(set).toMatch(/SameSite=Lax/);
    expect(set).toMatch(/Path=\//);
    expect(set).not.toMatch(/Secure/);
    const second = await h
      .as(cookieOf(first.headers))
      .api.auth.login.$post({ json: { username: 'ana', password: PASSWORD } });
    expect(cookieOf(second.headers)).not.toBe(cookieOf(first.headers));
    // Signing in again from the same browser replaces its session rather than adding one.
    expect(await countSessions(store, ana.id)).toBe(1);
    expect((await h.as(cookieOf(first.headers)).api.auth.me.$get()).status).toBe(401);
    expect((await h.as(cookieOf(second.headers)).api.auth.me.$get()).status).toBe(200);
  });

  it('over HTTPS the cookie is Secure and named with the __Host- prefix', async () => {
    store = await open();
    const h = harness(store, { options: { secureCookies: true } });
    await h.addUser('ana', 'member');
    const res = await h.as().api.auth.login.$post({ json: { username: 'ana', password: PASSWORD } });
    const set = res.headers.get('set-cookie')!;
    expect(set).toMatch(/^__Host-sunspace_session=/);
    expect(set).toMatch(/Secure/);
    expect(set).toMatch(/Path=\//);
    expect(set).not.toMatch(/Domain=/);
    expect((await h.as(cookieOf(res.headers)).api.auth.me.$get()).status).toBe(200);
  });

  it('the store keeps only a hash of the session token, never the token', async () => {
    store = await open();
    const h = harness(store);
    await h.addUser('ana', 'member');
    const cookie = await h.signIn('ana');
    const token = cookie.split('=')[1]!;
    const ids = (await store.kysely.selectFrom('sessions').select('id').execute()).map((r) => r.id);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(ids[0]).not.toContain(token);
  });

  it('signing out ends the session: the same cookie no longer works', async () => {
    store = await open();
    const h = harness(store);
    await h.addUser('ana', 'member');
    const cookie = await h.signIn('ana');
    const out = await h.as(cookie).api.auth.logout.$post({ json: {} });
    expect(await read(out, 200)).toEqual({ ended: 1 });
    expect(out.headers.get('set-cookie')).toMatch(/sunspace_session=;/);
    const after = await h.as(cookie).api.auth.me.$get();
    expect((await read(after, 401)).error.code).toBe('not_signed_in');
  });

  it('signing out everywhere ends every session of the account', async () => {
    store = await open();
    const h = harness(store);
    await h.addUser('ana', 'member');
    const phone = await h.signIn('ana');
    const laptop = await h.signIn('ana');
    const out = await h.as(phone).api.auth.logout.$post({ json: { everywhere: true } });
    expect(await read(out, 200)).toEqual({ ended: 2 });
    expect((await h.as(laptop).api.auth.me.$get()).status).toBe(401);
  });

  it('a wrong password and an unknown username get the same answer', async () => {
    store = await open();
    const h = harness(store);
    await h.addUser('ana', 'member');
    const login = h.as().api.auth.login;
    const wrong = await login.$post({ json: { username: 'ana', password: 'not the password' } });
    const unknown = await login.$post({ json: { username: 'nobody', password: 'not the password' } });
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(unknown.headers.get('set-cookie')).toBeNull();
    const a = await read(wrong, 401);
    expect(await read(unknown, 401)).toEqual(a);
    expect(a.error.code).toBe('wrong_credentials');
  });

  it('a session left idle longer than the idle timeout ends', async () => {
    store = await open();
    const h = harness(store, { options: { sessionIdleMs: 60 * 60 * 1000 } });
    await h.addUser('ana', 'member');
    const me = h.as(await h.signIn('ana')).api.auth.me;
    h.advance(50 * 60 * 1000);
    expect((await me.$get()).status).toBe(200);
    h.advance(50 * 60 * 1000); // in use 50 minutes ago: still alive
    expect((await me.$get()).status).toBe(200);
    h.advance(61 * 60 * 1000);
    expect((await me.$get()).status).toBe(401);
  });

  it('me tells the account, its role, its grants and its language, and answers come in that language', async () => {
    store = await open();
    const h = harness(store);
    const ana = await h.addUser('ana', 'lead');
    const ws = await h.workspace('Clinic');
    await h.grant(ana, ws, 'Clinic/Nursing');
    const api = h.as(await h.signIn('ana')).api;
    await read(await api.auth.me.$patch({ json: { language: 'es' } }), 200);
    expect(await read(await api.auth.me.$get(), 200)).toMatchObject({
      user: { username: 'ana', role: 'lead', language: 'es' },
      grants: [{ workspace: 'Clinic', unit: 'Clinic/Nursing' }],
    });
    const refused = await api.workspaces[':workspace'].$get({ param: { workspace: 'Nowhere' } });
    expect((await read(refused, 404)).error.message).toMatch(/No hay ningún espacio de trabajo/);
  });
});

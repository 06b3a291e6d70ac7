import { hash } from '@node-rs/argon2';
import { afterEach, describe, expect, it } from 'vitest';
import { countSessions } from '../../src/store/sessions.store.js';
import type { Store } from '../../src/store/store.js';
import { createUser, findUserByUsername } from '../../src/store/users.store.js';
import { ENGINES } from '../support/engines.js';
import { clinic, harness, PASSWORD, read } from './harness.js';

const secret = 'a long enough secret';

describe.each(ENGINES)('managing accounts on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('an admin creates accounts of any role; a lead creates members only', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const byAdmin = h.as(cookies.ada).api.users;
    const byLead = h.as(cookies.leo).api.users;
    const lin = await read(await byAdmin.$post({ json: { username: 'lin', password: secret, role: 'lead' } }), 201);
    expect(lin).toMatchObject({ username: 'lin', role: 'lead', grants: [] });
    expect(lin).not.toHaveProperty('passwordHash');
    expect((await byLead.$post({ json: { username: 'max', password: secret, role: 'admin' } })).status).toBe(403);
    expect(await read(await byLead.$post({ json: { username: 'max', password: secret } }), 201)).toMatchObject({
      username: 'max',
      role: 'member',
    });
    const taken = await read(await byAdmin.$post({ json: { username: 'MAX', password: secret } }), 409);
    expect(taken.error.message).toContain('"max"');
  });

  it('a lead grants members only units inside their own grant, and sees only those grants', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    await h.addUser('max', 'member');
    const grant = (unit: string | null, cookie = cookies.leo, username = 'max') =>
      h.as(cookie).api.users[':username'].grants.$post({ param: { username }, json: { workspace: 'Clinic', unit } });
    expect((await grant('Clinic/Nursing/Days')).status).toBe(200);
    expect((await grant('Clinic/Pharmacy')).status).toBe(403);
    expect((await grant(null)).status).toBe(403);
    expect((await grant('Clinic/Nursing/Days', cookies.leo, 'ada')).status).toBe(404);
    expect((await grant('Clinic/Pharmacy', cookies.ada)).status).toBe(200);
    const list = await read(await h.as(cookies.leo).api.users.$get(), 200);
    expect(list.map((u) => u.username)).toEqual(['leo', 'max', 'mia']);
    expect(list.find((u) => u.username === 'max')!.grants).toEqual([
      { workspace: 'Clinic', unit: 'Clinic/Nursing/Days' },
    ]);
    const revoke = await h.as(cookies.leo).api.users[':username'].grants.$delete({
      param: { username: 'max' },
      query: { workspace: 'Clinic', unit: 'Clinic/Nursing/Days' },
    });
    expect((await read(revoke, 200)).grants).toEqual([]);
    const asAdmin = await read(await h.as(cookies.ada).api.users.$get(), 200);
    expect(asAdmin.find((u) => u.username === 'max')!.grants).toEqual([
      { workspace: 'Clinic', unit: 'Clinic/Pharmacy' },
    ]);
  });

  it('a role change ends the sessions of that account, and the last admin cannot step down', async () => {
    store = await open();
    const h = harness(store);
    const { cookies, users } = await clinic(h);
    const user = h.as(cookies.ada).api.users[':username'];
    expect((await read(await user.$patch({ param: { username: 'mia' }, json: { role: 'lead' } }), 200)).role).toBe(
      'lead',
    );
    expect((await h.as(cookies.mia).api.auth.me.$get()).status).toBe(401);
    expect(await countSessions(store, users.mia.id)).toBe(0);
    const last = await user.$patch({ param: { username: 'ada' }, json: { role: 'member' } });
    expect((await read(last, 409)).error.code).toBe('last_admin');
  });

  it('a password hashed at a lower cost is rehashed at sign-in, and still works afterwards', async () => {
    store = await open();
    const h = harness(store);
    const weak = await hash(PASSWORD, { memoryCost: 8192, timeCost: 1, parallelism: 1 });
    await createUser(store, { username: 'old', role: 'member', passwordHash: weak }, h.now.value);
    await h.signIn('old');
    expect((await findUserByUsername(store, 'old'))?.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    await h.signIn('old');
    const raised = harness(store, { options: { passwordParams: { memoryCost: 24_576, timeCost: 3, parallelism: 1 } } });
    await raised.signIn('old');
    expect((await findUserByUsername(store, 'old'))?.passwordHash).toMatch(/m=24576,t=3,p=1/);
  });

  it('changing my password keeps me signed in here and signs me out everywhere else', async () => {
    store = await open();
    const h = harness(store);
    await h.addUser('ana', 'member');
    const phone = await h.signIn('ana');
    const laptop = await h.signIn('ana');
    const change = h.as(laptop).api.auth.password;
    expect((await change.$post({ json: { current: 'not it at all', password: 'a brand new secret' } })).status).toBe(
      401,
    );
    const res = await change.$post({ json: { current: PASSWORD, password: 'a brand new secret' } });
    expect(res.status).toBe(200);
    const fresh = res.headers.get('set-cookie')!.split(';')[0]!;
    expect((await h.as(fresh).api.auth.me.$get()).status).toBe(200);
    expect((await h.as(phone).api.auth.me.$get()).status).toBe(401);
    expect((await h.as(laptop).api.auth.me.$get()).status).toBe(401);
    await h.signIn('ana', 'a brand new secret');
  });
});

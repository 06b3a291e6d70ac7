import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { countUsers } from '../../src/store/users.store.js';
import { ENGINES } from '../support/engines.js';
import { cookieOf, harness, read } from './harness.js';

describe.each(ENGINES)('the first run on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('the first person creates the admin account once, and is signed in as them', async () => {
    store = await open();
    const h = harness(store);
    const setup = h.as().api.setup;
    expect(await read(await setup.$get(), 200)).toEqual({ needed: true });
    const first = await setup.$post({ json: { username: 'Ada', password: 'a long enough secret', language: 'es' } });
    expect((await read(first, 201)).user).toMatchObject({ username: 'ada', role: 'admin', language: 'es' });
    const me = await read(await h.as(cookieOf(first.headers)).api.auth.me.$get(), 200);
    expect(me.user.role).toBe('admin');
    expect(await read(await setup.$get(), 200)).toEqual({ needed: false });
    const again = await setup.$post({ json: { username: 'eve', password: 'another long secret' } });
    expect(again.headers.get('set-cookie')).toBeNull();
    expect((await read(again, 409)).error.code).toBe('setup_done');
    expect(await countUsers(store)).toBe(1);
  });

  it('two first-run requests at once make one admin, not two', async () => {
    store = await open();
    const h = harness(store);
    const answers = await Promise.all(
      ['ada', 'eve', 'bob'].map((username) =>
        h.as().api.setup.$post({ json: { username, password: 'a long enough secret' } }),
      ),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(await countUsers(store)).toBe(1);
  });

  it('a weak first password is refused with the reason, and nothing is created', async () => {
    store = await open();
    const h = harness(store);
    const res = await h.as().api.setup.$post({ json: { username: 'ada', password: 'short' } });
    expect((await read(res, 400)).error.fields).toEqual([
      { field: 'password', message: 'a password has at least 10 characters (a few words make a good one)' },
    ]);
    expect(await countUsers(store)).toBe(0);
  });
});

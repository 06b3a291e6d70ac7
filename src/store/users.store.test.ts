import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import type { Store } from './store.js';
import { StoreError } from './store-error.js';
import {
  countAdmins,
  countUsers,
  createFirstAdmin,
  createUser,
  findUserByUsername,
  getUser,
  listUsers,
  setLanguage,
  setPasswordHash,
  setRole,
} from './users.store.js';

const NOW = new Date('2025-03-01T09:00:00Z');

describe.each(ENGINES)('accounts on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('an account keeps its role, language and hash, and the hash never leaves through the listing', async () => {
    store = await open();
    const ana = await createUser(
      store,
      { username: 'ana', passwordHash: '$argon2id$x', role: 'lead', language: 'es' },
      NOW,
    );
    expect(ana).toEqual({ id: ana.id, username: 'ana', role: 'lead', language: 'es', createdAt: NOW.toISOString() });
    expect((await findUserByUsername(store, 'ana'))?.passwordHash).toBe('$argon2id$x');
    expect(await listUsers(store)).toEqual([ana]);
    expect(await getUser(store, ana.id)).toEqual(ana);
    expect(await findUserByUsername(store, 'nobody')).toBeNull();
  });

  it('a username is taken once', async () => {
    store = await open();
    await createUser(store, { username: 'ana', passwordHash: 'x', role: 'member' }, NOW);
    const again = createUser(store, { username: 'ana', passwordHash: 'y', role: 'admin' }, NOW);
    await expect(again).rejects.toBeInstanceOf(StoreError);
    await expect(again).rejects.toMatchObject({ code: 'username_taken' });
    expect(await countUsers(store)).toBe(1);
  });

  it('role, password hash and language can each be changed alone', async () => {
    store = await open();
    const ana = await createUser(store, { username: 'ana', passwordHash: 'x', role: 'member' }, NOW);
    await setRole(store, ana.id, 'admin');
    await setPasswordHash(store, ana.id, 'new');
    await setLanguage(store, ana.id, 'es');
    expect(await findUserByUsername(store, 'ana')).toMatchObject({
      role: 'admin',
      passwordHash: 'new',
      language: 'es',
    });
    expect(await countAdmins(store)).toBe(1);
  });

  it('the first admin is made only while there is no account', async () => {
    store = await open();
    const first = await createFirstAdmin(store, { username: 'ada', passwordHash: 'x' }, NOW);
    expect(first?.role).toBe('admin');
    expect(await createFirstAdmin(store, { username: 'eve', passwordHash: 'y' }, NOW)).toBeNull();
    expect((await listUsers(store)).map((u) => u.username)).toEqual(['ada']);
  });
});

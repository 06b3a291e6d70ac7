import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import {
  countSessions,
  createSession,
  endSession,
  endUserSessions,
  findLiveSession,
  purgeEndedSessions,
  touchSession,
} from './sessions.store.js';
import type { Store } from './store.js';
import { createUser } from './users.store.js';

const T0 = new Date('2025-03-01T09:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const HOUR = 60 * 60_000;

describe.each(ENGINES)('sessions on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function withUser(s: Store) {
    return createUser(s, { username: 'ana', passwordHash: 'x', role: 'member', language: 'es' }, T0);
  }

  it('a live session comes back with its user; an unknown id does not', async () => {
    store = await open();
    const ana = await withUser(store);
    await createSession(store, { id: 'h1', userId: ana.id, now: T0, expiresAt: at(7 * 24 * 60) });
    const found = await findLiveSession(store, 'h1', at(5), HOUR);
    expect(found?.user).toEqual(ana);
    expect(found?.session).toMatchObject({ id: 'h1', userId: ana.id, lastSeenAt: T0.toISOString() });
    expect(await findLiveSession(store, 'h2', at(5), HOUR)).toBeNull();
  });

  it('a session idle past the timeout ends and is removed; use pushes the timeout back', async () => {
    store = await open();
    const ana = await withUser(store);
    await createSession(store, { id: 'h1', userId: ana.id, now: T0, expiresAt: at(7 * 24 * 60) });
    await touchSession(store, 'h1', at(50));
    expect(await findLiveSession(store, 'h1', at(100), HOUR)).not.toBeNull();
    expect(await findLiveSession(store, 'h1', at(111), HOUR)).toBeNull();
    expect(await countSessions(store, ana.id)).toBe(0);
  });

  it('a session ends at its absolute end however busy it is', async () => {
    store = await open();
    const ana = await withUser(store);
    await createSession(store, { id: 'h1', userId: ana.id, now: T0, expiresAt: at(90) });
    await touchSession(store, 'h1', at(80));
    expect(await findLiveSession(store, 'h1', at(91), HOUR)).toBeNull();
  });

  it('signing out ends one session; signing out everywhere ends all but the one kept', async () => {
    store = await open();
    const ana = await withUser(store);
    for (const id of ['h1', 'h2', 'h3'])
      await createSession(store, { id, userId: ana.id, now: T0, expiresAt: at(999) });
    await endSession(store, 'h1');
    expect(await countSessions(store, ana.id)).toBe(2);
    expect(await endUserSessions(store, ana.id, 'h3')).toBe(1);
    expect(await findLiveSession(store, 'h3', at(1), HOUR)).not.toBeNull();
    expect(await endUserSessions(store, ana.id)).toBe(1);
  });

  it('ended sessions are purged in one sweep', async () => {
    store = await open();
    const ana = await withUser(store);
    await createSession(store, { id: 'idle', userId: ana.id, now: T0, expiresAt: at(9999) });
    await createSession(store, { id: 'over', userId: ana.id, now: at(100), expiresAt: at(110) });
    await createSession(store, { id: 'live', userId: ana.id, now: at(100), expiresAt: at(9999) });
    expect(await purgeEndedSessions(store, at(120), HOUR)).toBe(2);
    expect(await countSessions(store, ana.id)).toBe(1);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../core/access.js';
import { storeClinic } from '../../test/support/clinic-store.js';
import { ENGINES } from '../../test/support/engines.js';
import { fetchVisibleInteractions, getInteraction, logInteraction, type NewInteraction } from './interactions.store.js';
import { countRecords, loadRecords } from './records.store.js';
import type { Store } from './store.js';
import { createUser } from './users.store.js';

const NOW = new Date('2025-03-01T09:00:00Z');
let n = 0;
const random = (size: number) => Uint8Array.from({ length: size }, () => n++ % 251);

describe.each(ENGINES)('conversations on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function setUp(s: Store) {
    const ws = await storeClinic(s);
    const mia = await createUser(s, { username: 'mia', passwordHash: 'x', role: 'member' }, NOW);
    const leo = await createUser(s, { username: 'leo', passwordHash: 'x', role: 'lead' }, NOW);
    return { ws, mia, leo };
  }

  const input = (loggedBy: number): NewInteraction => ({
    interaction: {
      occurredOn: '2025-02-14',
      participants: ['p1', 'p2'],
      kind: 'meal',
      sides: ['social'],
      initiatedBy: 'p2',
      space: 'br',
      notes: 'private',
    },
    raised: [{ grievance: 'g2', by: 'p1' }],
    newGrievances: [{ grievance: { title: 'Parking', unit: null, winnable: 'unknown' }, raisedBy: [] }],
    asks: [
      {
        by: 'p2',
        to: 'p1',
        what: 'Come Friday',
        response: 'maybe',
        comfort: null,
        wanted: 'unknown',
        followedThrough: 'unknown',
      },
    ],
    loggedBy,
  });

  it('a conversation is written with its raisings, new grievances, asks and author', async () => {
    store = await open();
    const { ws, mia } = await setUp(store);
    const logged = await logInteraction(store, ws, input(mia.id), random);
    const all = await loadRecords(store, ws);
    const stored = all.interactions.find((i) => i.id === logged.interaction.id);
    expect(stored).toEqual(logged.interaction);
    expect(stored?.raised).toEqual([
      { grievance: 'g2', by: 'p1' },
      { grievance: logged.grievances[0]!.id, by: null },
    ]);
    expect(all.asks.find((a) => a.id === logged.asks[0]!.id)).toMatchObject({ interaction: logged.interaction.id });
    const seen = await getInteraction(
      store,
      ws,
      { userId: mia.id, role: 'member', units: ['Clinic/Nursing'] },
      logged.interaction.id,
    );
    expect(seen).toMatchObject({ loggedBy: mia.id, notes: 'private' });
  });

  it('when any part cannot be written, none of it is', async () => {
    store = await open();
    const { ws, mia } = await setUp(store);
    const before = await countRecords(store, ws);
    const bad = input(mia.id);
    // An ask to someone who does not exist: the database refuses it after the grievance and conversation went in.
    bad.asks = [{ ...bad.asks[0]!, to: 'nobody' }];
    await expect(logInteraction(store, ws, bad, random)).rejects.toThrow();
    expect(await countRecords(store, ws)).toEqual(before);
  });

  it('members read their own notes; a lead reads all; people outside the grant drop out', async () => {
    store = await open();
    const { ws, mia, leo } = await setUp(store);
    const byLeo = await logInteraction(store, ws, input(leo.id), random);
    const member: Viewer = { userId: mia.id, role: 'member', units: ['Clinic/Nursing/Nights'] };
    const lead: Viewer = { userId: leo.id, role: 'lead', units: ['Clinic/Nursing'] };
    expect((await getInteraction(store, ws, member, byLeo.interaction.id))?.notes).toBeNull();
    expect((await getInteraction(store, ws, lead, byLeo.interaction.id))?.notes).toBe('private');
    const i2 = await getInteraction(store, ws, member, 'i2');
    expect(i2).toMatchObject({ participants: ['p1'], raised: [], notes: null, loggedBy: null });
    expect(await getInteraction(store, ws, { userId: 9, role: 'member', units: ['Clinic/Pharmacy'] }, 'i1')).toBeNull();
  });

  it('recent conversations page newest first, and a person’s history holds only theirs', async () => {
    store = await open();
    const { ws } = await setUp(store);
    const admin: Viewer = { userId: 1, role: 'admin', units: 'all' };
    const page = await fetchVisibleInteractions(store, ws, admin, { order: 'newest', limit: 2 });
    expect(page.map((i) => i.id)).toEqual(['i3', 'i2']);
    const next = await fetchVisibleInteractions(store, ws, admin, {
      order: 'newest',
      limit: 2,
      before: { occurredOn: '2024-02-01', id: 'i2' },
    });
    expect(next.map((i) => i.id)).toEqual(['i1']);
    const p3 = await fetchVisibleInteractions(store, ws, admin, { order: 'newest', person: 'p3' });
    expect(p3.map((i) => i.id)).toEqual(['i2']);
  });
});

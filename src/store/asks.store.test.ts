import { afterEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../core/access.js';
import { storeClinic } from '../../test/support/clinic-store.js';
import { ENGINES } from '../../test/support/engines.js';
import { fetchVisibleAsks, getAsk, updateAsk } from './asks.store.js';
import type { Store } from './store.js';

const nights: Viewer = { userId: 7, role: 'member', units: ['Clinic/Nursing/Nights'] };
const nursing: Viewer = { userId: 8, role: 'lead', units: ['Clinic/Nursing'] };

describe.each(ENGINES)('asks on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it("an ask carries its conversation's date when it has none, and both people must be visible", async () => {
    store = await open();
    const ws = await storeClinic(store);
    expect(await fetchVisibleAsks(store, ws, nights)).toMatchObject([{ id: 'a1', on: '2024-01-10' }]);
    const ofAna = await fetchVisibleAsks(store, ws, nursing, { person: 'p1' });
    expect(ofAna.map((a) => [a.id, a.on])).toEqual([
      ['a2', '2024-02-10'],
      ['a1', '2024-01-10'],
    ]);
    expect((await fetchVisibleAsks(store, ws, nursing, { interaction: 'i1' })).map((a) => a.id)).toEqual(['a1']);
    expect(await getAsk(store, ws, nights, 'a2')).toBeNull();
  });

  it('what became of an ask is written over it', async () => {
    store = await open();
    const ws = await storeClinic(store);
    const { on: _, ...a2 } = (await getAsk(store, ws, nursing, 'a2'))!;
    await updateAsk(store, ws, { ...a2, followedThrough: 'yes' });
    expect(await getAsk(store, ws, nursing, 'a2')).toMatchObject({ followedThrough: 'yes', comfort: 'uncomfortable' });
  });
});

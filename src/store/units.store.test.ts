import { afterEach, describe, expect, it } from 'vitest';
import { storeClinic } from '../../test/support/clinic-store.js';
import { ENGINES } from '../../test/support/engines.js';
import type { Store } from './store.js';
import { findVisibleUnit, visibleUnits } from './units.store.js';

describe.each(ENGINES)('the unit tree on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('a viewer sees the units of their grant and the way down to it, with the people they may see in each', async () => {
    store = await open();
    const ws = await storeClinic(store);
    const nursing = { userId: 8, role: 'lead' as const, units: ['Clinic/Nursing'] };
    expect(await visibleUnits(store, ws, nursing)).toEqual([
      { path: 'Clinic', name: 'Clinic', parent: null, people: 0 },
      { path: 'Clinic/Nursing', name: 'Nursing', parent: 'Clinic', people: 0 },
      { path: 'Clinic/Nursing/Days', name: 'Days', parent: 'Clinic/Nursing', people: 1 },
      { path: 'Clinic/Nursing/Nights', name: 'Nights', parent: 'Clinic/Nursing', people: 2 },
    ]);
    expect(await findVisibleUnit(store, ws, nursing, 'Clinic/Pharmacy')).toBeNull();
    const all = await visibleUnits(store, ws, { userId: 1, role: 'admin', units: 'all' });
    // p4 in the pharmacy has left, so is not counted.
    expect(all.find((u) => u.path === 'Clinic/Pharmacy')?.people).toBe(0);
    expect(await visibleUnits(store, ws, { userId: 9, role: 'member', units: [] })).toEqual([]);
  });
});

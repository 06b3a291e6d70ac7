import { afterEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../core/access.js';
import { storeClinic } from '../../test/support/clinic-store.js';
import { ENGINES } from '../../test/support/engines.js';
import {
  createGrievance,
  fetchRaisings,
  getGrievance,
  listGrievances,
  updateGrievance,
  visibleGrievancesAmong,
} from './grievances.store.js';
import type { Store } from './store.js';

const nights: Viewer = { userId: 7, role: 'member', units: ['Clinic/Nursing/Nights'] };
const pharmacy: Viewer = { userId: 8, role: 'member', units: ['Clinic/Pharmacy'] };
const admin: Viewer = { userId: 1, role: 'admin', units: 'all' };

describe.each(ENGINES)('grievances on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('each grievance comes with who raised it, newest first, as far as the viewer may see', async () => {
    store = await open();
    const ws = await storeClinic(store);
    const all = await listGrievances(store, ws, admin);
    expect(all.find((g) => g.id === 'g1')?.raisings).toEqual([
      { grievance: 'g1', by: 'p3', interaction: 'i2', occurredOn: '2024-02-01' },
      { grievance: 'g1', by: 'p2', interaction: 'i1', occurredOn: '2024-01-10' },
    ]);
    const seen = await listGrievances(store, ws, nights);
    expect(seen.find((g) => g.id === 'g1')?.raisings.map((r) => r.by)).toEqual(['p2']);
    expect((await listGrievances(store, ws, pharmacy)).map((g) => g.id)).toEqual(['g2']);
    expect(await getGrievance(store, ws, pharmacy, 'g1')).toBeNull();
    expect([...(await visibleGrievancesAmong(store, ws, pharmacy, ['g1', 'g2', 'zz'])).keys()]).toEqual(['g2']);
    expect(await fetchRaisings(store, ws, admin, { person: 'p4' })).toEqual([
      { grievance: 'g2', by: 'p4', interaction: 'i2', occurredOn: '2024-02-01' },
    ]);
  });

  it('a grievance can be written down and its judgment changed', async () => {
    store = await open();
    const ws = await storeClinic(store);
    const made = await createGrievance(
      store,
      ws,
      { title: 'Mandatory overtime', unit: 'Clinic', winnable: 'unknown' },
      () => new Uint8Array(10),
    );
    expect(made.id).toBe('g-2222222222');
    await updateGrievance(store, ws, { ...made, winnable: 'yes' });
    expect(await getGrievance(store, ws, nights, made.id)).toEqual({ ...made, winnable: 'yes', raisings: [] });
  });
});

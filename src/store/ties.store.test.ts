import { afterEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../core/access.js';
import { storeClinic } from '../../test/support/clinic-store.js';
import { ENGINES } from '../../test/support/engines.js';
import type { Store } from './store.js';
import { addTie, fetchVisibleTies } from './ties.store.js';

const nights: Viewer = { userId: 7, role: 'member', units: ['Clinic/Nursing/Nights'] };
const nursing: Viewer = { userId: 8, role: 'lead', units: ['Clinic/Nursing'] };

describe.each(ENGINES)('ties on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it("a person's relationships come newest first, the hidden observer unnamed", async () => {
    store = await open();
    const ws = await storeClinic(store);
    await addTie(store, ws, {
      a: 'p2',
      b: 'p1',
      sides: ['emotional'],
      closeness: 3,
      directed: false,
      observedOn: '2025-01-01',
      observedBy: 'p1',
    });
    const ofBen = await fetchVisibleTies(store, ws, nights, { person: 'p2' });
    expect(ofBen.map((t) => [t.a, t.b, t.observedOn, t.observedBy])).toEqual([
      ['p2', 'p1', '2025-01-01', 'p1'],
      ['p1', 'p2', '2024-01-05', null],
    ]);
    const lead = await fetchVisibleTies(store, ws, nursing, { person: 'p2' });
    expect(lead.map((t) => `${t.a}-${t.b}`)).toEqual(['p2-p1', 'p2-p3', 'p1-p2']);
    expect(lead.find((t) => t.a === 'p1')?.observedBy).toBe('p3');
  });
});

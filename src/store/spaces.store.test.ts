import { afterEach, describe, expect, it } from 'vitest';
import { storeClinic } from '../../test/support/clinic-store.js';
import { ENGINES } from '../../test/support/engines.js';
import { createSpace, listSpaces } from './spaces.store.js';
import type { Store } from './store.js';

describe.each(ENGINES)('spaces on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('a space above the grant and a space of no unit concern the viewer; a sibling unit’s does not', async () => {
    store = await open();
    const ws = await storeClinic(store);
    const made = await createSpace(store, ws, { name: 'Pharmacy counter', kind: 'sun', unit: 'Clinic/Pharmacy' }, () =>
      new Uint8Array(10).fill(1),
    );
    expect(made.id).toBe('s-3333333333');
    const nights = { userId: 7, role: 'member' as const, units: ['Clinic/Nursing/Nights'] };
    expect((await listSpaces(store, ws, nights)).map((s) => s.id)).toEqual(['br', 'table']);
    expect((await listSpaces(store, ws, { ...nights, units: 'all' })).map((s) => s.id)).toEqual([
      'br',
      made.id,
      'table',
    ]);
    expect(await listSpaces(store, ws, nights, ['br', made.id])).toMatchObject([{ id: 'br' }]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../core/access.js';
import { storeClinic } from '../../test/support/clinic-store.js';
import { ENGINES } from '../../test/support/engines.js';
import { smallWorkplace } from '../../test/support/small-workplace.js';
import {
  createPerson,
  foldForSearch,
  getPerson,
  listPeople,
  markLeft,
  searchPeople,
  updatePerson,
  visibleNames,
} from './people.store.js';
import { countRecords } from './records.store.js';
import type { Store } from './store.js';
import { listUnits } from './workspaces.store.js';

const nights: Viewer = { userId: 7, role: 'member', units: ['Clinic/Nursing/Nights'] };
const admin: Viewer = { userId: 1, role: 'admin', units: 'all' };
const counter = () => {
  let n = 0;
  return (size: number) => Uint8Array.from({ length: size }, () => n++);
};

describe.each(ENGINES)('people on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('a person outside the grant is nobody: not got, not named, not listed', async () => {
    store = await open();
    const ws = await storeClinic(store);
    expect(await getPerson(store, ws, nights, 'p3')).toBeNull();
    expect((await getPerson(store, ws, nights, 'p1'))?.name).toBe('Ana Ruiz');
    expect(await visibleNames(store, ws, nights, ['p1', 'p3', 'm1', 'zz'])).toEqual(
      new Map([
        ['p1', 'Ana Ruiz'],
        ['m1', 'Nadia Negotiator'],
      ]),
    );
    expect((await listPeople(store, ws, nights, { limit: 50 })).map((p) => p.id)).toEqual(['m1', 'p1', 'p2', 's1']);
  });

  it('lists leave out people who left unless asked, filter by unit, and page by id', async () => {
    store = await open();
    const ws = await storeClinic(store);
    expect((await listPeople(store, ws, admin, { limit: 50 })).map((p) => p.id)).not.toContain('p4');
    expect((await listPeople(store, ws, admin, { limit: 50, includeLeft: true })).map((p) => p.id)).toContain('p4');
    expect((await listPeople(store, ws, admin, { limit: 50, unit: 'Clinic/Nursing' })).map((p) => p.id)).toEqual([
      'p1',
      'p2',
      'p3',
    ]);
    expect((await listPeople(store, ws, admin, { limit: 2, after: 'p1' })).map((p) => p.id)).toEqual(['p2', 'p3']);
  });

  it('search matches any part of a name, accents and case aside, the start of a name first', async () => {
    store = await open();
    const ws = await storeClinic(store);
    const random = counter();
    await createPerson(store, ws, { ...smallWorkplace().people[0]!, name: 'Núria Anaya' }, random);
    await createPerson(store, ws, { ...smallWorkplace().people[0]!, name: 'Mariana Ros' }, random);
    const names = async (q: string) => (await searchPeople(store!, ws, admin, q, { limit: 10 })).map((p) => p.name);
    expect(await names('ana')).toEqual(['Ana Ruiz', 'Núria Anaya', 'Mariana Ros']);
    expect(await names('NURIA')).toEqual(['Núria Anaya']);
    expect(await names('  ')).toEqual([]);
    expect(await searchPeople(store, ws, nights, 'chen', { limit: 10 })).toEqual([]);
    expect(foldForSearch('Ñandú')).toBe('nandu');
  });

  it('a new person gets a bundle id and their unit joins the tree; changes and leaving keep everything else', async () => {
    store = await open();
    const ws = await storeClinic(store);
    const made = await createPerson(
      store,
      ws,
      { ...smallWorkplace().people[1]!, name: 'New Hire', unit: 'Clinic/Lab/Evenings' },
      counter(),
    );
    expect(made.id).toBe('p-23456789ab');
    expect(await listUnits(store, ws)).toContain('Clinic/Lab');
    await updatePerson(store, ws, { ...made, stance: 'supporter' });
    await markLeft(store, ws, made.id, '2025-02-01');
    expect(await getPerson(store, ws, admin, made.id)).toEqual({ ...made, stance: 'supporter', leftOn: '2025-02-01' });
    expect((await countRecords(store, ws)).people).toBe(7);
  });
});

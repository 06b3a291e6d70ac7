import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import { smallWorkplace } from '../../test/support/small-workplace.js';
import type { Store } from './store.js';
import { inTransaction } from './database.js';
import { countRecords, loadRecords, storedIds, writeRecords } from './records.store.js';
import { createWorkspace, getOrCreateWorkspace, listUnits, listWorkspaces } from './workspaces.store.js';

function sortedRecords(r: ReturnType<typeof smallWorkplace>) {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : 1));
  return {
    ...r,
    people: byId(r.people),
    interactions: byId(r.interactions),
    grievances: byId(r.grievances),
    asks: byId(r.asks),
    spaces: byId(r.spaces),
    actions: byId(r.actions),
    committees: byId(r.committees),
    ties: [...r.ties].sort((x, y) => (`${x.a}|${x.b}|${x.observedOn}` < `${y.a}|${y.b}|${y.observedOn}` ? -1 : 1)),
  };
}

describe.each(ENGINES)('records on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('gives back every record exactly as written, lists in their order', async () => {
    store = await open();
    const ws = await createWorkspace(store, 'Clinic');
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, smallWorkplace()));
    expect(sortedRecords(await loadRecords(store, ws.id))).toEqual(sortedRecords(smallWorkplace()));
  });

  it('writing the same records again changes nothing and duplicates nothing', async () => {
    store = await open();
    const ws = await createWorkspace(store, 'Clinic');
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, smallWorkplace()));
    const before = await countRecords(store, ws.id);
    const known = { interactions: await storedIds(store, ws.id, 'interactions') };
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, smallWorkplace(), { known }));
    expect(await countRecords(store, ws.id)).toEqual(before);
    expect(before).toEqual({
      people: 6,
      ties: 2,
      interactions: 3,
      grievances: 2,
      asks: 2,
      spaces: 2,
      actions: 1,
      committees: 1,
      mandates: 1,
      moon_sessions: 2,
      votes: 1,
      satellite_effects: 2,
      picket_shifts: 1,
      mutual_aid: 2,
    });
  });

  it('an update by id replaces the record and its lists', async () => {
    store = await open();
    const ws = await createWorkspace(store, 'Clinic');
    const data = smallWorkplace();
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, data));
    const changed = { ...data.interactions[1]!, participants: ['p4', 'p3'], raised: [] };
    await inTransaction(store, (tx) =>
      writeRecords(tx, ws.id, { interactions: [changed] }, { known: { interactions: new Set(['i2']) } }),
    );
    const back = (await loadRecords(store, ws.id)).interactions.find((i) => i.id === 'i2');
    expect(back?.participants).toEqual(['p4', 'p3']);
    expect(back?.raised).toEqual([]);
  });

  it('a failure inside a transaction leaves nothing behind', async () => {
    store = await open();
    const ws = await createWorkspace(store, 'Clinic');
    const data = smallWorkplace();
    // The interaction names a person who does not exist: the foreign key refuses it, after people were written.
    data.interactions[0] = { ...data.interactions[0]!, participants: ['p1', 'nobody'] };
    await expect(inTransaction(store, (tx) => writeRecords(tx, ws.id, data))).rejects.toThrow();
    expect(await countRecords(store, ws.id)).toMatchObject({ people: 0, interactions: 0 });
  });

  it('units grow from paths, with their ancestors', async () => {
    store = await open();
    const ws = await createWorkspace(store, 'Clinic');
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, smallWorkplace()));
    expect(await listUnits(store, ws.id)).toEqual([
      'Clinic',
      'Clinic/Nursing',
      'Clinic/Nursing/Days',
      'Clinic/Nursing/Nights',
      'Clinic/Pharmacy',
    ]);
  });

  it('workspaces are separate: the same ids live in two without meeting', async () => {
    store = await open();
    const a = await createWorkspace(store, 'A');
    const { workspace: b, created } = await getOrCreateWorkspace(store, 'B');
    expect(created).toBe(true);
    await inTransaction(store, (tx) => writeRecords(tx, a.id, smallWorkplace()));
    await inTransaction(store, (tx) => writeRecords(tx, b.id, { people: smallWorkplace().people.slice(0, 2) }));
    expect((await countRecords(store, a.id)).people).toBe(6);
    expect((await countRecords(store, b.id)).people).toBe(2);
    expect((await listWorkspaces(store)).map((w) => w.name)).toEqual(['A', 'B']);
  });
});

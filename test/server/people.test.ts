import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { clinic, harness, read } from './harness.js';

const workspace = { workspace: 'Clinic' };

describe.each(ENGINES)('people over HTTP on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('a person added in the app gets a bundle id, and can be found by typing part of their name', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const people = h.as(cookies.mia).api.workspaces[':workspace'].people;
    const added = await read(
      await people.$post({
        param: workspace,
        json: { name: 'José Núñez', unit: 'Clinic/Nursing/Nights', stance: 'leaning' },
      }),
      201,
    );
    expect(added.id).toMatch(/^p-[2-9a-z]{10}$/);
    expect(added).toMatchObject({ circle: 'sun', contact: null, leftOn: null });
    const search = async (q: string) =>
      (await read(await people.$get({ param: workspace, query: { q } }), 200)).people.map((p) => p.name);
    expect(await search('nun')).toEqual(['José Núñez']);
    expect((await search('jo'))[0]).toBe('José Núñez');
    const got = await read(await people[':id'].$get({ param: { ...workspace, id: added.id } }), 200);
    expect(got.person.name).toBe('José Núñez');
  });

  it('a person shows their relationships, history, grievances raised and the asks made of them', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const person = h.as(cookies.leo).api.workspaces[':workspace'].people[':id'];
    const ana = await read(await person.$get({ param: { ...workspace, id: 'p1' } }), 200);
    expect(ana.ties.map((t) => `${t.a}-${t.b}`)).toEqual(['p1-p2']);
    expect(ana.history.map((i) => i.id)).toEqual(['i3', 'i2', 'i1']);
    expect(ana.asks.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(ana.names).toMatchObject({ p1: 'Ana Ruiz', p2: 'Ben Okafor', p3: 'Chen Li' });
    expect(ana.names).not.toHaveProperty('p4');
    const ben = await read(await person.$get({ param: { ...workspace, id: 'p2' } }), 200);
    expect(ben.raised).toEqual([
      { grievance: 'g1', by: 'p2', interaction: 'i1', occurredOn: '2024-01-10', title: 'Understaffed nights' },
    ]);
  });

  it('a change keeps every field it does not name', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const res = await h.as(cookies.mia).api.workspaces[':workspace'].people[':id'].$patch({
      param: { ...workspace, id: 'p1' },
      json: { role: 'charge nurse' },
    });
    expect(await read(res, 200)).toMatchObject({
      role: 'charge nurse',
      stance: 'supporter',
      contact: 'ext 214',
      language: 'es',
    });
  });

  it('someone who leaves is marked as left, drops out of the list, and keeps their history', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const people = h.as(cookies.mia).api.workspaces[':workspace'].people;
    const left = await people[':id'].left.$post({ param: { ...workspace, id: 'p2' }, json: { leftOn: '2025-02-28' } });
    expect((await read(left, 200)).leftOn).toBe('2025-02-28');
    const ids = async (query: { includeLeft?: 'true' }) =>
      (await read(await people.$get({ param: workspace, query }), 200)).people.map((p) => p.id);
    expect(await ids({})).not.toContain('p2');
    expect(await ids({ includeLeft: 'true' })).toContain('p2');
    const ben = await read(await people[':id'].$get({ param: { ...workspace, id: 'p2' } }), 200);
    expect(ben.history.length).toBeGreaterThan(0);
  });

  it('the people list comes a page at a time, and by unit', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const people = h.as(cookies.ada).api.workspaces[':workspace'].people;
    const page = async (query: Record<string, string>) => read(await people.$get({ param: workspace, query }), 200);
    const first = await page({ limit: '2', includeLeft: 'true' });
    expect(first.people.map((p) => p.id)).toEqual(['m1', 'p1']);
    const second = await page({ limit: '2', includeLeft: 'true', after: first.next! });
    expect(second.people.map((p) => p.id)).toEqual(['p2', 'p3']);
    expect((await page({ unit: 'Clinic/Nursing' })).people.map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
  });

  it('a relationship between two people can be written down, and shows on both', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const api = h.as(cookies.mia).api.workspaces[':workspace'];
    const tie = {
      a: 'p1',
      b: 'p2',
      sides: ['mutual_aid' as const],
      closeness: 2 as const,
      observedOn: '2025-02-01',
      observedBy: null,
    };
    expect((await api.ties.$post({ param: workspace, json: tie })).status).toBe(201);
    const ben = await read(await api.people[':id'].$get({ param: { ...workspace, id: 'p2' } }), 200);
    expect(ben.ties[0]).toMatchObject({ a: 'p1', b: 'p2', sides: ['mutual_aid'], observedOn: '2025-02-01' });
    const hidden = await read(await api.ties.$post({ param: workspace, json: { ...tie, b: 'p3' } }), 400);
    expect(hidden.error.fields?.[0]?.field).toBe('b');
  });

  it('grievances, spaces and the unit tree are listed as far as the viewer may see', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const api = h.as(cookies.mia).api.workspaces[':workspace'];
    expect(await read(await api.units.$get({ param: workspace }), 200)).toEqual([
      { path: 'Clinic', name: 'Clinic', parent: null, people: 0 },
      { path: 'Clinic/Nursing', name: 'Nursing', parent: 'Clinic', people: 0 },
      { path: 'Clinic/Nursing/Nights', name: 'Nights', parent: 'Clinic/Nursing', people: 2 },
    ]);
    const spaces = await read(await api.spaces.$get({ param: workspace }), 200);
    expect(spaces.map((s) => s.id)).toEqual(['br', 'table']);
    const changed = await api.grievances[':id'].$patch({
      param: { ...workspace, id: 'g2' },
      json: { winnable: 'yes' },
    });
    expect(await read(changed, 200)).toMatchObject({ id: 'g2', winnable: 'yes', title: 'Broken locker room' });
    const list = await read(
      await h.as(cookies.leo).api.workspaces[':workspace'].grievances.$get({ param: workspace }),
      200,
    );
    expect(list.find((g) => g.id === 'g1')).toMatchObject({ raisedBy: 2 });
  });
});

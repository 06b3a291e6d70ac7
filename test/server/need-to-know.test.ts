import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { clinic, harness, read } from './harness.js';

const P = '/api/workspaces/Clinic';
const workspace = { workspace: 'Clinic' };

describe.each(ENGINES)('need-to-know over HTTP on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('a member sees only the people of the units granted to them, and the moon people and satellites', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const ids = async (cookie: string, query: { includeLeft?: 'true'; q?: string }) => {
      const res = await h.as(cookie).api.workspaces[':workspace'].people.$get({ param: workspace, query });
      return (await read(res, 200)).people.map((p) => p.id).sort();
    };
    expect(await ids(cookies.mia, { includeLeft: 'true' })).toEqual(['m1', 'p1', 'p2', 's1']);
    expect(await ids(cookies.leo, { includeLeft: 'true' })).toEqual(['m1', 'p1', 'p2', 'p3', 's1']);
    expect(await ids(cookies.mia, { q: 'chen' })).toEqual([]);
    expect(await ids(cookies.leo, { q: 'chen' })).toEqual(['p3']);
  });

  it('a hidden person answers 404 with exactly the same body as one that does not exist', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const person = h.as(cookies.mia).api.workspaces[':workspace'].people[':id'];
    const hidden = await person.$get({ param: { ...workspace, id: 'p3' } });
    const missing = await person.$get({ param: { ...workspace, id: 'nobody' } });
    const missingText = await missing.text();
    expect(missing.status).toBe(404);
    expect(hidden.status).toBe(404);
    expect(await hidden.text()).toBe(missingText);
    expect(missingText).toContain('"person_not_found"');
    // Changing them is refused the same way.
    const patch = await person.$patch({ param: { ...workspace, id: 'p3' }, json: { stance: 'opposed' } });
    expect(await patch.text()).toBe(missingText);
    const left = await h.as(cookies.mia).api.workspaces[':workspace'].people[':id'].left.$post({
      param: { ...workspace, id: 'p3' },
      json: { leftOn: null },
    });
    expect(await left.text()).toBe(missingText);
    expect(
      (await h.as(cookies.leo).api.workspaces[':workspace'].people[':id'].$get({ param: { ...workspace, id: 'p3' } }))
        .status,
    ).toBe(200);
  });

  it('a hidden workspace, unit, conversation or grievance looks exactly like a missing one', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    await h.workspace('Elsewhere');
    const pharmacy = await h.as(cookies.ada).api.workspaces[':workspace'].conversations.$post({
      param: workspace,
      json: {
        occurredOn: '2025-01-20',
        participants: ['p3', 'p4'],
        kind: 'chat',
        newGrievances: [{ title: 'No breaks in Pharmacy', unit: 'Clinic/Pharmacy', raisedBy: ['p4'] }],
      },
    });
    const { conversation } = await read(pharmacy, 201);
    const pairs: [string, string][] = [
      ['/api/workspaces/Elsewhere', '/api/workspaces/Nowhere'],
      [`${P}/conversations/${conversation.id}`, `${P}/conversations/i-nothing`],
      [`${P}/grievances/${conversation.grievances[0]!.id}`, `${P}/grievances/g-nothing`],
      [`${P}/units/${encodeURIComponent('Clinic/Pharmacy')}`, `${P}/units/${encodeURIComponent('Clinic/Bakery')}`],
      [
        `${P}/people?unit=${encodeURIComponent('Clinic/Pharmacy')}`,
        `${P}/people?unit=${encodeURIComponent('Clinic/Bakery')}`,
      ],
      [`${P}/asks/a2`, `${P}/asks/a-nothing`],
    ];
    for (const [hidden, missing] of pairs) {
      const a = await h.call('GET', hidden, { cookie: cookies.mia });
      const b = await h.call('GET', missing, { cookie: cookies.mia });
      expect(a.status, hidden).toBe(404);
      expect(JSON.stringify(a.body), hidden).toBe(JSON.stringify(b.body));
    }
    const nights = await h.call('GET', `${P}/units/${encodeURIComponent('Clinic/Nursing/Nights')}`, {
      cookie: cookies.mia,
    });
    expect(nights.status).toBe(200);
  });

  it('people outside the grant vanish from the conversations and grievances a member can see', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const api = h.as(cookies.mia).api.workspaces[':workspace'];
    const list = await read(await api.conversations.$get({ param: workspace, query: {} }), 200);
    const i2 = list.conversations.find((c) => c.id === 'i2')!;
    expect(i2.participants).toEqual(['p1']);
    expect(i2.raised).toEqual([]);
    expect(Object.keys(list.names).sort()).toEqual(['p1', 'p2']);
    const grievances = await read(await api.grievances.$get({ param: workspace }), 200);
    expect(grievances.find((g) => g.id === 'g1')!.raisings).toEqual([
      { grievance: 'g1', by: 'p2', interaction: 'i1', occurredOn: '2024-01-10' },
    ]);
  });

  it('members read only the notes they wrote; leads read every note on what they can see', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const log = async (cookie: string, notes: string) => {
      const res = await h.as(cookie).api.workspaces[':workspace'].conversations.$post({
        param: workspace,
        json: { occurredOn: '2025-02-01', participants: ['p1', 'p2'], kind: 'chat', notes },
      });
      return (await read(res, 201)).conversation.id;
    };
    const leoId = await log(cookies.leo, "Leo's note");
    const miaId = await log(cookies.mia, "Mia's note");
    const open_ = async (cookie: string, id: string) => {
      const res = await h
        .as(cookie)
        .api.workspaces[':workspace'].conversations[':id'].$get({ param: { ...workspace, id } });
      return (await read(res, 200)).conversation;
    };
    expect((await open_(cookies.mia, leoId)).notes).toBeNull();
    expect(await open_(cookies.mia, miaId)).toMatchObject({ notes: "Mia's note", loggedByMe: true });
    expect((await open_(cookies.mia, 'i1')).notes).toBeNull(); // imported: nobody is named as its writer
    expect(await open_(cookies.leo, miaId)).toMatchObject({ notes: "Mia's note", loggedByMe: false });
    const list = await h
      .as(cookies.mia)
      .api.workspaces[':workspace'].conversations.$get({ param: workspace, query: {} });
    const { conversations } = await read(list, 200);
    const hasNotes = new Map(conversations.map((c) => [c.id, c.hasNotes]));
    expect(hasNotes.get(leoId)).toBe(false);
    expect(hasNotes.get(miaId)).toBe(true);
    expect(conversations.every((c) => !('notes' in c))).toBe(true);
  });

  it('a member cannot add a worker to a unit outside their grant, nor move one there', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const people = h.as(cookies.mia).api.workspaces[':workspace'].people;
    const add = await people.$post({ param: workspace, json: { name: 'New Pharmacist', unit: 'Clinic/Pharmacy' } });
    expect((await read(add, 400)).error.fields).toEqual([
      { field: 'unit', message: expect.stringContaining('Clinic/Nursing/Nights') as string },
    ]);
    const move = await people[':id'].$patch({ param: { ...workspace, id: 'p1' }, json: { unit: 'Clinic/Pharmacy' } });
    expect(move.status).toBe(400);
    const seen = await read(await people[':id'].$get({ param: { ...workspace, id: 'p1' } }), 200);
    expect(seen.person.unit).toBe('Clinic/Nursing/Nights');
  });
});

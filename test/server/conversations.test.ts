import { afterEach, describe, expect, it } from 'vitest';
import { countRecords, loadRecords } from '../../src/store/records.store.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { clinic, errorOf, harness, read } from './harness.js';

const P = '/api/workspaces/Clinic';
const workspace = { workspace: 'Clinic' };

const conversation = {
  occurredOn: '2025-02-14',
  participants: ['p1', 'p2'],
  kind: 'one_on_one' as const,
  sides: ['social' as const, 'political' as const],
  initiatedBy: 'p1',
  space: 'br',
  raised: [{ grievance: 'g1', by: 'p2' }],
  newGrievances: [{ title: 'No water fountain on nights', unit: 'Clinic/Nursing/Nights', raisedBy: ['p1', 'p2'] }],
  asks: [
    {
      by: 'p1',
      to: 'p2',
      what: 'Talk to Chen about nights',
      response: 'yes' as const,
      comfort: 'comfortable' as const,
      wanted: 'yes' as const,
      followedThrough: 'pending' as const,
    },
  ],
  notes: 'Ben wants to bring it up at the next meeting.',
};

describe.each(ENGINES)('logging a conversation on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('writes the conversation, its raisings, the new grievance and the asks together, with who logged it', async () => {
    store = await open();
    const h = harness(store);
    const { ws, cookies, users } = await clinic(h);
    const api = h.as(cookies.mia).api.workspaces[':workspace'];
    const logged = await read(await api.conversations.$post({ param: workspace, json: conversation }), 201);
    const c = logged.conversation;
    expect(c.id).toMatch(/^i-[2-9a-z]{10}$/);
    const newGrievance = c.grievances.find((g) => g.title === 'No water fountain on nights')!;
    expect(newGrievance.id).toMatch(/^g-/);
    expect(c.raised).toEqual([
      { grievance: 'g1', by: 'p2' },
      { grievance: newGrievance.id, by: 'p1' },
      { grievance: newGrievance.id, by: 'p2' },
    ]);
    expect(c.asks).toMatchObject([
      { by: 'p1', to: 'p2', interaction: c.id, followedThrough: 'pending', on: '2025-02-14' },
    ]);
    expect(c).toMatchObject({ notes: conversation.notes, loggedByMe: true, space: 'br', initiatedBy: 'p1' });
    expect(logged.names).toEqual({ p1: 'Ana Ruiz', p2: 'Ben Okafor' });

    const stored = await loadRecords(store, ws);
    expect(stored.interactions.find((i) => i.id === c.id)).toMatchObject({
      participants: ['p1', 'p2'],
      kind: 'one_on_one',
    });
    expect(stored.grievances.find((g) => g.id === newGrievance.id)).toMatchObject({ unit: 'Clinic/Nursing/Nights' });
    expect(stored.asks.filter((a) => a.interaction === c.id)).toHaveLength(1);
    const row = await store.kysely
      .selectFrom('interactions')
      .select('logged_by')
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row.logged_by).toBe(users.mia.id);

    const ben = await read(await api.people[':id'].$get({ param: { ...workspace, id: 'p2' } }), 200);
    expect(ben.history[0]).toMatchObject({ id: c.id, loggedByMe: true, hasNotes: true });
    expect(ben.raised.map((r) => r.title)).toContain('No water fountain on nights');
    expect(ben.asks.map((a) => a.what)).toContain('Talk to Chen about nights');
  });

  it('a conversation naming a person who is not there writes nothing and names the field', async () => {
    store = await open();
    const h = harness(store);
    const { ws, cookies } = await clinic(h);
    const before = await countRecords(store, ws);
    const res = await h.as(cookies.mia).api.workspaces[':workspace'].conversations.$post({
      param: workspace,
      json: { ...conversation, participants: ['p1', 'p99'], asks: [{ ...conversation.asks[0]!, to: 'p3' }] },
    });
    const { error } = await read(res, 400);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Check participants.1: there is no person "p99" here that you can see');
    expect(error.fields?.map((f) => f.field)).toEqual([
      'participants.1',
      'raised.0.by',
      'newGrievances.0.raisedBy.1',
      'asks.0.to',
    ]);
    expect(await countRecords(store, ws)).toEqual(before);
  });

  it('a hidden person is refused exactly like a missing one', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const send = async (who: string) => {
      const res = await h.as(cookies.mia).api.workspaces[':workspace'].conversations.$post({
        param: workspace,
        json: { occurredOn: '2025-02-14', participants: ['p1', who], kind: 'chat' },
      });
      return (await read(res, 400)).error.fields![0]!.message;
    };
    expect((await send('p3')).replace('p3', 'X')).toBe((await send('p99')).replace('p99', 'X'));
  });

  it('a conversation missing a field writes nothing and says which field and why', async () => {
    store = await open();
    const h = harness(store);
    const { ws, cookies } = await clinic(h);
    const before = await countRecords(store, ws);
    const { kind: _, ...withoutKind } = conversation;
    const res = await h.call('POST', `${P}/conversations`, {
      cookie: cookies.mia,
      body: { ...withoutKind, occurredOn: '14/02/2025', participants: ['p1'] },
    });
    expect(res.status).toBe(400);
    const fields = Object.fromEntries((errorOf(res.body).fields ?? []).map((f) => [f.field, f.message]));
    expect(fields).toMatchObject({
      kind: 'this is required',
      occurredOn: 'a date is written YYYY-MM-DD, for example 2025-03-14',
      participants: 'an interaction has two or more participants',
    });
    expect(await countRecords(store, ws)).toEqual(before);
  });

  it('an unknown field is refused rather than silently dropped', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const res = await h.call('POST', `${P}/conversations`, {
      cookie: cookies.mia,
      body: { ...conversation, particpants: ['p1', 'p2'] },
    });
    expect(res.status).toBe(400);
    expect(errorOf(res.body).fields).toEqual([
      { field: 'the request', message: 'unknown field particpants: check the spelling' },
    ]);
  });

  it('recent conversations come newest first, a page at a time', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const list = h.as(cookies.leo).api.workspaces[':workspace'].conversations;
    const first = await read(await list.$get({ param: workspace, query: { limit: '2' } }), 200);
    expect(first.conversations.map((c) => c.id)).toEqual(['i3', 'i2']);
    expect(first.next).toBe('2024-02-01:i2');
    const second = await read(await list.$get({ param: workspace, query: { limit: '2', before: first.next! } }), 200);
    expect(second.conversations.map((c) => c.id)).toEqual(['i1']);
    expect(second.next).toBeNull();
  });

  it('what became of an ask is written down afterwards', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const asks = h.as(cookies.mia).api.workspaces[':workspace'].asks[':id'];
    const res = await asks.$patch({ param: { ...workspace, id: 'a1' }, json: { followedThrough: 'no' } });
    expect(await read(res, 200)).toMatchObject({
      id: 'a1',
      followedThrough: 'no',
      response: 'yes',
      comfort: 'comfortable',
    });
    const hidden = await asks.$patch({ param: { ...workspace, id: 'a2' }, json: { followedThrough: 'no' } });
    expect(hidden.status).toBe(404);
  });
});

/**
 * Likely duplicates and merging them over HTTP (issue 4). What a merge moves, on both engines, is proven in
 * src/store/people-merge.store.test.ts; here: who may, what they see, and how a refusal reads.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { clinic, errorOf, harness, read, type Harness } from './harness.js';

const workspace = { workspace: 'Clinic' };

/** Ana Ruiz written down again as someone new, with a chat with Ben of her own. */
async function twin(h: Harness, cookie: string) {
  const api = h.as(cookie).api.workspaces[':workspace'];
  const ana = await read(
    await api.people.$post({ param: workspace, json: { name: 'ana ruíz', unit: 'Clinic/Nursing/Nights' } }),
    201,
  );
  await read(
    await api.conversations.$post({
      param: workspace,
      json: { occurredOn: '2025-02-20', participants: [ana.id, 'p2', 'p3'], kind: 'chat' },
    }),
    201,
  );
  return ana.id;
}

describe.each(ENGINES)('duplicates and merging over HTTP on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('a lead sees likely duplicates with their names; a member may not', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const id = await twin(h, cookies.leo);
    const duplicates = h.as(cookies.leo).api.workspaces[':workspace'].people.duplicates;
    expect(await read(await duplicates.$get({ param: workspace }), 200)).toEqual({
      pairs: [{ a: id < 'p1' ? id : 'p1', b: id < 'p1' ? 'p1' : id, reason: 'same_name_and_unit' }],
      names: { p1: 'Ana Ruiz', [id]: 'ana ruíz' },
    });
    const member = await h.call('GET', '/api/workspaces/Clinic/people/duplicates', { cookie: cookies.mia });
    expect(member.status).toBe(403);
  });

  it('merging moves the history onto the person kept, answers them, and the merged one is gone', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const id = await twin(h, cookies.leo);
    const people = h.as(cookies.leo).api.workspaces[':workspace'].people[':id'];
    const kept = await read(await people.merge.$post({ param: { ...workspace, id }, json: { into: 'p1' } }), 200);
    expect(kept).toMatchObject({ id: 'p1', name: 'Ana Ruiz', unit: 'Clinic/Nursing/Nights' });
    const ana = await read(await people.$get({ param: { ...workspace, id: 'p1' } }), 200);
    expect(ana.history.map((c) => c.occurredOn)).toContain('2025-02-20');
    const gone = await h.call('GET', `/api/workspaces/Clinic/people/${id}`, { cookie: cookies.leo });
    const none = await h.call('GET', '/api/workspaces/Clinic/people/nobody', { cookie: cookies.leo });
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual(none.body);
  });

  it('a merge is refused into oneself, into or from someone hidden, and between two who have a record of their own', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const merge = (id: string, into: string) =>
      h.call('POST', `/api/workspaces/Clinic/people/${id}/merge`, { cookie: cookies.leo, body: { into } });
    expect(errorOf((await merge('p1', 'p1')).body).fields).toEqual([
      { field: 'into', message: expect.any(String) as string },
    ]);
    // p4 works in Pharmacy, outside Leo's grant
    const intoHidden = await merge('p1', 'p4');
    expect(intoHidden.status).toBe(400);
    expect(errorOf(intoHidden.body).fields).toEqual([
      { field: 'into', message: expect.stringContaining('"p4"') as string },
    ]);
    const fromHidden = await merge('p4', 'p1');
    const fromNobody = await merge('nobody', 'p1');
    expect(fromHidden.status).toBe(404);
    expect(fromHidden.body).toEqual(fromNobody.body);
    // p1 and p2 had a one-on-one and a meal, just the two of them
    const related = await merge('p2', 'p1');
    expect(related.status).toBe(409);
    expect(errorOf(related.body)).toMatchObject({
      code: 'merge_conflict',
      message: expect.stringContaining('interaction i1') as string,
    });
    expect((await h.call('GET', '/api/workspaces/Clinic/people/p2', { cookie: cookies.leo })).status).toBe(200);
  });
});

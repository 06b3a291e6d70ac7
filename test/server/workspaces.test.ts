import { afterEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/demo/demo.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { clinic, harness, read } from './harness.js';

describe.each(ENGINES)('workspaces over HTTP on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('each person lists the workspaces they may enter, with what they may see there', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    await h.workspace('Warehouse');
    expect(await read(await h.as(cookies.mia).api.workspaces.$get(), 200)).toEqual([
      {
        name: 'Clinic',
        createdAt: expect.any(String) as string,
        access: { role: 'member', units: ['Clinic/Nursing/Nights'] },
      },
    ]);
    const ada = await read(await h.as(cookies.ada).api.workspaces.$get(), 200);
    expect(ada.map((w) => w.name)).toEqual(['Clinic', 'Warehouse']);
  });

  it('an admin creates a workspace; the same name twice is refused', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const api = h.as(cookies.ada).api.workspaces;
    expect((await api.$post({ json: { name: 'Night Bakery' } })).status).toBe(201);
    const again = await read(await api.$post({ json: { name: 'Night Bakery' } }), 409);
    expect(again.error.message).toContain('"Night Bakery"');
    expect((await api[':workspace'].$get({ param: { workspace: 'Night Bakery' } })).status).toBe(200);
  });

  it('an admin loads the demo workplace into a workspace of its own', async () => {
    store = await open();
    const h = harness(store, { generateDemo });
    await h.addUser('ada', 'admin');
    const api = h.as(await h.signIn('ada')).api.workspaces;
    const demo = await read(await api.demo.$post({ json: { people: 30, seed: 7 } }), 201);
    expect(demo.workspace.name).toBe('Demo');
    expect(demo.counts.people).toBeGreaterThanOrEqual(30);
    expect(demo.counts.interactions).toBeGreaterThan(0);
    const people = await read(
      await api[':workspace'].people.$get({ param: { workspace: 'Demo' }, query: { limit: '5' } }),
      200,
    );
    expect(people.people).toHaveLength(5);
    expect((await api.demo.$post({ json: { people: 30 } })).status).toBe(409);
  });

  it('a server without the demo generator says so', async () => {
    store = await open();
    const h = harness(store);
    await h.addUser('ada', 'admin');
    const res = await h.as(await h.signIn('ada')).api.workspaces.demo.$post({ json: {} });
    expect(res.status).toBe(501);
    expect(await res.json()).toMatchObject({ error: { code: 'demo_unavailable' } });
  });
});

/**
 * The list of collective actions the web app offers when a plan is for an action: only the actions the
 * caller may see (through someone who took part, or the space they happened in), the latest first, with a
 * space the caller may not see left blank; members may read it, nobody signed out may.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { smallWorkplace } from '../support/small-workplace.js';
import { harness, read } from './harness.js';

const workspace = { workspace: 'Clinic' };

describe.each(ENGINES)('the list of actions on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function setUp() {
    store = await open();
    const h = harness(store);
    const records = smallWorkplace();
    const ws = await h.workspace('Clinic', {
      ...records,
      spaces: [...records.spaces, { id: 'ph', name: 'Pharmacy counter', kind: 'sun', unit: 'Clinic/Pharmacy' }],
      actions: [
        ...records.actions,
        {
          id: 'x2',
          title: 'Pharmacy walk-out',
          kind: 'work_to_rule',
          occurredOn: '2024-05-02',
          space: 'ph',
          grievances: [],
          participants: ['p4'],
          outcome: null,
        },
        {
          id: 'x3',
          title: 'Night shift meets the pharmacists',
          kind: 'meeting',
          occurredOn: '2024-06-10',
          space: 'ph',
          grievances: [],
          participants: ['p1', 'p4'],
          outcome: null,
        },
      ],
    });
    const ada = await h.addUser('ada', 'admin');
    const mia = await h.addUser('mia', 'member');
    await h.grant(mia, ws, 'Clinic/Nursing/Nights');
    void ada;
    return { h, cookies: { ada: await h.signIn('ada'), mia: await h.signIn('mia') } };
  }

  it('an admin sees every action, the latest first, with where each happened', async () => {
    const { h, cookies } = await setUp();
    const list = await read(
      await h.as(cookies.ada).api.workspaces[':workspace'].actions.$get({ param: workspace }),
      200,
    );
    expect(list).toEqual([
      { id: 'x3', title: 'Night shift meets the pharmacists', kind: 'meeting', occurredOn: '2024-06-10', space: 'ph' },
      { id: 'x2', title: 'Pharmacy walk-out', kind: 'work_to_rule', occurredOn: '2024-05-02', space: 'ph' },
      { id: 'x1', title: 'Petition for night staffing', kind: 'petition', occurredOn: '2024-03-01', space: 'br' },
    ]);
  });

  it('a member granted the night shift sees only the actions their people took part in, and no space outside their grant', async () => {
    const { h, cookies } = await setUp();
    const list = await read(
      await h.as(cookies.mia).api.workspaces[':workspace'].actions.$get({ param: workspace }),
      200,
    );
    expect(list.map((a) => a.id)).toEqual(['x3', 'x1']);
    expect(list.find((a) => a.id === 'x3')!.space).toBeNull();
    expect(list.find((a) => a.id === 'x1')!.space).toBe('br');
  });

  it('nobody signed out may read it', async () => {
    const { h } = await setUp();
    expect((await h.call('GET', '/api/workspaces/Clinic/actions')).status).toBe(401);
  });
});

/**
 * The web app's views of a workspace over HTTP (docs/web-views.md): the analysis and its series, Today, the
 * map, the wall chart and a person's figures, their shapes, and need-to-know (computed from what the viewer
 * may see, nothing else).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { visibleRecords, type Viewer } from '../../src/core/access.js';
import { analyzeRecords } from '../../src/core/model/analysis.js';
import { relationshipMapSchema, wallChartSchema } from '../../src/core/model/relationship-map.js';
import { seriesPointSchema } from '../../src/core/model/series.js';
import type { WorkspaceRecords } from '../../src/core/records.js';
import { generateDemo } from '../../src/demo/demo.js';
import { analysisView } from '../../src/server/routes/analysis.routes.js';
import { stringsIn } from '../../src/server/workspace-views.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { randomWorkplace } from '../support/random-workplace.js';
import { smallWorkplace } from '../support/small-workplace.js';
import { clinic, harness, read, type Harness } from './harness.js';

const workspace = { workspace: 'Clinic' };
const TODAY = '2025-03-01';

const mapAnswer = relationshipMapSchema;
const wallAnswer = wallChartSchema;

/** Ids and names of the people a viewer may not see. */
function hiddenFrom(viewer: Viewer, records: WorkspaceRecords): string[] {
  const seen = new Set(visibleRecords(viewer, records).people.map((p) => p.id));
  return records.people.filter((p) => !seen.has(p.id)).flatMap((p) => [p.id, p.name]);
}

function person(id: string, fields: Partial<WorkspaceRecords['people'][number]> = {}) {
  return {
    id,
    name: `Name of ${id}`,
    circle: 'sun' as const,
    unit: 'Shop/Floor',
    role: null,
    startedOn: '2020-01-01',
    leftOn: null,
    language: null,
    stance: 'unknown' as const,
    contact: null,
    ...fields,
  };
}

function meal(id: string, occurredOn: string, initiatedBy: string | null) {
  return {
    id,
    occurredOn,
    participants: ['w1', 'w2'],
    kind: 'meal' as const,
    sides: [],
    initiatedBy,
    space: null,
    raised: [],
    notes: id === 'm3' ? 'They talked about the rota' : null,
  };
}

function unwantedAsk(id: string, by: string, to: string, occurredOn: string) {
  return {
    id,
    interaction: null,
    occurredOn,
    by,
    to,
    what: 'Sign the petition',
    response: 'maybe' as const,
    comfort: null,
    wanted: 'no' as const,
    followedThrough: 'unknown' as const,
  };
}

/** A shop where w1 and w2 were close until autumn, a newcomer nobody has met, and two asks made without care. */
function shop(): Partial<WorkspaceRecords> {
  return {
    people: [
      person('org', { stance: 'supporter' }),
      person('w1'),
      person('w2'),
      person('newbie', { startedOn: '2025-01-15' }),
    ],
    interactions: [meal('m1', '2024-09-20', 'w1'), meal('m2', '2024-09-25', 'w1'), meal('m3', '2024-10-01', 'w2')],
    asks: [unwantedAsk('k1', 'org', 'w2', '2025-02-20'), unwantedAsk('k2', 'w1', 'org', '2025-02-21')],
  };
}

async function signedIn(h: Harness, role: 'admin' | 'lead' | 'member' = 'admin') {
  await h.addUser('ada', role);
  return h.signIn('ada');
}

describe.each(ENGINES)('the web views over HTTP on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it("a member's analysis is the model's report of exactly what they may see, with the names it mentions", async () => {
    store = await open();
    const h = harness(store);
    const { cookies, users } = await clinic(h);
    const api = h.as(cookies.mia).api.workspaces[':workspace'];
    const answer = analysisView.parse(await read(await api.analysis.$get({ param: workspace, query: {} }), 200));
    const mia: Viewer = { userId: users.mia.id, role: 'member', units: ['Clinic/Nursing/Nights'] };
    const { names, ...report } = answer;
    expect(report).toEqual(analyzeRecords(visibleRecords(mia, smallWorkplace()), { asOf: TODAY, lang: 'en' }));
    expect(report.asOf).toBe(TODAY);
    // every person the report mentions is named, and nobody else
    const visible = new Set(visibleRecords(mia, smallWorkplace()).people.map((p) => p.id));
    expect(Object.keys(names).sort()).toEqual([...stringsIn(report)].filter((s) => visible.has(s)).sort());
    expect(names.p1).toBe('Ana Ruiz');

    const admin = analysisView.parse(
      await read(
        await h
          .as(cookies.ada)
          .api.workspaces[':workspace'].analysis.$get({ param: workspace, query: { asOf: '2024-03-01' } }),
        200,
      ),
    );
    expect(admin.asOf).toBe('2024-03-01');
    expect(admin.people).toBeGreaterThan(report.people);
  });

  it('the monthly series gives a point per month up to `to`, narrows to a unit, and hides units as if missing', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const series = h.as(cookies.mia).api.workspaces[':workspace'].analysis.series;
    const points = z
      .array(seriesPointSchema)
      .parse(await read(await series.$get({ param: workspace, query: {} }), 200));
    expect(points).toHaveLength(12);
    expect(points.map((p) => p.asOf).slice(-2)).toEqual(['2025-02-28', TODAY]);
    expect(points[0]!.asOf).toBe('2024-04-30');

    const nights = await read(
      await series.$get({
        param: workspace,
        query: { from: '2024-01-15', to: '2024-03-31', unit: 'Clinic/Nursing/Nights' },
      }),
      200,
    );
    expect(nights.map((p) => p.asOf)).toEqual(['2024-01-31', '2024-02-29', '2024-03-31']);
    expect(nights.every((p) => p.people === 2 && p.units.every((u) => u.unit === 'Clinic/Nursing/Nights'))).toBe(true);

    const hidden = await h.call(
      'GET',
      `/api/workspaces/Clinic/analysis/series?unit=${encodeURIComponent('Clinic/Pharmacy')}`,
      {
        cookie: cookies.mia,
      },
    );
    const missing = await h.call(
      'GET',
      `/api/workspaces/Clinic/analysis/series?unit=${encodeURIComponent('Clinic/Bakery')}`,
      {
        cookie: cookies.mia,
      },
    );
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
    const backwards = await read(
      await series.$get({ param: workspace, query: { from: '2025-02-01', to: '2025-01-01' } }),
      400,
    );
    expect(backwards.error.fields).toEqual([
      { field: 'from', message: expect.stringContaining('2025-01-01') as string },
    ]);
  });

  it('the map and the wall chart hold only the people a member may see, and everyone for an admin', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const get = async (cookie: string) => {
      const api = h.as(cookie).api.workspaces[':workspace'];
      const map = mapAnswer.parse(
        await read(await api.map.$get({ param: workspace, query: { asOf: '2024-03-01' } }), 200),
      );
      const wall = wallAnswer.parse(
        await read(await api['wall-chart'].$get({ param: workspace, query: { asOf: '2024-03-01' } }), 200),
      );
      return { map, wall };
    };
    const mia = await get(cookies.mia);
    expect(mia.map.people.map((p) => p.id)).toEqual(['m1', 'p1', 'p2', 's1']);
    expect(mia.map.ties.map((t) => `${t.a}-${t.b}`)).toEqual(['p1-p2']);
    expect(mia.map.ties[0]).toMatchObject({ strong: true, since: '2024-01-05' });
    expect(mia.wall.people.map((p) => [p.id, p.base])).toEqual([
      ['p1', 'stone'],
      ['p2', 'stone'],
    ]);

    const ada = await get(cookies.ada);
    expect(ada.map.people.map((p) => p.id)).toEqual(['m1', 'p1', 'p2', 'p3', 's1']);
    expect(ada.map.people.find((p) => p.id === 'p3')).toMatchObject({ name: 'Chen Li', since: '2024-01-06' });
    expect(ada.wall.people.find((p) => p.id === 'p4')).toMatchObject({ left: true, stance: 'undecided' });
  });

  it('an informant with a member account finds nothing outside their grant in any view', async () => {
    store = await open();
    const h = harness(store);
    const spy = await h.addUser('spy', 'member');
    const cookie = await h.signIn('spy');
    const api = h.as(cookie).api.workspaces[':workspace'];
    let checked = 0;
    for (const seed of [1, 2]) {
      const { records } = randomWorkplace(seed, []);
      const name = `W${seed}`;
      const ws = await h.workspace(name, records);
      await h.grant(spy, ws, 'Plant/Line');
      const viewer: Viewer = { userId: spy.id, role: 'member', units: ['Plant/Line'] };
      const hidden = hiddenFrom(viewer, records);
      expect(hidden.length).toBeGreaterThan(10);
      const param = { workspace: name };
      const answers = [
        await read(await api.analysis.$get({ param, query: { asOf: '2025-01-01' } }), 200),
        await read(await api.map.$get({ param, query: { asOf: '2025-01-01' } }), 200),
        await read(await api['wall-chart'].$get({ param, query: { asOf: '2025-01-01' } }), 200),
        await read(await api.today.$get({ param, query: { asOf: '2025-01-01' } }), 200),
        await read(await api.analysis.series.$get({ param, query: { to: '2025-01-01' } }), 200),
      ];
      const seen = stringsIn(answers);
      expect(hidden.filter((s) => seen.has(s))).toEqual([]);
      // the analysis is the one core computes from what they may see
      const { names: _, ...report } = answers[0] as z.infer<typeof analysisView>;
      expect(report).toEqual(analyzeRecords(visibleRecords(viewer, records), { asOf: '2025-01-01', lang: 'en' }));
      for (const id of hidden.filter((s) => records.people.some((p) => p.id === s))) {
        const res = await h.call('GET', `/api/workspaces/${name}/people/${id}/figures`, { cookie });
        const none = await h.call('GET', `/api/workspaces/${name}/people/nobody/figures`, { cookie });
        expect(res.status).toBe(404);
        expect(res.body).toEqual(none.body);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('Today lists care signals with mine first, fading ties, newcomers nobody has welcomed, and the latest conversations', async () => {
    store = await open();
    const h = harness(store);
    const cookie = await signedIn(h);
    await h.workspace('Shop', shop());
    const today = h.as(cookie).api.workspaces[':workspace'].today;
    const view = await read(await today.$get({ param: { workspace: 'Shop' }, query: { me: 'w1' } }), 200);
    expect(view.fadingTies).toEqual([{ a: 'w1', b: 'w2', since: '2024-10-01' }]);
    expect(view.newcomers).toEqual([{ person: 'newbie', since: '2025-01-15' }]);
    expect(view.careSignals.some((s) => s.kind === 'fading_tie' || s.kind === 'newcomer_unwelcomed')).toBe(false);
    const bys = view.careSignals.map((s) => s.by);
    expect(bys).toContain('org');
    expect(bys.indexOf('org')).toBeGreaterThan(bys.lastIndexOf('w1'));
    expect(bys[0]).toBe('w1');
    expect(view.recent.map((c) => [c.id, c.hasNotes])).toEqual([
      ['m3', true],
      ['m2', false],
      ['m1', false],
    ]);
    expect(view.recent.every((c) => !('notes' in c))).toBe(true);
    expect(view.names).toMatchObject({
      w1: 'Name of w1',
      w2: 'Name of w2',
      newbie: 'Name of newbie',
      org: 'Name of org',
    });

    const theirs = await read(await today.$get({ param: { workspace: 'Shop' }, query: { me: 'org' } }), 200);
    expect(theirs.careSignals[0]!.by).toBe('org');
  });

  it("a person's figures give their ties and care signals, from what the viewer may see", async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const figures = (cookie: string, id: string) =>
      h.as(cookie).api.workspaces[':workspace'].people[':id'].figures.$get({
        param: { ...workspace, id },
        query: { asOf: '2024-03-01' },
      });
    const mia = await read(await figures(cookies.mia, 'p1'), 200);
    expect(mia).toMatchObject({ person: 'p1', counted: true, asOf: '2024-03-01' });
    expect(mia.ties.map((t) => t.other)).toEqual(['p2']);
    expect(Object.keys(mia.names).sort()).toEqual(['p1', 'p2']);
    const ada = await read(await figures(cookies.ada, 'p1'), 200);
    expect(ada.ties.map((t) => t.other).sort()).toEqual(['p2', 'p3', 'p4']);
    expect(ada.ties.find((t) => t.other === 'p2')).toEqual(mia.ties[0]);
  });

  it('every view shows a change as soon as it is written', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const api = h.as(cookies.leo).api.workspaces[':workspace'];
    const people = async () =>
      (await read(await api.map.$get({ param: workspace, query: {} }), 200)).people.map((p) => p.id);
    const wall = async () =>
      (await read(await api['wall-chart'].$get({ param: workspace, query: {} }), 200)).people.length;
    const before = { map: await people(), wall: await wall() };
    const added = await read(
      await api.people.$post({ param: workspace, json: { name: 'Eve New', unit: 'Clinic/Nursing/Days' } }),
      201,
    );
    expect(await people()).toEqual([...before.map, added.id].sort());
    expect(await wall()).toBe(before.wall + 1);
  });

  it('the demo loaded through the API ends today, so today’s analysis is of a living workplace', async () => {
    store = await open();
    const asked: { endDate: string }[] = [];
    const h = harness(store, {
      generateDemo: (options) => {
        asked.push(options);
        return generateDemo(options);
      },
    });
    const cookie = await signedIn(h);
    const api = h.as(cookie).api.workspaces;
    const loaded = await api.demo.$post({ json: { people: 30, seed: 7 } });
    expect(asked).toEqual([{ endDate: TODAY, people: 30, seed: 7 }]);
    await read(loaded, 201);
    const demo = api[':workspace'];
    const latest = await read(
      await demo.conversations.$get({ param: { workspace: 'Demo' }, query: { limit: '1' } }),
      200,
    );
    expect(latest.conversations[0]!.occurredOn).toBe(TODAY);
    const report = await read(await demo.analysis.$get({ param: { workspace: 'Demo' }, query: {} }), 200);
    expect(report.asOf).toBe(TODAY);
    expect(report.ties.strong).toBeGreaterThan(0);
  });
});

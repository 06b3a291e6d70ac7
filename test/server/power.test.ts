/**
 * The power map over HTTP, on the small clinic (harness.ts): Mia, a member granted the night shift; Leo, a
 * lead granted Clinic/Nursing; Ada, an admin. Every route answers only what its caller may see, refuses what
 * names something they cannot see or breaks a rule of the power map, field by field, and writes nothing then.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { clinic, errorOf, harness, read } from './harness.js';

const P = '/api/workspaces/Clinic';
const workspace = { workspace: 'Clinic' };
const fieldsOf = (body: unknown) => (errorOf(body).fields ?? []).map((f) => f.field);

describe.each(ENGINES)('the power map over HTTP on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function setUp() {
    store = await open();
    const h = harness(store);
    return { h, ...(await clinic(h)) };
  }

  it('a member sees the sessions at the table with the attendees they may see, and only their own part of the rest', async () => {
    const { h, cookies } = await setUp();
    const api = h.as(cookies.mia).api.workspaces[':workspace'];
    const sessions = await read(await api['moon-sessions'].$get({ param: workspace }), 200);
    expect(sessions.map((s) => [s.id, s.attendees])).toEqual([
      ['ms1', ['m1', 'p1']],
      ['ms2', ['m1']],
    ]);
    expect((await read(await api['mutual-aid'].$get({ param: workspace }), 200)).map((a) => a.id)).toEqual(['ma1']);
    expect((await read(await api['satellite-effects'].$get({ param: workspace }), 200)).map((e) => e.id)).toEqual([
      'se2',
    ]);
    expect((await read(await api.mandates.$get({ param: workspace }), 200))[0]!.holders).toEqual(['m1', 'p1']);
    expect((await read(await api.votes.$get({ param: workspace }), 200))[0]).toMatchObject({ yes: 14, no: 2 });
    expect((await read(await api['picket-shifts'].$get({ param: workspace }), 200)).map((s) => s.id)).toEqual(['ps1']);
  });

  it('a hidden record answers 404 with exactly the same body as one that does not exist', async () => {
    const { h, cookies } = await setUp();
    for (const [hidden, missing] of [
      [`${P}/mutual-aid/ma2`, `${P}/mutual-aid/ma-nothing`],
      [`${P}/satellite-effects/se1`, `${P}/satellite-effects/se-nothing`],
    ] as const) {
      const a = await h.call('GET', hidden, { cookie: cookies.mia });
      const b = await h.call('GET', missing, { cookie: cookies.mia });
      expect(a.status, hidden).toBe(404);
      expect(JSON.stringify(a.body)).toBe(JSON.stringify(b.body));
    }
    expect((await h.call('GET', `${P}/mutual-aid/ma2`, { cookie: cookies.leo })).status).toBe(200);
  });

  it('a session is held in a moon space, with people the member may see; a good one is written', async () => {
    const { h, cookies } = await setUp();
    const session = { space: 'table', occurredOn: '2025-02-20', attendees: ['m1', 'p1'], closedDoor: true };
    const wrongSpace = await h.call('POST', `${P}/moon-sessions`, {
      cookie: cookies.mia,
      body: { ...session, space: 'br', attendees: ['m1', 'p3'] },
    });
    expect(wrongSpace.status).toBe(400);
    expect(fieldsOf(wrongSpace.body).sort()).toEqual(['attendees.1', 'space']);
    expect(errorOf(wrongSpace.body).fields!.find((f) => f.field === 'space')!.message).toContain('not a moon space');
    const created = await read(
      await h.as(cookies.mia).api.workspaces[':workspace']['moon-sessions'].$post({ param: workspace, json: session }),
      201,
    );
    expect(created).toMatchObject({ ...session, reportedBackOn: null, mandates: [] });
    expect(created.id).toMatch(/^ms-/);
  });

  it('recording a report-back keeps the attendees the member could not see', async () => {
    const { h, cookies } = await setUp();
    const patch = await h.call('PATCH', `${P}/moon-sessions/ms2`, {
      cookie: cookies.mia,
      body: { reportedBackOn: '2024-03-07', reportedTo: ['Clinic/Nursing/Nights'], attendees: ['m1'] },
    });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({ reportedBackOn: '2024-03-07', attendees: ['m1'] });
    const seenByLeo = await h.call('GET', `${P}/moon-sessions/ms2`, { cookie: cookies.leo });
    expect(seenByLeo.body).toMatchObject({ attendees: ['m1', 'p3'], reportedTo: ['Clinic/Nursing/Nights'] });
    const early = await h.call('PATCH', `${P}/moon-sessions/ms2`, {
      cookie: cookies.mia,
      body: { reportedBackOn: '2024-03-01' },
    });
    expect(fieldsOf(early.body)).toEqual(['reportedBackOn']);
  });

  it('mandates and votes are written by leads; a satellite cannot hold a mandate; counts are whole', async () => {
    const { h, cookies } = await setUp();
    const mandate = { decidedOn: '2025-01-10', text: 'No mandatory overtime', holders: ['m1', 'p2'] };
    expect((await h.call('POST', `${P}/mandates`, { cookie: cookies.mia, body: mandate })).status).toBe(403);
    const satellite = await h.call('POST', `${P}/mandates`, {
      cookie: cookies.leo,
      body: { ...mandate, holders: ['m1', 's1'] },
    });
    expect(errorOf(satellite.body).fields).toEqual([
      // Told by the name the form showed, not the id.
      { field: 'holders.1', message: expect.stringContaining('"Sam Staffer" is a satellite') as string },
    ]);
    const created = await h.call('POST', `${P}/mandates`, {
      cookie: cookies.leo,
      body: { ...mandate, decidedIn: 'i1' },
    });
    expect(created.status).toBe(201);
    const vote = {
      heldOn: '2025-01-10',
      question: 'Adopt?',
      yes: 20,
      no: 1,
      mandate: (created.body as { id: string }).id,
    };
    expect((await h.call('POST', `${P}/votes`, { cookie: cookies.leo, body: { ...vote, no: -1 } })).status).toBe(400);
    expect(
      (await h.call('POST', `${P}/votes`, { cookie: cookies.leo, body: { ...vote, session: 'ms9' } })).status,
    ).toBe(400);
    expect((await h.call('POST', `${P}/votes`, { cookie: cookies.leo, body: vote })).status).toBe(201);
  });

  it('a picket shift is at a sun space and ends after it starts; who is on it can change', async () => {
    const { h, cookies } = await setUp();
    const shift = { space: 'br', startsAt: '2025-05-12T06:00', endsAt: '2025-05-12T10:00', people: ['p1'] };
    const bad = await h.call('POST', `${P}/picket-shifts`, {
      cookie: cookies.mia,
      body: { ...shift, space: 'table', endsAt: '2025-05-12T05:00' },
    });
    expect(fieldsOf(bad.body).sort()).toEqual(['endsAt', 'space']);
    const created = await h.call('POST', `${P}/picket-shifts`, { cookie: cookies.mia, body: shift });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    const more = await h.call('PATCH', `${P}/picket-shifts/${id}`, {
      cookie: cookies.mia,
      body: { people: ['p1', 'p2'] },
    });
    expect(more.body).toMatchObject({ people: ['p1', 'p2'] });
  });

  it("satellite effects are a satellite's doing, on people or units the member may see", async () => {
    const { h, cookies } = await setUp();
    const effect = { satellite: 's1', occurredOn: '2025-03-01', effect: 'nurturing', on: ['p1', 'Clinic/Nursing'] };
    const bad = await h.call('POST', `${P}/satellite-effects`, {
      cookie: cookies.mia,
      body: { ...effect, satellite: 'p2', on: ['p3', 'Clinic/Bakery'] },
    });
    expect(fieldsOf(bad.body).sort()).toEqual(['on.0', 'on.1', 'satellite']);
    expect((await h.call('POST', `${P}/satellite-effects`, { cookie: cookies.mia, body: effect })).status).toBe(201);
  });

  it('mutual aid is given to someone the member may see', async () => {
    const { h, cookies } = await setUp();
    const aid = { occurredOn: '2025-05-13', givenBy: 'p2', givenTo: 'p1', kind: 'childcare' };
    expect(
      (await h.call('POST', `${P}/mutual-aid`, { cookie: cookies.mia, body: { ...aid, givenTo: 'p3' } })).status,
    ).toBe(400);
    const created = await h.call('POST', `${P}/mutual-aid`, { cookie: cookies.mia, body: { ...aid, amount: 3 } });
    expect(created.body).toMatchObject({ ...aid, amount: 3 });
  });

  it('a plan pairs each person with the committee member closest to them, and answers the question of the essay', async () => {
    const { h, cookies } = await setUp();
    const api = h.as(cookies.leo).api.workspaces[':workspace'].plans;
    const plan = await read(
      await api.$post({
        param: workspace,
        json: {
          title: 'Night staffing petition',
          message: 'Sign on nights',
          expected: ['Clinic/Nursing'],
          createdOn: '2024-01-20',
        },
      }),
      201,
    );
    const { report } = await read(
      await api[':id'].$get({ param: { ...workspace, id: plan.id }, query: { asOf: '2024-03-31' } }),
      200,
    );
    expect(report.carriers).toEqual(['p1', 'p2']); // the nights committee
    expect(report.pairs.map((p) => [p.person, p.by])).toEqual([
      ['p1', 'p2'],
      ['p2', 'p1'],
      ['p3', 'p1'], // the meeting in February: a weak tie
    ]);
    expect(report.weakTies).toEqual(['p3']);
    expect(report.question.answer).toBe('yes'); // 2 of 3 over strong ties: 67%, above the 65% line
    expect(report.reach.reached).toBeGreaterThan(0);
    // a unit the member may not see is refused like a missing one
    const hidden = await h.call('POST', `${P}/plans`, {
      cookie: cookies.mia,
      body: { title: 'x', expected: ['Clinic/Pharmacy'] },
    });
    expect(fieldsOf(hidden.body)).toEqual(['expected.0']);
    expect((await h.call('GET', `${P}/plans/pl-nothing`, { cookie: cookies.mia })).status).toBe(404);
  });
});

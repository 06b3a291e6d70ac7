/**
 * Putting the power map right over HTTP, on the small clinic (harness.ts): Mia, a member granted the night
 * shift; Leo, a lead granted Clinic/Nursing; Ada, an admin; Oli, who holds a grant in another workspace only.
 * Every record of the power map can be corrected (PATCH) and removed (DELETE) by whoever may write it, with the
 * problem named field by field, 404 for what is missing or hidden, an audit entry for each change that names
 * fields but never their values, and nothing else lost. A mandate or a session that other records still name
 * is not removed: the refusal says what names it.
 */
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit/audit.store.js';
import { ENGINES } from '../support/engines.js';
import { everyRow } from '../support/raw-rows.js';
import { freshClinicEditors, type As, type Who } from './clinic-editors.js';
import { errorOf } from './harness.js';

const P = '/api/workspaces/Clinic';

/** A space in the Pharmacy, where Mia holds no grant, and a record held there: hidden from her. */
async function inThePharmacy(as: As, kind: 'moon' | 'sun'): Promise<string> {
  const space = await as('ada', 'POST', 'spaces', { name: 'Pharmacy door', kind, unit: 'Clinic/Pharmacy' });
  const id = (space.body as { id: string }).id;
  const made =
    kind === 'moon'
      ? await as('ada', 'POST', 'moon-sessions', { space: id, occurredOn: '2024-03-01', attendees: ['m1'] })
      : await as('ada', 'POST', 'picket-shifts', {
          space: id,
          startsAt: '2024-03-10T06:00',
          endsAt: '2024-03-10T10:00',
        });
  return (made.body as { id: string }).id;
}

/** The power map's kinds: who may write them, a record they may change, and what is refused. */
interface Kind {
  path: string;
  kind: string;
  writer: Who;
  id: string;
  patch: Record<string, unknown>;
  bad: { body: Record<string, unknown>; field: string; reason: RegExp };
  /** Someone who may not change a record (`id`, or one Ada makes for the test) and how they are answered. */
  refused: { who: Who; id: string | ((as: As) => Promise<string>); status: 403 | 404 };
}

const KINDS: Kind[] = [
  {
    path: 'satellite-effects',
    kind: 'satellite_effects',
    writer: 'mia',
    id: 'se2',
    patch: { effect: 'siphoning', on: ['p1'], what: 'Said the night shift should wait for the office' },
    bad: { body: { satellite: 'p2' }, field: 'satellite', reason: /"Ben Okafor" is a worker/ },
    refused: { who: 'mia', id: 'se1', status: 404 },
  },
  {
    path: 'mutual-aid',
    kind: 'mutual_aid',
    writer: 'mia',
    id: 'ma1',
    patch: { kind: 'ride', amount: 2 },
    bad: { body: { amount: -1 }, field: 'amount', reason: /cannot be negative/ },
    refused: { who: 'mia', id: 'ma2', status: 404 },
  },
  {
    path: 'votes',
    kind: 'votes',
    writer: 'leo',
    id: 'v1',
    patch: { yes: 15, no: 1, question: 'Make two nurses a night our first demand, as counted again?' },
    bad: { body: { no: -3 }, field: 'no', reason: /cannot be negative/ },
    refused: { who: 'mia', id: 'v1', status: 403 },
  },
  {
    path: 'mandates',
    kind: 'mandates',
    writer: 'leo',
    id: 'md1',
    patch: { text: 'Two nurses on every night shift, weekends too' },
    bad: { body: { holders: ['m1', 's1'] }, field: 'holders.1', reason: /"Sam Staffer" is a satellite/ },
    refused: { who: 'mia', id: 'md1', status: 403 },
  },
  {
    path: 'moon-sessions',
    kind: 'moon_sessions',
    writer: 'mia',
    id: 'ms2',
    patch: { occurredOn: '2024-03-06', outcome: 'Nothing moved on nights' },
    bad: { body: { space: 'br' }, field: 'space', reason: /not a moon space/ },
    refused: { who: 'mia', id: (as) => inThePharmacy(as, 'moon'), status: 404 },
  },
  {
    path: 'picket-shifts',
    kind: 'picket_shifts',
    writer: 'mia',
    id: 'ps1',
    patch: { startsAt: '2024-03-10T05:30', people: ['p1'] },
    bad: { body: { endsAt: '2024-03-10T05:00' }, field: 'endsAt', reason: /ends after it starts/ },
    refused: { who: 'mia', id: (as) => inThePharmacy(as, 'sun'), status: 404 },
  },
];

describe.each(ENGINES)('putting the power map right on $engine', ({ engine, open }) => {
  const setUp = freshClinicEditors(open);

  it.each(KINDS)(
    '$path: a correction is saved and audited by field; a bad one is named; missing, hidden or not allowed answers so',
    async (k) => {
      const { as, changes } = await setUp();
      const changed = await as(k.writer, 'PATCH', `${k.path}/${k.id}`, k.patch);
      expect(changed.status, JSON.stringify(changed.body)).toBe(200);
      expect(changed.body).toMatchObject(k.patch);
      expect((await as('ada', 'GET', `${k.path}/${k.id}`)).body).toMatchObject(k.patch);

      const bad = await as(k.writer, 'PATCH', `${k.path}/${k.id}`, k.bad.body);
      expect(bad.status).toBe(400);
      const problem = errorOf(bad.body).fields!.find((f) => f.field === k.bad.field);
      expect(problem?.message, JSON.stringify(bad.body)).toMatch(k.bad.reason);
      expect(errorOf(bad.body).message).toContain(k.bad.field);
      // A field that cannot be changed (the id) is named, rather than ignored.
      const unknown = await as(k.writer, 'PATCH', `${k.path}/${k.id}`, { id: 'other' });
      expect(errorOf(unknown.body).fields![0]!.message).toBe('unknown field id: check the spelling');

      const refusedId = typeof k.refused.id === 'string' ? k.refused.id : await k.refused.id(as);
      for (const method of ['PATCH', 'DELETE']) {
        const missing = await as(k.writer, method, `${k.path}/x-nothing`, method === 'PATCH' ? k.patch : undefined);
        expect(missing.status, `${method} missing`).toBe(404);
        const refused = await as(k.refused.who, method, `${k.path}/${refusedId}`, k.patch);
        expect(refused.status, `${method} by ${k.refused.who}`).toBe(k.refused.status);
        // Hidden from the one who may write the kind: the same bytes as a record that does not exist.
        if (k.refused.who === k.writer) expect(JSON.stringify(refused.body)).toBe(JSON.stringify(missing.body));
        // Nobody with a grant only in another workspace reaches it.
        expect((await as('oli', method, `${k.path}/${k.id}`, k.patch)).status).toBe(404);
      }
      // The one change written, by field; the refused ones wrote nothing.
      const entries = await changes();
      expect(entries.map((e) => [e.action, e.subject, e.details])).toEqual([
        ['record_changed', k.id, { kind: k.kind, fields: Object.keys(k.patch).sort() }],
      ]);
      expect(entries[0]!.actorId).not.toBeNull();
      // The same change again changes nothing, and writes no entry.
      expect((await as(k.writer, 'PATCH', `${k.path}/${k.id}`, k.patch)).status).toBe(200);
      expect(await changes()).toHaveLength(1);
    },
  );

  it('a satellite effect entered against the wrong person is moved to the right one, and one entered by mistake removed', async () => {
    const { as, changes } = await setUp();
    const wrong = await as('mia', 'POST', 'satellite-effects', {
      satellite: 'm1',
      occurredOn: '2024-02-22',
      effect: 'siphoning',
      on: ['p2'],
    });
    const id = (wrong.body as { id: string }).id;
    const moved = await as('mia', 'PATCH', `satellite-effects/${id}`, { satellite: 's1' });
    expect(moved.body).toMatchObject({ satellite: 's1', effect: 'siphoning', on: ['p2'] });
    const removed = await as('mia', 'DELETE', `satellite-effects/${id}`);
    expect(removed).toMatchObject({ status: 200, body: { id, removed: true } });
    expect((await as('mia', 'GET', `satellite-effects/${id}`)).status).toBe(404);
    expect((await as('mia', 'DELETE', `satellite-effects/${id}`)).status).toBe(404);
    // Nothing else went with it.
    const left = (await as('ada', 'GET', 'satellite-effects')).body as { id: string }[];
    expect(left.map((e) => e.id)).toEqual(['se1', 'se2']);
    expect((await changes()).map((e) => [e.action, e.subject, e.details])).toEqual([
      ['record_changed', id, { kind: 'satellite_effects', fields: ['satellite'] }],
      ['record_removed', id, { kind: 'satellite_effects' }],
    ]);
  });

  it('a correction keeps whom an effect touched that the lead cannot see, and is refused if it would hide the effect from them', async () => {
    const { as } = await setUp();
    // se1 touched Chen (Days, Leo's) and the Pharmacy (not Leo's).
    expect((await as('leo', 'GET', 'satellite-effects/se1')).body).toMatchObject({ on: ['p3'] });
    const more = await as('leo', 'PATCH', 'satellite-effects/se1', { on: ['p3', 'p1'] });
    expect(more.body).toMatchObject({ on: ['p3', 'p1'] });
    expect((await as('ada', 'GET', 'satellite-effects/se1')).body).toMatchObject({
      on: ['p3', 'p1', 'Clinic/Pharmacy'],
    });
    // Leaving only the Pharmacy would take it out of Leo's sight: refused, and nothing changed.
    const gone = await as('leo', 'PATCH', 'satellite-effects/se1', { on: [], what: 'x' });
    expect(gone.status).toBe(400);
    expect(errorOf(gone.body).fields).toEqual([
      { field: 'on', message: expect.stringMatching(/could no longer see it/) as string },
    ]);
    expect((await as('ada', 'GET', 'satellite-effects/se1')).body).toMatchObject({
      on: ['p3', 'p1', 'Clinic/Pharmacy'],
      what: '=Told them to wait for the union office',
    });
  });

  it('mutual aid written down twice: the second is removed and the first stays as it was', async () => {
    const { as, changes } = await setUp();
    const twice = await as('mia', 'POST', 'mutual-aid', {
      occurredOn: '2024-03-10',
      givenBy: 'p2',
      givenTo: 'p1',
      kind: 'food',
    });
    const id = (twice.body as { id: string }).id;
    expect((await as('mia', 'DELETE', `mutual-aid/${id}`)).status).toBe(200);
    expect((await changes()).map((e) => [e.action, e.subject, e.details])).toEqual([
      ['record_removed', id, { kind: 'mutual_aid' }],
    ]);
    const ledger = (await as('ada', 'GET', 'mutual-aid')).body as { id: string }[];
    expect(ledger).toEqual([
      { id: 'ma1', occurredOn: '2024-03-10', givenBy: 'p2', givenTo: 'p1', kind: 'food', amount: null },
      { id: 'ma2', occurredOn: '2024-03-11', givenBy: null, givenTo: 'p3', kind: 'money', amount: 120.5 },
    ]);
    // Who gave it can be said to be nobody named (a strike fund); who received it must be someone Mia may see.
    expect((await as('mia', 'PATCH', 'mutual-aid/ma1', { givenBy: null })).body).toMatchObject({ givenBy: null });
    const hidden = await as('mia', 'PATCH', 'mutual-aid/ma1', { givenTo: 'p3' });
    expect(errorOf(hidden.body).fields).toEqual([
      { field: 'givenTo', message: 'there is no person "p3" here that you can see' },
    ]);
  });

  it('a vote miscounted is corrected by a lead, and one written by mistake removed; members may do neither', async () => {
    const { as, changes } = await setUp();
    expect((await as('mia', 'PATCH', 'votes/v1', { yes: 1 })).status).toBe(403);
    expect((await as('mia', 'DELETE', 'votes/v1')).status).toBe(403);
    const fixed = await as('leo', 'PATCH', 'votes/v1', { yes: 16, abstain: null, session: 'ms1' });
    expect(fixed.body).toMatchObject({ yes: 16, no: 2, abstain: null, session: 'ms1', mandate: 'md1' });
    expect((await as('leo', 'PATCH', 'votes/v1', { session: 'ms9' })).body).toMatchObject({
      error: { fields: [{ field: 'session', message: 'there is no session "ms9" here that you can see' }] },
    });
    expect((await as('leo', 'DELETE', 'votes/v1')).body).toEqual({ id: 'v1', removed: true });
    expect((await as('ada', 'GET', 'votes')).body).toEqual([]);
    // The mandate it was about is still there.
    expect((await as('ada', 'GET', 'mandates/md1')).status).toBe(200);
    expect((await changes()).map((e) => e.action)).toEqual(['record_changed', 'record_removed']);
  });

  it('a mandate a vote and a session still name is not removed, and the refusal says what names it', async () => {
    const { as, changes } = await setUp();
    const refused = await as('leo', 'DELETE', 'mandates/md1');
    expect(refused.status).toBe(409);
    expect(errorOf(refused.body)).toMatchObject({
      code: 'record_in_use',
      message:
        'Nothing was removed: this mandate is still named by 1 moon session and 1 vote. Change or remove those records first.',
    });
    // Unlinked from the session and the vote, it goes; the session and the vote stay.
    expect((await as('mia', 'PATCH', 'moon-sessions/ms1', { mandates: [] })).status).toBe(200);
    expect((await as('leo', 'PATCH', 'votes/v1', { mandate: null })).status).toBe(200);
    expect((await as('leo', 'DELETE', 'mandates/md1')).status).toBe(200);
    expect((await as('ada', 'GET', 'moon-sessions/ms1')).body).toMatchObject({ mandates: [], attendees: ['m1', 'p1'] });
    expect((await as('ada', 'GET', 'votes/v1')).body).toMatchObject({ mandate: null, yes: 14 });
    expect((await changes()).map((e) => [e.action, e.subject])).toEqual([
      ['record_changed', 'ms1'],
      ['record_changed', 'v1'],
      ['record_removed', 'md1'],
    ]);
  });

  it('a session a vote names is not removed; one nothing names is, with whom it was reported to', async () => {
    const { h, as, changes } = await setUp();
    await as('leo', 'POST', 'votes', { heldOn: '2024-03-06', question: 'Accept?', yes: 3, no: 9, session: 'ms2' });
    const refused = await h.call('DELETE', `${P}/moon-sessions/ms2`, {
      cookie: await h.signIn('mia'),
      headers: { 'accept-language': 'es' },
    });
    expect(refused.status).toBe(409);
    expect(errorOf(refused.body).message).toMatch(/^No se quitó nada: esta sesión todavía figura en 1 votación\./);
    expect((await as('mia', 'DELETE', 'moon-sessions/ms1')).status).toBe(200);
    expect((await changes()).map((e) => [e.action, e.subject])).toEqual([['record_removed', 'ms1']]);
    expect(((await as('ada', 'GET', 'moon-sessions')).body as { id: string }[]).map((s) => s.id)).toEqual(['ms2']);
    // Its attendees, mandates and report-back went with it; the mandate itself stays.
    expect((await as('ada', 'GET', 'mandates/md1')).status).toBe(200);
  });

  it('a picket shift entered by mistake is removed; the other shifts and the line stay', async () => {
    const { as, changes } = await setUp();
    const extra = await as('mia', 'POST', 'picket-shifts', {
      space: 'br',
      startsAt: '2024-03-10T10:00',
      endsAt: '2024-03-10T14:00',
      people: ['p1'],
    });
    const id = (extra.body as { id: string }).id;
    expect((await as('mia', 'DELETE', `picket-shifts/${id}`)).status).toBe(200);
    expect((await changes()).map((e) => [e.action, e.subject])).toEqual([['record_removed', id]]);
    expect(((await as('ada', 'GET', 'picket-shifts')).body as { id: string }[]).map((s) => s.id)).toEqual(['ps1']);
    expect((await as('mia', 'PATCH', 'picket-shifts/ps1', { space: 'table' })).body).toMatchObject({
      error: { fields: [{ field: 'space', message: expect.stringContaining('not a sun space') as string }] },
    });
  });

  it('what a correction says is sealed in the tables and never written to the audit log', async () => {
    const { h, as } = await setUp();
    const canary = 'Canary-7f3a said the table is where power lives';
    await as('mia', 'PATCH', 'satellite-effects/se2', { what: canary });
    await as('leo', 'PATCH', 'votes/v1', { question: canary });
    await as('leo', 'PATCH', 'mandates/md1', { text: canary });
    await as('mia', 'PATCH', 'moon-sessions/ms2', { outcome: canary });
    expect(JSON.stringify(await listAudit(h.store))).not.toContain('Canary-7f3a');
    if (engine === 'postgres') expect(await everyRow(h.store)).not.toContain('Canary-7f3a');
    expect((await as('ada', 'GET', 'votes/v1')).body).toMatchObject({ question: canary });
  });
});

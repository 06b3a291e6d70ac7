/**
 * Putting spaces and plans right over HTTP, on the small clinic (harness.ts): a space is renamed, moved or
 * changed in kind as far as what is held there allows, and removed only when nothing names it any more (the
 * refusal says what still does, and of what the person may not see only that it exists); a plan is corrected
 * with the people expected that the member cannot see kept, or removed. Each change is audited by field.
 */
import { describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit/audit.store.js';
import { ENGINES } from '../support/engines.js';
import { everyRow } from '../support/raw-rows.js';
import { freshClinicEditors } from './clinic-editors.js';
import { errorOf, type Answer } from './harness.js';

const idOf = (a: Answer) => (a.body as { id: string }).id;

describe.each(ENGINES)('putting spaces and plans right on $engine', ({ engine, open }) => {
  const setUp = freshClinicEditors(open);

  it('a space is renamed and moved within what the member holds; the rest is named field by field', async () => {
    const { h, as, changes } = await setUp();
    const renamed = await as('mia', 'PATCH', 'spaces/br', {
      name: 'Break room, 4th floor',
      unit: 'Clinic/Nursing/Nights',
    });
    expect(renamed).toMatchObject({
      status: 200,
      body: { id: 'br', name: 'Break room, 4th floor', kind: 'sun', unit: 'Clinic/Nursing/Nights' },
    });
    const list = (await as('leo', 'GET', 'spaces')).body as { id: string; name: string }[];
    expect(list.find((s) => s.id === 'br')?.name).toBe('Break room, 4th floor');

    const elsewhere = await as('mia', 'PATCH', 'spaces/br', { unit: 'Clinic/Pharmacy' });
    expect(elsewhere.status).toBe(400);
    expect(errorOf(elsewhere.body).fields).toEqual([
      { field: 'unit', message: 'you can only use units you were granted (Clinic/Nursing/Nights)' },
    ]);
    const empty = await as('mia', 'PATCH', 'spaces/br', { name: '  ' });
    expect(errorOf(empty.body).fields).toEqual([{ field: 'name', message: 'this cannot be empty' }]);
    const kind = await as('mia', 'PATCH', 'spaces/br', { kind: 'moon' });
    expect(errorOf(kind.body).fields).toEqual([
      {
        field: 'kind',
        message: '1 picket shift is held here, and a picket line is a sun space: move or remove it first',
      },
    ]);
    const table = await as('mia', 'PATCH', 'spaces/table', { kind: 'other' });
    expect(errorOf(table.body).fields![0]!.message).toMatch(/^2 sessions are held here/);

    expect((await as('mia', 'PATCH', 'spaces/s-nothing', { name: 'x' })).status).toBe(404);
    expect((await as('oli', 'PATCH', 'spaces/br', { name: 'x' })).status).toBe(404);
    expect((await changes()).map((e) => [e.action, e.subject, e.details])).toEqual([
      ['record_changed', 'br', { kind: 'spaces', fields: ['name', 'unit'] }],
    ]);
    // The name is sealed in its table and never in the log.
    expect(JSON.stringify(await listAudit(h.store))).not.toContain('4th floor');
    if (engine === 'postgres') expect(await everyRow(h.store)).not.toContain('4th floor');
  });

  it('a space in a unit the member was not granted is, to them, not there', async () => {
    const { as } = await setUp();
    const pharmacy = idOf(
      await as('ada', 'POST', 'spaces', { name: 'Pharmacy counter', kind: 'sun', unit: 'Clinic/Pharmacy' }),
    );
    for (const [method, body] of [
      ['PATCH', { name: 'Counter' }],
      ['DELETE', undefined],
    ] as const) {
      const hidden = await as('mia', method, `spaces/${pharmacy}`, body);
      const missing = await as('mia', method, 'spaces/s-nothing', body);
      expect(hidden.status).toBe(404);
      expect(JSON.stringify(hidden.body)).toBe(JSON.stringify(missing.body));
    }
    expect((await as('ada', 'GET', 'spaces')).body).toContainEqual(expect.objectContaining({ id: pharmacy }));
  });

  it('a space nothing names is removed; one still named is not, and the refusal says by what', async () => {
    const { as, changes } = await setUp();
    const twice = idOf(await as('mia', 'POST', 'spaces', { name: 'Break room, 3rd floor', kind: 'sun', unit: null }));
    expect((await as('mia', 'DELETE', `spaces/${twice}`)).body).toEqual({ id: twice, removed: true });
    expect(((await as('ada', 'GET', 'spaces')).body as { id: string }[]).map((s) => s.id)).toEqual(['br', 'table']);
    expect((await as('mia', 'DELETE', `spaces/${twice}`)).status).toBe(404);

    const named = await as('mia', 'DELETE', 'spaces/br');
    expect(named.status).toBe(409);
    expect(errorOf(named.body)).toMatchObject({
      code: 'record_in_use',
      message:
        'Nothing was removed: this space is still named by 1 picket shift, 1 action, and 1 conversation. Change or remove those records first.',
    });
    expect((await as('ada', 'GET', 'picket-shifts/ps1')).body).toMatchObject({ space: 'br' });
    expect((await changes()).map((e) => [e.action, e.subject])).toEqual([['record_removed', twice]]);
  });

  it('what the member may not see that still names a space is told only as such', async () => {
    const { as } = await setUp();
    // A conversation at the table between two pharmacists: hidden from Mia, who holds only the night shift.
    const pharmacist = idOf(await as('ada', 'POST', 'people', { name: 'Second Pharmacist', unit: 'Clinic/Pharmacy' }));
    const logged = await as('ada', 'POST', 'conversations', {
      occurredOn: '2025-01-20',
      participants: ['p4', pharmacist],
      kind: 'chat',
      space: 'table',
    });
    expect(logged.status).toBe(201);
    const refused = await as('mia', 'DELETE', 'spaces/table');
    expect(errorOf(refused.body).message).toBe(
      'Nothing was removed: this space is still named by 2 moon sessions and records not shared with you. Change or remove those records first.',
    );
    // Ada sees them all.
    expect(errorOf((await as('ada', 'DELETE', 'spaces/table')).body).message).toContain(
      '2 moon sessions and 1 conversation.',
    );
  });

  it('a plan is corrected keeping the people expected the member cannot see, and removed', async () => {
    const { as, changes } = await setUp();
    const plan = idOf(
      await as('leo', 'POST', 'plans', {
        title: 'Night staffing petition',
        expected: ['Clinic/Nursing/Nights', 'Clinic/Nursing/Days'],
        createdOn: '2024-01-20',
      }),
    );
    expect((await as('mia', 'GET', `plans/${plan}`)).body).toMatchObject({
      plan: { expected: ['Clinic/Nursing/Nights'] },
    });
    const fixed = await as('mia', 'PATCH', `plans/${plan}`, {
      title: 'Night staffing petition, second round',
      expected: ['Clinic/Nursing/Nights', 'p1'],
      message: 'Sign on nights',
    });
    expect(fixed.body).toMatchObject({
      title: 'Night staffing petition, second round',
      expected: ['Clinic/Nursing/Nights', 'p1'],
      message: 'Sign on nights',
    });
    expect((await as('leo', 'GET', `plans/${plan}`)).body).toMatchObject({
      plan: { expected: ['Clinic/Nursing/Nights', 'p1', 'Clinic/Nursing/Days'] },
    });
    const hidden = await as('mia', 'PATCH', `plans/${plan}`, { expected: ['Clinic/Pharmacy'] });
    expect(errorOf(hidden.body).fields).toEqual([
      { field: 'expected.0', message: 'there is no person or unit "Clinic/Pharmacy" here that you can see' },
    ]);
    expect(errorOf((await as('mia', 'PATCH', `plans/${plan}`, { title: '' })).body).fields).toEqual([
      { field: 'title', message: 'this cannot be empty' },
    ]);
    expect((await as('mia', 'PATCH', 'plans/pl-nothing', { title: 'x' })).status).toBe(404);
    expect((await as('oli', 'PATCH', `plans/${plan}`, { title: 'x' })).status).toBe(404);
    expect((await as('oli', 'DELETE', `plans/${plan}`)).status).toBe(404);

    expect((await as('mia', 'DELETE', `plans/${plan}`)).body).toEqual({ id: plan, removed: true });
    expect((await as('leo', 'GET', `plans/${plan}`)).status).toBe(404);
    expect((await as('mia', 'DELETE', `plans/${plan}`)).status).toBe(404);
    expect((await changes()).map((e) => [e.action, e.subject, e.details])).toEqual([
      ['record_changed', plan, { kind: 'plans', fields: ['expected', 'message', 'title'] }],
      ['record_removed', plan, { kind: 'plans' }],
    ]);
  });
});

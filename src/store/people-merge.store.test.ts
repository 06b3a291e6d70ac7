import { afterEach, describe, expect, it } from 'vitest';
import type { Viewer } from '../core/access.js';
import type { Person, WorkspaceRecords } from '../core/records.js';
import { ENGINES } from '../../test/support/engines.js';
import { smallWorkplace } from '../../test/support/small-workplace.js';
import { inTransaction } from './database.js';
import { fetchVisibleInteractions } from './interactions.store.js';
import { findDuplicates, foldName, mergePeople, MergeConflict, personReferences } from './people-merge.store.js';
import { countRecords, loadRecords, writeRecords } from './records.store.js';
import type { Store } from './store.js';
import { createWorkspace } from './workspaces.store.js';

const admin: Viewer = { userId: 1, role: 'admin', units: 'all' };
const pharmacy: Viewer = { userId: 2, role: 'lead', units: ['Clinic/Pharmacy'] };

/** Ana Ruiz (p1) written down a second time as p1b, with a history of her own that overlaps p1's. */
function withDuplicate(): WorkspaceRecords {
  const r = smallWorkplace();
  const ana = r.people.find((p) => p.id === 'p1')!;
  const twin: Person = { ...ana, id: 'p1b', name: 'ana  RUÍZ', role: null, contact: null, stance: 'unknown' };
  r.people.push(twin, { ...r.people.find((p) => p.id === 'p4')!, id: 'p4b', unit: null, leftOn: null });
  r.interactions.push(
    { ...base('i10', '2024-04-01'), participants: ['p1b', 'p2'], kind: 'one_on_one', initiatedBy: 'p1b' },
    {
      ...base('i11', '2024-04-02'),
      participants: ['p1', 'p1b', 'p3'],
      raised: [
        { grievance: 'g1', by: 'p1' },
        { grievance: 'g1', by: 'p1b' },
        { grievance: 'g2', by: 'p1b' },
      ],
    },
  );
  r.ties.push(
    { a: 'p1b', b: 'p3', sides: ['social'], closeness: 2, directed: false, observedOn: '2024-04-03', observedBy: 'p2' },
    {
      a: 'p2',
      b: 'p3',
      sides: ['political'],
      closeness: 1,
      directed: false,
      observedOn: '2024-04-04',
      observedBy: 'p1b',
    },
    // the same observation as p1–p2 of 2024-01-05 by p3, written down for the twin
    { a: 'p1b', b: 'p2', sides: ['social'], closeness: 3, directed: false, observedOn: '2024-01-05', observedBy: 'p3' },
  );
  r.asks.push({ ...ask('a10', 'p1b', 'p2') }, { ...ask('a11', 'p3', 'p1b') });
  r.actions[0]!.participants.push('p1b');
  r.actions.push({ ...r.actions[0]!, id: 'x2', participants: ['p1b'], grievances: [] });
  r.committees[0]!.members.push('p1b');
  r.committees.push({ id: 'c2', name: 'Social committee', members: ['p1b', 'p3'] });
  r.mandates.push({ id: 'md2', decidedOn: '2024-04-01', decidedIn: null, text: 'Ask for lockers', holders: ['p1b'] });
  r.moon_sessions[0]!.attendees.push('p1b');
  r.moon_sessions[0]!.reportedTo.push('p1b');
  r.satellite_effects[0]!.on.push('p1b');
  r.picket_shifts[0]!.people.push('p1b');
  r.mutual_aid.push(
    { id: 'ma3', occurredOn: '2024-04-05', givenBy: 'p1b', givenTo: 'p3', kind: 'ride', amount: 2 },
    { id: 'ma4', occurredOn: '2024-04-06', givenBy: 'p3', givenTo: 'p1b', kind: 'food', amount: null },
  );
  // the store keeps what the bundle's checks would refuse (a worker named as a satellite): every column moves
  r.satellite_effects.push({
    id: 'se3',
    satellite: 'p1b',
    occurredOn: '2024-04-07',
    effect: 'nurturing',
    on: [],
    what: null,
  });
  r.ties.push({
    a: 'p3',
    b: 'p1b',
    sides: ['emotional'],
    closeness: null,
    directed: true,
    observedOn: '2024-04-08',
    observedBy: null,
  });
  return r;
}

function base(id: string, occurredOn: string) {
  return {
    id,
    occurredOn,
    participants: [] as string[],
    kind: 'meeting' as const,
    sides: [],
    initiatedBy: null,
    space: null,
    raised: [] as { grievance: string; by: string | null }[],
    notes: null,
  };
}

function ask(id: string, by: string, to: string) {
  return {
    id,
    interaction: null,
    occurredOn: '2024-04-06',
    by,
    to,
    what: 'Come to the meeting',
    response: 'yes' as const,
    comfort: null,
    wanted: 'unknown' as const,
    followedThrough: 'unknown' as const,
  };
}

async function stored(store: Store, records: WorkspaceRecords): Promise<number> {
  const ws = await createWorkspace(store, 'Clinic');
  await inTransaction(store, (tx) => writeRecords(tx, ws.id, records));
  // plans are kept in the store only (not in a bundle): one expects the twin
  await store.kysely
    .insertInto('plans')
    .values({
      workspace_id: ws.id,
      id: 'plan1',
      title: 'Lockers',
      created_on: '2024-04-01',
      action_id: null,
      message: null,
    })
    .execute();
  await store.kysely
    .insertInto('plan_expected')
    .values([
      { workspace_id: ws.id, plan_id: 'plan1', target: 'p1b', ord: 0 },
      { workspace_id: ws.id, plan_id: 'plan1', target: 'Clinic/Nursing', ord: 1 },
    ])
    .execute();
  return ws.id;
}

const historyOf = async (store: Store, ws: number, id: string) =>
  (await fetchVisibleInteractions(store, ws, admin, { person: id, order: 'id' })).map((i) => i.id);

describe('folding names for duplicates', () => {
  it('ignores accents, case and runs of spaces', () => {
    expect(foldName('  Ana   Núñez ')).toBe(foldName('ana nunez'));
    expect(foldName('Ana Nuñez')).not.toBe(foldName('Ana Nunes'));
  });
});

describe.each(ENGINES)('merging duplicate people on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('lists people with the same folded name, those in the same unit first, within what the viewer may see', async () => {
    store = await open();
    const ws = await stored(store, withDuplicate());
    expect(await findDuplicates(store, ws, admin)).toEqual([
      { a: 'p1', b: 'p1b', reason: 'same_name_and_unit' },
      { a: 'p4', b: 'p4b', reason: 'same_folded_name' },
    ]);
    // p4b has no unit: only those who see the whole workspace see them
    expect(await findDuplicates(store, ws, pharmacy)).toEqual([]);
  });

  it('moves every reference of the merged person onto the kept one, keeps one of each repeat, and loses nothing', async () => {
    store = await open();
    const ws = await stored(store, withDuplicate());
    const kept = await personReferences(store, ws, 'p1');
    const gone = await personReferences(store, ws, 'p1b');
    const historyBefore = new Set([...(await historyOf(store, ws, 'p1')), ...(await historyOf(store, ws, 'p1b'))]);
    const countsBefore = await countRecords(store, ws);

    const merged = await mergePeople(store, ws, 'p1b', 'p1');

    // where both were listed (i11, x1, c1, ms1 as attendee, ps1), or a record repeats one of p1's (the
    // raising of g1 in i11, the tie observation of 2024-01-05), one stays
    const repeats: Record<string, number> = {
      'interaction_participants.person_id': 1,
      'action_participants.person_id': 1,
      'committee_members.person_id': 1,
      'moon_session_attendees.person_id': 1,
      'picket_shift_people.person_id': 1,
      'grievance_raisings.person_id': 1,
      'tie_observations.a': 1,
    };
    const expected = Object.fromEntries(
      Object.keys(kept).map((place) => [place, kept[place]! + gone[place]! - (repeats[place] ?? 0)]),
    );
    expect(await personReferences(store, ws, 'p1')).toEqual(expected);
    expect(Object.values(await personReferences(store, ws, 'p1b')).every((n) => n === 0)).toBe(true);
    // every kind of reference was there to be moved
    expect(Object.entries(gone).filter(([, n]) => n === 0)).toEqual([]);

    expect(new Set(await historyOf(store, ws, 'p1'))).toEqual(historyBefore);
    expect(await countRecords(store, ws)).toEqual({
      ...countsBefore,
      people: countsBefore.people - 1,
      ties: countsBefore.ties - 1,
    });
    expect(merged).toMatchObject({
      id: 'p1',
      name: 'Ana Ruiz',
      role: 'nurse',
      contact: 'ext 214',
      stance: 'supporter',
    });

    const after = await loadRecords(store, ws);
    expect(after.people.map((p) => p.id)).not.toContain('p1b');
    expect(after.interactions.find((i) => i.id === 'i11')).toMatchObject({
      participants: ['p1', 'p3'],
      raised: [
        { grievance: 'g1', by: 'p1' },
        { grievance: 'g2', by: 'p1' },
      ],
    });
    expect(after.interactions.find((i) => i.id === 'i10')).toMatchObject({
      participants: ['p1', 'p2'],
      initiatedBy: 'p1',
    });
    expect(after.committees.find((c) => c.id === 'c1')!.members).toEqual(['p2', 'p1']);
    expect(after.moon_sessions.find((s) => s.id === 'ms1')).toMatchObject({
      attendees: ['m1', 'p1'],
      reportedTo: ['Clinic/Nursing', 'p2', 'p1'],
    });
    expect(after.mutual_aid.find((m) => m.id === 'ma3')).toMatchObject({ givenBy: 'p1', givenTo: 'p3' });
    expect(after.asks.filter((a) => a.id === 'a10' || a.id === 'a11').map((a) => [a.by, a.to])).toEqual([
      ['p1', 'p2'],
      ['p3', 'p1'],
    ]);
  });

  it('takes the merged person’s details where the kept one has none', async () => {
    store = await open();
    const ws = await stored(store, withDuplicate());
    const merged = await mergePeople(store, ws, 'p1', 'p1b');
    expect(merged).toMatchObject({
      id: 'p1b',
      name: 'ana  RUÍZ',
      role: 'nurse',
      contact: 'ext 214',
      stance: 'supporter',
    });
  });

  it('refuses, changing nothing, when the two have a record between just the two of them', async () => {
    store = await open();
    const records = withDuplicate();
    records.interactions.push({ ...base('i12', '2024-04-07'), participants: ['p1', 'p1b'], kind: 'chat' });
    records.asks.push(ask('a12', 'p1', 'p1b'));
    const ws = await stored(store, records);
    const before = await loadRecords(store, ws);
    const refused = await mergePeople(store, ws, 'p1b', 'p1').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MergeConflict);
    expect((refused as MergeConflict).records).toEqual(['interaction i12', 'ask a12']);
    expect(await loadRecords(store, ws)).toEqual(before);
  });
});

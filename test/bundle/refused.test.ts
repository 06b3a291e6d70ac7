import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderBundleError } from '../../src/bundle/bundle-errors.js';
import { importBundle } from '../../src/bundle/import-bundle.js';
import { countRecords, loadRecords } from '../../src/store/records.store.js';
import type { Store } from '../../src/store/store.js';
import { findWorkspace, getWorkspace } from '../../src/store/workspaces.store.js';
import { bundleOf, handMadeBundle, removeTempDirs } from '../support/bundle-dirs.js';
import { ENGINES } from '../support/engines.js';
import { smallWorkplace } from '../support/small-workplace.js';

afterAll(removeTempDirs);

const PEOPLE = 'id,name,circle\np10,Eva,sun\np11,Farid,sun\n';
const encode = (text: string) => new TextEncoder().encode(text);

/** Each kind of mistake the issue names, and exactly what the import says about it. */
const BROKEN: { what: string; files: Record<string, string | Uint8Array>; says: string[] }[] = [
  {
    what: 'an unknown person',
    files: {
      'people.csv': PEOPLE,
      'interactions.csv': 'id,occurred_on,participants,kind\ni10,2024-05-01,p10;p99,chat\n',
    },
    says: ['interactions.csv:2:16: unknown person "p99": not in people.csv nor in the workspace'],
  },
  {
    what: 'a bad date',
    files: { 'people.csv': 'id,name,started_on\np10,Eva,14/03/2024\n' },
    says: ['people.csv:2:9: "14/03/2024" is not a date; write YYYY-MM-DD, for example 2024-03-14'],
  },
  {
    what: 'an unknown value',
    files: {
      'people.csv': PEOPLE,
      'asks.csv': 'id,occurred_on,by,to,what,response\na10,2024-05-01,p10,p11,Come to the meeting,sure\n',
    },
    says: ['asks.csv:2:44: "sure" is not a value of response; use one of yes, no, maybe, no_answer'],
  },
  {
    what: 'a duplicate id',
    files: { 'grievances.csv': 'id,title\ng10,Parking\ng11,Heat\ng10,Parking again\n' },
    says: ['grievances.csv:4:1: the id "g10" is used again; it was first used on line 2'],
  },
  {
    what: 'a missing column',
    files: { 'spaces.csv': 'id,name\nbr2,Loading dock\n' },
    says: ['spaces.csv:1:1: the required column "kind" is missing'],
  },
  {
    what: 'malformed CSV',
    files: { 'people.csv': 'id,name\np10,"Eva\np11,Farid\n' },
    says: ['people.csv:2:5: a quoted field starts here and is never closed'],
  },
  {
    what: 'bad UTF-8',
    files: { 'people.csv': new Uint8Array([...encode('id,name\np10,Eva\np11,Far'), 0xe9, ...encode('d\n')]) },
    says: ['people.csv:3:8: the file is not UTF-8 from here; save it as "CSV UTF-8"'],
  },
  {
    what: 'a row with too many fields',
    files: { 'committees.csv': 'id,name,members\nc10,Days,p1,p2\n' },
    says: ['committees.csv:2:13: this row has 4 fields; the header has 3'],
  },
  // the power map's files (issue 6): the rules across records, checked with the workspace's own records
  {
    what: 'a session at the table held in a sun space',
    files: { 'moon_sessions.csv': 'id,space,occurred_on,attendees\nms10,br,2025-01-01,m1\n' },
    says: [
      'moon_sessions.csv:2:6: "br" is not a moon space; sessions are held in moon spaces (a bargaining table, a court)',
    ],
  },
  {
    what: 'a satellite holding a mandate',
    files: { 'mandates.csv': 'id,decided_on,text,holders\nmd10,2025-01-01,Breaks,m1;s1\n' },
    says: [
      'mandates.csv:2:24: "s1" is a satellite; a mandate is held by moon people or workers on the team, who answer for it',
    ],
  },
  {
    what: 'a picket shift that ends before it starts',
    files: { 'picket_shifts.csv': 'id,space,starts_at,ends_at\nps10,br,2025-05-12T10:00,2025-05-12T06:00\n' },
    says: ['picket_shifts.csv:2:26: a shift ends after it starts; ends_at is not after starts_at'],
  },
  {
    what: 'a vote count that is not a count',
    files: { 'votes.csv': 'id,held_on,question,yes,no\nv10,2025-01-01,Strike?,many,3\n' },
    says: ['votes.csv:2:24: "many" is not a count; write a whole number, 0 or more'],
  },
  {
    what: 'a satellite effect on a unit that does not exist',
    files: {
      'satellite_effects.csv': 'id,satellite,occurred_on,effect,on\nse10,s1,2025-01-01,siphoning,p1;Clinic/Bakery\n',
    },
    says: [
      'satellite_effects.csv:2:30: "Clinic/Bakery" is neither a person nor a unit, in the bundle or in the workspace',
    ],
  },
  {
    what: 'a vote on an unknown mandate',
    files: { 'votes.csv': 'id,mandate,held_on,question,yes,no\nv11,md99,2025-01-01,Adopt?,3,1\n' },
    says: ['votes.csv:2:5: unknown mandate "md99": not in mandates.csv nor in the workspace'],
  },
];

describe.each(ENGINES)('a broken bundle on $engine', ({ open }) => {
  let store: Store;
  beforeEach(async () => {
    store = await open();
    const ok = await importBundle(store, { dir: await bundleOf(smallWorkplace()), workspace: 'Clinic' });
    expect(ok.ok).toBe(true);
  });
  afterEach(async () => {
    await store.close();
  });

  it.each(BROKEN)('with $what is refused with its place and reason, and writes nothing', async ({ files, says }) => {
    const ws = await getWorkspace(store, 'Clinic');
    const before = await loadRecords(store, ws.id);
    // Good rows alongside the bad one: none of them may be written either.
    const dir = handMadeBundle({ 'ties.csv': 'a,b,sides,observed_on\np1,p4,social,2024-06-01\n', ...files });
    const result = await importBundle(store, { dir, workspace: 'Clinic' });
    expect(result.errors.map((e) => renderBundleError(e))).toEqual(says);
    expect(result).toMatchObject({ ok: false, written: false, errorCount: says.length });
    expect(await loadRecords(store, ws.id)).toEqual(before);

    const elsewhere = await importBundle(store, { dir, workspace: 'Never made' });
    expect(elsewhere.ok).toBe(false);
    expect(await findWorkspace(store, 'Never made')).toBeNull();
  });

  it('reports every problem of a bundle at once, across files', async () => {
    const dir = handMadeBundle(Object.assign({}, ...BROKEN.slice(1).map((b) => b.files)) as Record<string, string>);
    const result = await importBundle(store, { dir, workspace: 'Clinic' });
    expect(result.errorCount).toBeGreaterThanOrEqual(4);
    expect(await countRecords(store, (await getWorkspace(store, 'Clinic')).id)).toMatchObject({ people: 6 });
  });
});

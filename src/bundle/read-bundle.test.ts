import { describe, expect, it } from 'vitest';
import { RECORD_SCHEMAS } from '../../test/support/arbitrary-records.js';
import { personSchema } from '../core/records.js';
import { renderBundleError } from './bundle-errors.js';
import { BUNDLE_FILES, FILE_OF } from './bundle-files.js';
import { checkReferences } from './check-references.js';
import { readBundle } from './read-bundle.js';

const files = (texts: Record<string, string>) =>
  new Map(Object.entries(texts).map(([name, text]) => [name, new TextEncoder().encode(text)]));

async function problems(texts: Record<string, string>): Promise<string[]> {
  const read = await readBundle(files(texts));
  const refs = await checkReferences(read);
  return [...read.errors, ...refs.errors].map((e) => renderBundleError(e));
}

const PEOPLE = 'id,name\np1,Ana\np2,Ben\np3,Chen\n';
const MANIFEST = JSON.stringify({ format: 'sunspace-bundle', version: 1, formulaEscaped: true });

describe('reading a bundle', () => {
  it('reads optional columns as their defaults when absent or empty', async () => {
    const read = await readBundle(files({ 'people.csv': 'id,name,stance\np1,Ana,\n' }));
    expect(read.errors).toEqual([]);
    expect(read.records.people).toEqual([personSchema.parse({ id: 'p1', name: 'Ana' })]);
  });

  it('refuses a column it does not know, naming it and the known ones, so nothing stray is imported', async () => {
    expect(await problems({ 'people.csv': 'id,name,ssn\np1,Ana,123-45-6789\n' })).toEqual([
      'people.csv:1:9: unknown column "ssn": only known columns are imported, nothing else is kept; the known columns are id, name, circle, unit, role, started_on, left_on, language, stance, contact',
    ]);
  });

  it('says which required column is missing', async () => {
    expect(await problems({ 'grievances.csv': 'id,unit\ng1,Clinic\n' })).toEqual([
      'grievances.csv:1:1: the required column "title" is missing',
    ]);
  });

  it('places bad dates, unknown values, bad ids and bad unit paths at their cells', async () => {
    expect(
      await problems({
        'people.csv': 'id,name,circle,started_on,unit\np1,Ana,planet,2023-02-29,Clinic//Nights\np;2,Ben,sun,,\n',
      }),
    ).toEqual([
      'people.csv:2:8: "planet" is not a value of circle; use one of sun, moon, satellite',
      'people.csv:2:15: "2023-02-29" is not a date; write YYYY-MM-DD, for example 2024-03-14',
      'people.csv:2:26: "Clinic//Nights" is not a unit path: each part of a unit path (between "/") must be non-empty, without spaces at either end',
      'people.csv:3:1: "p;2" is not a usable id: an id cannot contain ";" or ":" or control characters, nor start or end with a space',
    ]);
  });

  it('names the first line of a repeated id or tie observation', async () => {
    expect(
      await problems({
        'people.csv': `${PEOPLE}p2,Bea\n`,
        'ties.csv': 'a,b,sides,observed_on\np1,p2,social,2024-01-01\np1,p2,political,2024-01-01\n',
      }),
    ).toEqual([
      'people.csv:5:1: the id "p2" is used again; it was first used on line 3',
      'ties.csv:3:1: the same tie observation (a, b, observed_on, observed_by) is given again; it was first given on line 2',
    ]);
  });

  it('refuses a tie of a person with themselves and an ask with no date and no interaction', async () => {
    expect(
      await problems({
        'people.csv': PEOPLE,
        'ties.csv': 'a,b,sides,observed_on\np1,p1,social,2024-01-01\n',
        'asks.csv': 'id,by,to,what,response,occurred_on\na1,p1,p2,Come along,yes,\n',
      }),
    ).toEqual([
      'ties.csv:2:4: a tie joins two different people, but a and b are both "p1"',
      'asks.csv:2:25: an ask needs occurred_on or an interaction',
    ]);
  });

  it('names people, grievances and interactions that are neither in the bundle nor in the workspace', async () => {
    expect(
      await problems({
        'people.csv': PEOPLE,
        'interactions.csv': 'id,occurred_on,participants,kind,grievances\ni1,2024-01-01,"p1;\np9",chat,g1\n',
        'asks.csv': 'id,interaction,by,to,what,response\na1,i2,p1,p2,Sign,yes\n',
      }),
    ).toEqual([
      'interactions.csv:2:15: unknown person "p9": not in people.csv nor in the workspace',
      'interactions.csv:3:10: unknown grievance "g1": not in grievances.csv nor in the workspace',
      'asks.csv:2:4: unknown interaction "i2": not in interactions.csv nor in the workspace',
    ]);
  });

  it('resolves references to records already stored in the workspace', async () => {
    const read = await readBundle(files({ 'committees.csv': 'id,name,members\nc1,Nights,p1;p2\n' }));
    expect((await checkReferences(read, { people: new Set(['p1']) })).errors.map((e) => renderBundleError(e))).toEqual([
      'committees.csv:2:11: unknown person "p2": not in people.csv nor in the workspace',
    ]);
    expect((await checkReferences(read, { people: new Set(['p1', 'p2']) })).errorCount).toBe(0);
  });

  it('reads raised_by as plain people (the cross product), as person:grievance items, or empty (unnamed)', async () => {
    const read = await readBundle(
      files({
        'people.csv': PEOPLE,
        'grievances.csv': 'id,title\ng1,Nights\ng2,Lockers\n',
        'interactions.csv': [
          'id,occurred_on,participants,kind,grievances,raised_by',
          'i1,2024-01-01,p1;p2;p3,meeting,g1;g2,p2;p1',
          'i2,2024-01-01,p1;p2;p3,meeting,g1;g2,p3:g2;p1:g2',
          'i3,2024-01-01,p1;p2,chat,g2,',
        ].join('\n'),
      }),
    );
    expect(read.errors).toEqual([]);
    expect(read.records.interactions!.map((i) => i.raised)).toEqual([
      [
        { grievance: 'g1', by: 'p2' },
        { grievance: 'g1', by: 'p1' },
        { grievance: 'g2', by: 'p2' },
        { grievance: 'g2', by: 'p1' },
      ],
      [
        { grievance: 'g1', by: null },
        { grievance: 'g2', by: 'p3' },
        { grievance: 'g2', by: 'p1' },
      ],
      [{ grievance: 'g2', by: null }],
    ]);
  });

  it('refuses raised_by that mixes forms, names a non-participant, or a grievance not listed', async () => {
    expect(
      await problems({
        'people.csv': PEOPLE,
        'grievances.csv': 'id,title\ng1,Nights\ng2,Lockers\n',
        'interactions.csv': [
          'id,occurred_on,participants,kind,grievances,raised_by',
          'i1,2024-01-01,p1;p2,chat,g1,p1;p2:g1',
          'i2,2024-01-01,p1;p2,chat,g1,p3',
          'i3,2024-01-01,p1;p2,chat,g1,p1:g2',
          'i4,2024-01-01,p1;p2,chat,,p1',
        ].join('\n'),
      }),
    ).toEqual([
      'interactions.csv:2:29: raised_by mixes person:grievance items with plain person ids; use one form or the other',
      'interactions.csv:3:29: "p3" raised a grievance here but is not among the participants',
      'interactions.csv:4:29: "p1:g2" names the grievance "g2", which is not in grievances',
      'interactions.csv:5:27: raised_by names who raised grievances, but grievances is empty',
    ]);
  });

  it('refuses an interaction with fewer than two people, or a person listed twice', async () => {
    expect(
      await problems({
        'people.csv': PEOPLE,
        'interactions.csv': 'id,occurred_on,participants,kind\ni1,2024-01-01,p1,chat\ni2,2024-01-01,p1; p2 ;p1,chat\n',
      }),
    ).toEqual([
      'interactions.csv:2:15: participants needs at least 2 items',
      'interactions.csv:3:15: "p1" is listed twice in participants',
    ]);
  });

  it("drops the leading ' of free text only when the manifest says the export escaped formulas", async () => {
    const text = { 'people.csv': "id,name,role\np'1,'=SUM(A1),'''quoted\n" };
    const escaped = await readBundle(files({ ...text, 'manifest.json': MANIFEST }));
    expect(escaped.records.people?.[0]).toMatchObject({ id: "p'1", name: '=SUM(A1)', role: "''quoted" });
    const handMade = await readBundle(files(text));
    expect(handMade.records.people?.[0]).toMatchObject({ id: "p'1", name: "'=SUM(A1)", role: "'''quoted" });
  });

  it('refuses a manifest that is not ours or is of a newer version', async () => {
    expect(await problems({ 'people.csv': PEOPLE, 'manifest.json': '{"format": "x", "version": 1}' })).toEqual([
      'manifest.json:1:1: not a Sunspace bundle manifest: "format" must be "sunspace-bundle"',
    ]);
    expect(
      await problems({ 'people.csv': PEOPLE, 'manifest.json': '{"format": "sunspace-bundle", "version": 2}' }),
    ).toEqual(['manifest.json:1:1: this bundle is version 2; this Sunspace reads versions up to 1']);
    // Where V8 says where JSON went wrong (newer versions do), the error is placed there.
    expect((await problems({ 'people.csv': PEOPLE, 'manifest.json': '{\n  "format": ,\n}' }))[0]).toMatch(
      /^manifest\.json:(1:1|2:13): not a Sunspace bundle manifest: /,
    );
  });

  it('refuses CSV files it does not know, and empty files', async () => {
    expect(await problems({ 'people.csv': PEOPLE, 'peple.csv': 'id\n', 'spaces.csv': '' })).toEqual([
      'peple.csv:1:1: not a file of the bundle; its files are people.csv, spaces.csv, grievances.csv, interactions.csv, ties.csv, asks.csv, actions.csv, committees.csv, mandates.csv, moon_sessions.csv, votes.csv, satellite_effects.csv, picket_shifts.csv, mutual_aid.csv',
      'spaces.csv:1:1: the file is empty; its first line must name the columns: id, name, kind, unit',
    ]);
  });

  it('refuses free text longer than the schema allows, and NUL characters', async () => {
    expect(await problems({ 'people.csv': `id,name,language\np1,${'x'.repeat(201)},\np2,Ben,e\0n\n` })).toEqual([
      'people.csv:2:4: name is at most 200 characters',
      'people.csv:3:8: language holds a NUL character, which cannot be stored',
    ]);
  });

  it('lists at most the error limit and counts the rest', async () => {
    const rows = Array.from({ length: 500 }, (_, i) => `p${i},Name,blue`).join('\n');
    const read = await readBundle(files({ 'people.csv': `id,name,circle\n${rows}\n` }), { errorLimit: 200 });
    expect(read.errors).toHaveLength(200);
    expect(read.errorCount).toBe(500);
  });
});

describe('the bundle files', () => {
  it('give every field of every record a column, so an export leaves nothing out', () => {
    for (const spec of BUNDLE_FILES) {
      const filled = new Set<string>(spec.columns.flatMap((c) => (c.field === null ? [] : [c.field])));
      if (spec.kind === 'interactions') filled.add('raised'); // grievances + raised_by
      expect([...filled].sort(), spec.file).toEqual(Object.keys(RECORD_SCHEMAS[spec.kind].shape).sort());
    }
  });

  it('are listed by kind, one file each', () => {
    for (const spec of BUNDLE_FILES) expect(FILE_OF[spec.kind]).toBe(spec);
    expect(new Set(BUNDLE_FILES.map((f) => f.file)).size).toBe(BUNDLE_FILES.length);
  });
});

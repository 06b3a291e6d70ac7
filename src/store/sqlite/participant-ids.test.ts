/**
 * Migration 0008's `participant_ids` (each interaction's participants in one text, read by the model feed) is
 * written by triggers from interaction_participants, the record of who took part: it must follow it through
 * every way the store changes who took part.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTempSqlite } from '../../../test/support/engines.js';
import { participantIdsOutOfStep } from '../../../test/support/participant-ids.js';
import { analyzeRecords } from '../../core/model/analysis.js';
import { interactionSchema, personSchema, type Interaction, type Person } from '../../core/records.js';
import { generateDemo } from '../../demo/demo.js';
import { analyzeWorkspace } from '../analysis.store.js';
import { inTransaction } from '../database.js';
import { mergePeople } from '../people-merge.store.js';
import { loadRecords, writeRecords } from '../records.store.js';
import type { Store } from '../store.js';
import { createWorkspace } from '../workspaces.store.js';

const END = '2025-06-30';

const person = (id: string): Person => personSchema.parse({ id, name: `Person ${id}` });

const meeting = (id: string, participants: string[]): Interaction =>
  interactionSchema.parse({
    id,
    occurredOn: '2025-06-01',
    kind: 'one_on_one',
    participants,
    initiatedBy: participants[0],
  });

describe("an interaction's participant_ids", () => {
  let store: Store;
  let ws: number;
  beforeEach(async () => {
    store = await openTempSqlite();
    ws = (await createWorkspace(store, 'Demo')).id;
  });
  afterEach(() => store.close());

  const stored = (id: string) =>
    store
      .sqlite!.prepare('SELECT participant_ids FROM interactions WHERE workspace_id = ? AND id = ?')
      .pluck()
      .get(ws, id);
  const wrong = () => participantIdsOutOfStep(store.sqlite!);

  it('sorts them as SQLite does, by code point, also when the store gives them itself', async () => {
    // U+FF21 (fullwidth A) sorts before U+1F600 by code point, after it in UTF-16 code units
    const ids = ['p-\u{1F600}', 'p-\uFF21', 'p-ä', 'p-z'];
    await inTransaction(store, (tx) =>
      writeRecords(tx, ws, { people: ids.map(person), interactions: [meeting('i-1', ids)] }),
    );
    expect(stored('i-1')).toBe('p-z;p-ä;p-\uFF21;p-\u{1F600}');
    expect(wrong()).toBe(0);
  });

  it('follows its participants through an import, a correction, a merge and a removal', async () => {
    const people = ['p-c', 'p-a', 'p-b', 'p-d', 'p-e'].map(person);
    await inTransaction(store, (tx) =>
      writeRecords(tx, ws, {
        people,
        interactions: [
          meeting('i-1', ['p-c', 'p-a', 'p-b']),
          meeting('i-2', ['p-e', 'p-b']),
          meeting('i-3', ['p-d', 'p-e', 'p-c']),
          meeting('i-4', ['p-e', 'p-c']),
        ],
      }),
    );
    // sorted by id, whatever the order they were written in
    expect([stored('i-1'), stored('i-2'), stored('i-3'), stored('i-4')]).toEqual([
      'p-a;p-b;p-c',
      'p-b;p-e',
      'p-c;p-d;p-e',
      'p-c;p-e',
    ]);

    // the same interaction imported again with other participants
    await inTransaction(store, (tx) => writeRecords(tx, ws, { interactions: [meeting('i-1', ['p-d', 'p-a'])] }));
    expect(stored('i-1')).toBe('p-a;p-d');

    // p-e merged into p-d: in i-3 they were both there (one row left), in i-2 p-e alone
    await mergePeople(store, ws, 'p-e', 'p-d');
    expect([stored('i-2'), stored('i-3')]).toEqual(['p-b;p-d', 'p-c;p-d']);

    // a participant's row removed, and an interaction removed with its participants
    store
      .sqlite!.prepare("DELETE FROM interaction_participants WHERE interaction_id = 'i-2' AND person_id = 'p-b'")
      .run();
    store.sqlite!.prepare("DELETE FROM interactions WHERE id = 'i-3'").run();
    expect(stored('i-2')).toBe('p-d');
    expect(stored('i-3')).toBeUndefined();
    expect(wrong()).toBe(0);
  });

  it('is what the analysis reads: after a merge it gives the stored records’ own figures', async () => {
    const demo = generateDemo({ endDate: END, people: 120 });
    await inTransaction(store, (tx) => writeRecords(tx, ws, demo));
    // two people who were in a meeting together, and never alone together (which a merge refuses)
    const alone = (x: string, y: string) =>
      demo.interactions.some(
        (i) => i.participants.length === 2 && i.participants.includes(x) && i.participants.includes(y),
      );
    const shared = demo.interactions.find(
      (i) => i.participants.length > 2 && !alone(i.participants[0]!, i.participants[1]!),
    )!;
    const [from, into] = shared.participants;
    await mergePeople(store, ws, from!, into!);
    expect(wrong()).toBe(0);
    const records = await loadRecords(store, ws);
    expect(records.interactions.some((i) => i.participants.includes(from!))).toBe(false);
    const fromStore = await analyzeWorkspace(store, ws, { asOf: END });
    const inMemory = analyzeRecords(records, { asOf: END });
    expect(fromStore.ties).toEqual(inMemory.ties);
    expect(fromStore.units).toEqual(inMemory.units);
    expect(fromStore.careSignals).toEqual(inMemory.careSignals);
  });
});

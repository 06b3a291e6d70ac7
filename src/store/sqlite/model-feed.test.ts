import { afterEach, describe, expect, it } from 'vitest';
import { openTempSqlite } from '../../../test/support/engines.js';
import { analyzeRecords } from '../../core/model/analysis.js';
import { generateDemo } from '../../demo/demo.js';
import { analyzeWorkspace } from '../analysis.store.js';
import { inTransaction } from '../database.js';
import { writeRecords } from '../records.store.js';
import type { Store } from '../store.js';
import { createWorkspace } from '../workspaces.store.js';

const END = '2025-06-30';
const demo = generateDemo({ endDate: END });

describe("the SQLite model feed's second way to read a page", () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('reads a page whose links do not match it row by row, and gives the same figures and power map', async () => {
    store = await openTempSqlite();
    const ws = await createWorkspace(store, 'Demo');
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, demo));
    const raw = store.sqlite!;
    // A participant of an interaction that is not there (as if another process had written it between the two
    // reads of a page): the page's participants then match none of its interactions in order.
    const ids = demo.interactions.map((i) => i.id).sort();
    const missing = `${ids[Math.floor(ids.length / 2)]}~`;
    raw.pragma('foreign_keys = OFF');
    raw
      .prepare(
        'INSERT INTO interaction_participants (workspace_id, interaction_id, ord, person_id) VALUES (?, ?, 0, ?)',
      )
      .run(ws.id, missing, demo.people[0]!.id);
    raw.pragma('foreign_keys = ON');
    const fromStore = await analyzeWorkspace(store, ws.id, { asOf: END });
    expect(fromStore.power?.sunSpaces.length).toBeGreaterThan(0);
    expect(fromStore.power?.captureRisk.length).toBeGreaterThan(0);
    const inMemory = analyzeRecords(demo, { asOf: END });
    expect(fromStore.power).toEqual(inMemory.power);
    expect(fromStore.strike).toEqual(inMemory.strike);
    expect(fromStore.units).toEqual(inMemory.units);
    expect(fromStore.ties).toEqual(inMemory.ties);
    expect(fromStore.careSignals).toEqual(inMemory.careSignals);
  });
});

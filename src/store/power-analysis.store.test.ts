import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import { analyzeRecords } from '../core/model/analysis.js';
import { generateDemo } from '../demo/demo.js';
import { analyzeWorkspace } from './analysis.store.js';
import { inTransaction } from './database.js';
import { writeRecords } from './records.store.js';
import type { Store } from './store.js';
import { createWorkspace } from './workspaces.store.js';

const END = '2025-06-30';
const demo = generateDemo({ endDate: END });

describe.each(ENGINES)('the power map over the $engine store', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('streamed from the store, gives the power map of the records in memory, on any day', async () => {
    store = await open();
    const ws = await createWorkspace(store, 'Demo');
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, demo));
    for (const asOf of [END, '2025-03-15']) {
      const fromStore = await analyzeWorkspace(store, ws.id, { asOf });
      const inMemory = analyzeRecords(demo, { asOf });
      expect(fromStore.power).toEqual(inMemory.power);
      expect(fromStore.strike).toEqual(inMemory.strike);
    }
  });
});

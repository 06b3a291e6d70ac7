import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle } from '../../src/bundle/export-bundle.js';
import { importBundle } from '../../src/bundle/import-bundle.js';
import { readBundle } from '../../src/bundle/read-bundle.js';
import { RECORD_KINDS } from '../../src/core/records.js';
import { loadRecords } from '../../src/store/records.store.js';
import type { Store } from '../../src/store/store.js';
import { getWorkspace } from '../../src/store/workspaces.store.js';
import { arbitraryRecords, RECORD_SCHEMAS, sortedRecords } from '../support/arbitrary-records.js';
import { bundleOf, removeTempDirs, tempDir } from '../support/bundle-dirs.js';
import { ENGINES } from '../support/engines.js';

afterAll(removeTempDirs);

describe.each(ENGINES)('any valid records on $engine', ({ open }) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  });
  afterAll(async () => {
    await store.close();
  });

  it('come back unchanged through bundle, import, export and reading the export', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryRecords, async (records) => {
        const workspace = `Property ${run++}`;
        const imported = await importBundle(store, { dir: await bundleOf(records), workspace });
        expect(imported.errors).toEqual([]);
        const stored = await loadRecords(store, (await getWorkspace(store, workspace)).id);
        expect(sortedRecords(stored)).toEqual(sortedRecords(records));

        const exported = tempDir();
        await exportBundle(store, { workspace, dir: exported });
        const back = await readBundle(exported);
        expect(back.errors).toEqual([]);
        expect(sortedRecords(back.records)).toEqual(sortedRecords(records));
        // What the bundle reads is what the domain schemas accept, unchanged.
        for (const kind of RECORD_KINDS) {
          for (const record of back.records[kind] ?? []) expect(RECORD_SCHEMAS[kind].parse(record)).toEqual(record);
        }
      }),
      { numRuns: 40 },
    );
  });
});

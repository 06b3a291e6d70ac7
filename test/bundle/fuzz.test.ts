/**
 * Malformed bundles, made at random: whatever the bytes, an import never throws, every problem it reports
 * is placed at a file, line and column with a reason, and a refused import writes nothing.
 */
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleError } from '../../src/bundle/bundle-errors.js';
import { BUNDLE_FILES } from '../../src/bundle/bundle-files.js';
import { checkReferences } from '../../src/bundle/check-references.js';
import { importBundleFromFiles } from '../../src/bundle/import-bundle.js';
import { readBundle } from '../../src/bundle/read-bundle.js';
import { loadRecords } from '../../src/store/records.store.js';
import type { Store } from '../../src/store/store.js';
import { getWorkspace } from '../../src/store/workspaces.store.js';
import { bundleOf, removeTempDirs } from '../support/bundle-dirs.js';
import { ENGINES } from '../support/engines.js';
import { smallWorkplace } from '../support/small-workplace.js';

afterAll(removeTempDirs);

const FILE_NAMES = new Set([...BUNDLE_FILES.map((f) => f.file), 'manifest.json']);

function expectPlaced(errors: readonly BundleError[]) {
  for (const e of errors) {
    expect(FILE_NAMES.has(e.file) || e.file.endsWith('.csv'), e.file).toBe(true);
    expect(e.line).toBeGreaterThanOrEqual(1);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(e.message.length).toBeGreaterThan(0);
  }
}

/** Cells good and bad, for rows of people.csv and interactions.csv. */
const cell = fc.oneof(
  fc.constantFrom('p1', 'p2', 'p9', 'i1', 'g1', 'sun', 'chat', 'blue', '2024-01-01', '2024-13-40', 'p1;p2', 'p1;;p2'),
  fc.constantFrom('p1:g1', 'p1:', ':g1', 'a:b:c', '', ' ', '"', '""', '"x"y', '=cmd()', "'", '\r', 'true', '4'),
  fc.string({ unit: fc.constantFrom('a', ';', ':', ',', '"', '\n', '\r', ' ', '\0', 'é', '\u0007'), maxLength: 6 }),
);
const row = fc.array(cell, { minLength: 1, maxLength: 11 }).map((cells) => cells.join(','));
const rows = (n: number) => fc.array(row, { minLength: n, maxLength: n }).map((lines) => lines.join('\n'));

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'cut'; at: number; length: number }
  | { kind: 'truncate'; at: number };

/** Ways to break the bytes of a file: CSV's own characters, bytes that are not UTF-8, NUL, cuts. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.array(fc.constantFrom(0x22, 0x2c, 0x0a, 0x0d, 0x3b, 0x3a, 0x3d, 0x27, 0xff, 0xc3, 0xe2, 0x00), {
      minLength: 1,
      maxLength: 4,
    }),
  }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function mutate(bytes: Uint8Array, changes: readonly Mutation[]): Uint8Array {
  let out = [...bytes];
  for (const m of changes) {
    const at = m.at % (out.length + 1);
    if (m.kind === 'flip' && out.length > 0) out[Math.min(at, out.length - 1)] = m.byte;
    if (m.kind === 'insert') out.splice(at, 0, ...m.bytes);
    if (m.kind === 'cut') out.splice(at, m.length);
    if (m.kind === 'truncate') out = out.slice(0, at);
  }
  return Uint8Array.from(out);
}

let good: Map<string, Uint8Array>;
beforeAll(async () => {
  const dir = await bundleOf(smallWorkplace());
  good = new Map(fs.readdirSync(dir).map((name) => [name, new Uint8Array(fs.readFileSync(path.join(dir, name)))]));
});

describe('fuzzing the bundle reader', () => {
  it('thousands of random rows: no exception, every problem placed at file:line:column', async () => {
    await fc.assert(
      fc.asyncProperty(rows(60), rows(60), async (people, interactions) => {
        const files = new Map([
          ['people.csv', new TextEncoder().encode(`id,name,circle,started_on,unit\n${people}`)],
          [
            'interactions.csv',
            new TextEncoder().encode(`id,occurred_on,participants,kind,grievances,raised_by,notes\n${interactions}`),
          ],
        ]);
        const read = await readBundle(files);
        const refs = await checkReferences(read);
        expectPlaced(read.errors);
        expectPlaced(refs.errors);
        expect(read.errors.length).toBeLessThanOrEqual(200);
        expect(read.errorCount).toBeGreaterThanOrEqual(read.errors.length);
      }),
      { numRuns: 150 },
    );
  });

  it('a file of three thousand bad rows lists 200 problems and counts the rest', async () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) => `p${i},Name ${i},${i % 2 ? 'planet' : 'sun'},${i % 3 ? '2024-02-30' : ''}`,
    );
    const read = await readBundle(
      new Map([['people.csv', new TextEncoder().encode(`id,name,circle,started_on\n${lines.join('\n')}`)]]),
    );
    expect(read.errors).toHaveLength(200);
    expect(read.errorCount).toBe(1500 + 2000); // odd rows' circle, and two rows in three's date
    expectPlaced(read.errors);
  });
});

describe.each(ENGINES)('fuzzing imports on $engine', ({ engine, open }) => {
  let store: Store;
  let workspace = '';
  let before: Awaited<ReturnType<typeof loadRecords>>;
  let fresh = 0;
  /** A workspace holding the small workplace, to import broken bundles into. */
  async function freshWorkspace() {
    workspace = `Clinic ${fresh++}`;
    expect((await importBundleFromFiles(store, { files: good, workspace })).ok).toBe(true);
    before = await loadRecords(store, (await getWorkspace(store, workspace)).id);
  }
  beforeAll(async () => {
    store = await open();
    await freshWorkspace();
  });
  afterAll(async () => {
    await store.close();
  });

  it('byte-mutated bundles never throw, and a refused one changes nothing', async () => {
    const names = [...good.keys()];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        async (name, changes) => {
          const files = new Map(good);
          files.set(name, mutate(good.get(name)!, changes));
          const result = await importBundleFromFiles(store, { files, workspace });
          expectPlaced(result.errors);
          if (result.ok) {
            // Harmless (a changed note, say), and written: carry on in a workspace as it was.
            await freshWorkspace();
            return;
          }
          expect(result.written).toBe(false);
          expect(await loadRecords(store, (await getWorkspace(store, workspace)).id)).toEqual(before);
        },
      ),
      { numRuns: engine === 'sqlite' ? 300 : 100 },
    );
  });
});

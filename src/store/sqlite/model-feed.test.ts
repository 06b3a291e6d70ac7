import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openTempSqlite } from '../../../test/support/engines.js';
import { analyzeRecords } from '../../core/model/analysis.js';
import type { AnalysisReport } from '../../core/model/report.js';
import type { WorkspaceRecords } from '../../core/records.js';
import { generateDemo } from '../../demo/demo.js';
import { analyzeWorkspace } from '../analysis.store.js';
import { inTransaction } from '../database.js';
import { writeRecords } from '../records.store.js';
import type { Store } from '../store.js';
import { createWorkspace } from '../workspaces.store.js';
import { openSqlite } from './open-sqlite.js';
import { readAheadCounts, readAheadTuning, readerKeyIsRaw, rememberOpening } from './read-ahead.js';

const END = '2025-06-30';

/** A fresh store in a temporary folder, its file encrypted with a passphrase; removed on close. */
async function openWithPassphrase(): Promise<Store> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-feed-'));
  const store = await openSqlite({
    file: path.join(dir, 'feed.db'),
    key: { kind: 'passphrase', passphrase: "a passphrase with a quote ' and an ü" },
  });
  return {
    ...store,
    close: async () => {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The figures of the store's report are the records' own, the power map's included. */
function expectSameFigures(fromStore: AnalysisReport, inMemory: AnalysisReport): void {
  expect(fromStore.power?.sunSpaces.length).toBeGreaterThan(0);
  expect(fromStore.power?.captureRisk.length).toBeGreaterThan(0);
  expect(fromStore.power).toEqual(inMemory.power);
  expect(fromStore.strike).toEqual(inMemory.strike);
  expect(fromStore.units).toEqual(inMemory.units);
  expect(fromStore.ties).toEqual(inMemory.ties);
  expect(fromStore.groups).toEqual(inMemory.groups);
  expect(fromStore.careSignals).toEqual(inMemory.careSignals);
}

async function storeWith(
  records: WorkspaceRecords,
  open: () => Promise<Store> = openTempSqlite,
): Promise<{ store: Store; ws: number }> {
  const store = await open();
  const ws = await createWorkspace(store, 'Demo');
  await inTransaction(store, (tx) => writeRecords(tx, ws.id, records));
  return { store, ws: ws.id };
}

describe("the SQLite model feed's second way to read a page", () => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('reads a page whose raisings do not match it row by row, and gives the same figures and power map', async () => {
    const demo = generateDemo({ endDate: END });
    const opened = await storeWith(demo);
    store = opened.store;
    const raw = store.sqlite!;
    // A grievance raised in an interaction that is not there (as if another process had written it between the
    // two reads of a page): the page's raisings then match none of its interactions in order.
    const ids = demo.interactions.map((i) => i.id).sort();
    const missing = `${ids[Math.floor(ids.length / 2)]}~`;
    raw.pragma('foreign_keys = OFF');
    raw
      .prepare(
        'INSERT INTO grievance_raisings (workspace_id, interaction_id, grievance_id, ord, person_id) VALUES (?, ?, ?, 0, ?)',
      )
      .run(opened.ws, missing, demo.grievances[0]!.id, demo.people[0]!.id);
    raw.pragma('foreign_keys = ON');
    const before = raw.prepare('SELECT count(*) FROM grievance_raisings').pluck().get();
    expect(before).toBeGreaterThan(demo.interactions.filter((i) => i.raised.length > 0).length);
    expectSameFigures(await analyzeWorkspace(store, opened.ws, { asOf: END }), analyzeRecords(demo, { asOf: END }));
  });
});

// More interactions than one page (20,000): the pages after the first are read ahead by a worker thread.
describe('the SQLite model feed, many pages', () => {
  const demo = generateDemo({ endDate: END, people: 450, interactionsPerPerson: 110 });
  const inMemory = analyzeRecords(demo, { asOf: END });
  let store: Store;
  let ws: number;
  // opened with a passphrase: the worker opens the file with the raw key it was stretched into (sqlite-key.ts)
  beforeAll(async () => {
    ({ store, ws } = await storeWith(demo, openWithPassphrase));
  }, 120_000);
  afterAll(() => store.close());

  it('has pages enough to read ahead', () => {
    expect(demo.interactions.length).toBeGreaterThan(2 * 20_000);
  });

  it('gives the worker the raw key the passphrase was stretched into, which opens the file', async () => {
    await expect.poll(() => readerKeyIsRaw(store.sqlite!)).toBe(true);
    const before = { ...readAheadCounts };
    expectSameFigures(await analyzeWorkspace(store, ws, { asOf: END }), inMemory);
    expect(readAheadCounts.started).toBe(before.started + 1);
    expect(readAheadCounts.failed).toBe(before.failed);
  });

  it('read ahead by a worker, gives the figures of the records in memory', async () => {
    const before = { ...readAheadCounts };
    expectSameFigures(await analyzeWorkspace(store, ws, { asOf: END }), inMemory);
    expect(readAheadCounts.started).toBe(before.started + 1);
    expect(readAheadCounts.failed).toBe(before.failed);
  });

  // Which thread reads a page into numbers depends on which is ahead; each way must give the same figures.
  describe('whichever thread reads the pages into numbers', () => {
    const usual = readAheadTuning.parseWhenWaiting;
    afterEach(() => {
      readAheadTuning.parseWhenWaiting = usual;
    });
    const pages = Math.ceil(demo.interactions.length / 20_000);

    it('the worker, every page', async () => {
      readAheadTuning.parseWhenWaiting = 0;
      const before = { ...readAheadCounts };
      expectSameFigures(await analyzeWorkspace(store, ws, { asOf: END }), inMemory);
      expect(readAheadCounts.pagesParsed - before.pagesParsed).toBe(pages);
      expect(readAheadCounts.pagesAsText - before.pagesAsText).toBe(0);
    });

    it('this thread, every page given as text', async () => {
      readAheadTuning.parseWhenWaiting = Number.POSITIVE_INFINITY;
      const before = { ...readAheadCounts };
      expectSameFigures(await analyzeWorkspace(store, ws, { asOf: END }), inMemory);
      expect(readAheadCounts.pagesParsed - before.pagesParsed).toBe(0);
      expect(readAheadCounts.pagesAsText - before.pagesAsText).toBe(pages);
    });

    it('the worker, with a page whose raisings do not match it (read again with its raisings beside it)', async () => {
      readAheadTuning.parseWhenWaiting = 0;
      const raw = store.sqlite!;
      const ids = demo.interactions.map((i) => i.id).sort();
      const missing = `${ids[25_000]}~`;
      raw.pragma('foreign_keys = OFF');
      const insert = raw.prepare(
        'INSERT INTO grievance_raisings (workspace_id, interaction_id, grievance_id, ord, person_id) VALUES (?, ?, ?, 0, ?)',
      );
      insert.run(ws, missing, demo.grievances[0]!.id, demo.people[0]!.id);
      raw.pragma('foreign_keys = ON');
      try {
        const before = { ...readAheadCounts };
        expectSameFigures(await analyzeWorkspace(store, ws, { asOf: END }), inMemory);
        expect(readAheadCounts.pagesParsed - before.pagesParsed).toBe(pages);
        expect(readAheadCounts.failed).toBe(before.failed);
      } finally {
        raw.prepare('DELETE FROM grievance_raisings WHERE interaction_id = ?').run(missing);
      }
    });
  });

  it('inside a transaction, reads what the transaction wrote', async () => {
    const extra = {
      ...demo.interactions[0]!,
      id: 'zz-late',
      occurredOn: END,
      participants: [demo.people[0]!.id, demo.people[1]!.id],
      raised: [],
    };
    const withExtra = analyzeRecords({ ...demo, interactions: [...demo.interactions, extra] }, { asOf: END });
    await expect(
      inTransaction(store, async (tx) => {
        await writeRecords(tx, ws, { interactions: [extra] });
        const started = readAheadCounts.started;
        expectSameFigures(await analyzeWorkspace(tx, ws, { asOf: END }), withExtra);
        expect(readAheadCounts.started).toBe(started);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expectSameFigures(await analyzeWorkspace(store, ws, { asOf: END }), inMemory);
  });
  it('reads on its own connection when the worker cannot open the file', async () => {
    const raw = store.sqlite!;
    // (last: the store's own key is not known here to give back)
    rememberOpening(raw, store.location, { kind: 'raw', hex: '00'.repeat(32) });
    const before = { ...readAheadCounts };
    expectSameFigures(await analyzeWorkspace(store, ws, { asOf: END }), inMemory);
    expect(readAheadCounts.started).toBe(before.started + 1);
    expect(readAheadCounts.failed).toBe(before.failed + 1);
  });
});

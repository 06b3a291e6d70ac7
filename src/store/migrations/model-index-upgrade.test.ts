import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeRecords } from '../../core/model/analysis.js';
import { generateDemo } from '../../demo/demo.js';
import { analyzeWorkspace } from '../analysis.store.js';
import { inTransaction } from '../database.js';
import { writeRecords } from '../records.store.js';
import { openSqlite } from '../sqlite/open-sqlite.js';
import type { SqliteKey } from '../sqlite/sqlite-key.js';
import { createWorkspace } from '../workspaces.store.js';
import { participantIdsOutOfStep } from '../../../test/support/participant-ids.js';
import { INTERACTION_ROW } from './0010-interactions-model-rows.js';

const END = '2025-06-30';

describe('migrations 0007 to 0010 on a database made before them', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  it('give the model its covering indexes on the first open, and the analysis reads them', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-model-indexes-'));
    const file = path.join(dir, 'old.db');
    const key: SqliteKey = { kind: 'raw', hex: randomBytes(32).toString('hex') };
    const demo = generateDemo({ endDate: END });

    // A database as 0006 left it: interactions_model without space_id, no participant_ids nor its triggers, no
    // tie_observations_model, and none of 0007 to 0010 run.
    const toldNew: string[][] = [];
    let store = await openSqlite({ file, key, onUpgrade: (pending) => toldNew.push(pending) });
    // a new database is made, not upgraded: nothing to tell
    expect(toldNew).toEqual([]);
    const ws = await createWorkspace(store, 'Demo');
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, demo));
    const raw = store.sqlite!;
    raw.exec(`DROP INDEX interactions_model;
      DROP TRIGGER interaction_participant_added;
      DROP TRIGGER interaction_participant_removed;
      DROP TRIGGER interaction_participant_changed;
      ALTER TABLE interactions DROP COLUMN participant_ids;
      CREATE INDEX interactions_model ON interactions (workspace_id, id, occurred_on, kind, sides, initiated_by);
      DROP INDEX tie_observations_model;
      DROP INDEX tie_observations_b;
      CREATE INDEX tie_observations_b ON tie_observations (workspace_id, b);
      DELETE FROM sunspace_migrations
        WHERE name IN ('0007-interactions-model-space', '0008-interaction-participant-ids',
                       '0009-tie-observations-model', '0010-interactions-model-rows');`);
    const columns = (index = 'interactions_model') =>
      store.sqlite!.prepare(`SELECT name FROM pragma_index_info('${index}') ORDER BY seqno`).pluck().all();
    expect(columns()).not.toContain('space_id');
    expect(columns('tie_observations_model')).toEqual([]);
    await store.close();

    const told: string[][] = [];
    store = await openSqlite({ file, key, onUpgrade: (pending) => told.push(pending) });
    try {
      // told before they ran, once: what a server prints while a large database is upgraded
      expect(told).toEqual([
        [
          '0007-interactions-model-space',
          '0008-interaction-participant-ids',
          '0009-tie-observations-model',
          '0010-interactions-model-rows',
        ],
      ]);
      // the packed row (an expression: no name of its own) after the key
      expect(columns()).toEqual(['workspace_id', 'id', null]);
      const interactionsPlan = store
        .sqlite!.prepare(
          `EXPLAIN QUERY PLAN SELECT ${INTERACTION_ROW} FROM interactions INDEXED BY interactions_model
           WHERE workspace_id = 1 AND id > '' ORDER BY id`,
        )
        .all()
        .map((r) => (r as { detail: string }).detail)
        .join('; ');
      expect(interactionsPlan).toMatch(/USING COVERING INDEX interactions_model \(workspace_id=\? AND id>\?\)/);
      expect(columns('tie_observations_model')).toEqual([
        'workspace_id',
        'a',
        'b',
        'observed_on',
        'observed_by',
        'sides',
        'closeness',
        'directed',
      ]);
      expect(columns('tie_observations_b')).toEqual([
        'workspace_id',
        'b',
        'a',
        'observed_on',
        'observed_by',
        'sides',
        'closeness',
        'directed',
      ]);
      // one person's ties are looked up by either end, not read from every observation
      const plan = (where: string) =>
        store
          .sqlite!.prepare(`EXPLAIN QUERY PLAN SELECT * FROM tie_observations WHERE workspace_id = 1 AND ${where}`)
          .all()
          .map((r) => (r as { detail: string }).detail)
          .join('; ');
      expect(plan("a = 'x'")).toMatch(/USING COVERING INDEX tie_observations_model \(workspace_id=\? AND a=\?\)/);
      expect(plan("b = 'x' AND a <> 'x'")).toMatch(
        /USING COVERING INDEX tie_observations_b \(workspace_id=\? AND b=\?\)/,
      );
      // every interaction's participant_ids is its participants' ids, sorted
      const wrong = participantIdsOutOfStep(store.sqlite!);
      expect(wrong).toBe(0);
      expect(demo.interactions.filter((i) => i.participants.length > 1).length).toBeGreaterThan(100);
      const fromStore = await analyzeWorkspace(store, ws.id, { asOf: END });
      const inMemory = analyzeRecords(demo, { asOf: END });
      expect(fromStore.power?.sunSpaces.length).toBeGreaterThan(0);
      expect(fromStore.power).toEqual(inMemory.power);
      expect(fromStore.units).toEqual(inMemory.units);
      expect(fromStore.ties).toEqual(inMemory.ties);
    } finally {
      await store.close();
    }
  });
});

import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * SQLite only: a covering index of the tie observations in key order with every column the model reads, as
 * interactions_model is for the interactions (0005), so that the full analysis reads them front to back from
 * it alone (src/store/sqlite/model-feed.ts, feedTies). Through the primary key, each observation's sides,
 * closeness and direction were looked up in the table, a page here and there: at 10,000 people, 0.25 s of the
 * 0.4 s the ties took, on the analysis's own thread (docs/benchmarks.md). An upgraded database builds it once,
 * on its first open.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return;
  await db.schema
    .createIndex('tie_observations_model')
    .on('tie_observations')
    .columns(['workspace_id', 'a', 'b', 'observed_on', 'observed_by', 'sides', 'closeness', 'directed'])
    .execute();
}

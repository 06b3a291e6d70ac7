import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * SQLite only: the tie observations get covering indexes, as interactions_model is for the interactions (0005):
 * - tie_observations_model, in key order with every column the model reads, so that the full analysis reads
 *   them front to back from it alone (src/store/sqlite/model-feed.ts, feedTies). Through the primary key,
 *   each observation's sides, closeness and direction were looked up in the table, a page here and there: at
 *   10,000 people, 0.25 s of the 0.4 s the ties took, on the analysis's own thread (docs/benchmarks.md).
 * - tie_observations_b (0001: workspace_id, b) holds every column too. With a covering index of the whole
 *   table beside it, SQLite preferred scanning that over looking b up in a narrow index and the table: one
 *   person's ties (the person-figures route) went from milliseconds to a read of every observation, 75 ms at
 *   100,000 people. Covering, the b index is the cheaper way again, and cheaper than before.
 * An upgraded database builds them once, on its first open.
 */
const COLUMNS = ['sides', 'closeness', 'directed'];

export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return;
  await db.schema
    .createIndex('tie_observations_model')
    .on('tie_observations')
    .columns(['workspace_id', 'a', 'b', 'observed_on', 'observed_by', ...COLUMNS])
    .execute();
  await db.schema.dropIndex('tie_observations_b').execute();
  await db.schema
    .createIndex('tie_observations_b')
    .on('tie_observations')
    .columns(['workspace_id', 'b', 'a', 'observed_on', 'observed_by', ...COLUMNS])
    .execute();
}

import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * SQLite only: the covering index interactions_model (0005) gains space_id, so that the full analysis reads
 * where each interaction was held in the same pass as the rest (src/store/sqlite/model-feed.ts) and gives the
 * power map the interactions it needs on the way. Before, the power map read up to a third of a workspace's
 * interactions a second time, by id, which took longer than the whole model (docs/benchmarks.md). An upgraded
 * database builds the index again once, on its first open.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return;
  await db.schema.dropIndex('interactions_model').execute();
  await db.schema
    .createIndex('interactions_model')
    .on('interactions')
    .columns(['workspace_id', 'id', 'occurred_on', 'kind', 'sides', 'initiated_by', 'space_id'])
    .execute();
}

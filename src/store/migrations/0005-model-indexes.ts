import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * Indexes for the organizing model's reads (docs/model.md#scale, docs/benchmarks.md):
 * - asks_by: one person's figures read the asks made by them as well as those made to them (asks_to, 0001).
 * - interaction_participants_person_interaction replaces interaction_participants_person (workspace_id,
 *   person_id): with the interaction's id in it, one person's interactions are found in it alone. Without,
 *   SQLite preferred to scan the whole primary key, which holds the id, over the person index, which did not:
 *   hundreds of milliseconds for what should take one.
 * - interactions_model, SQLite only: the columns the model reads of every interaction, in id order, so that the
 *   full analysis reads them front to back from this index (src/store/sqlite/model-feed.ts) instead of jumping
 *   around the table, which, once a workspace outgrows SQLite's page cache, means reading and decrypting a
 *   page for nearly every interaction. PostgreSQL reads interactions another way and has no use for it.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema.createIndex('asks_by').on('asks').columns(['workspace_id', 'by_person']).execute();
  await db.schema
    .createIndex('interaction_participants_person_interaction')
    .on('interaction_participants')
    .columns(['workspace_id', 'person_id', 'interaction_id'])
    .execute();
  await db.schema.dropIndex('interaction_participants_person').execute();
  if (engine === 'sqlite') {
    await db.schema
      .createIndex('interactions_model')
      .on('interactions')
      .columns(['workspace_id', 'id', 'occurred_on', 'kind', 'sides', 'initiated_by'])
      .execute();
  }
}

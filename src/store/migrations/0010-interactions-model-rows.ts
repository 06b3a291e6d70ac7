import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * The packed row the full analysis reads of each interaction (src/store/sqlite/model-feed.ts): id, date, kind,
 * sides, who started it, where, and who took part, tab-separated. The index below holds it made, and the
 * analysis must ask for exactly this expression to be given it from there (SQLite matches an indexed
 * expression by its form), so both take it from here.
 */
export const INTERACTION_ROW = `id || char(9) || occurred_on || char(9) || kind || char(9) || sides || char(9) ||
  ifnull(initiated_by, '') || char(9) || ifnull(space_id, '') || char(9) || participant_ids`;

/**
 * SQLite only: interactions_model (0005, 0007, 0008) holds each interaction's packed row, made once when the
 * interaction is written, instead of its columns one by one. The full analysis read the columns and joined
 * them into a row for every interaction, every time: at a million interactions, 0.3 s of the 0.9 s its reader
 * spent in SQLite, a third of the work of the thread that reads ahead (docs/benchmarks.md). The index is no
 * larger: it holds the same text. The triggers of 0008 keep participant_ids, and SQLite the index, in step with
 * every write. An upgraded database builds the index again once, on its first open (docs/adr/0008).
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return;
  await db.schema.dropIndex('interactions_model').execute();
  await sql.raw(`CREATE INDEX interactions_model ON interactions (workspace_id, id, (${INTERACTION_ROW}))`).execute(db);
}

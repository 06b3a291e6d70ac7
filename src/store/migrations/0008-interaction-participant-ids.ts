import { sql, type Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * SQLite only: each interaction keeps, beside its own columns, the ids of its participants in one text
 * (`participant_ids`: sorted, `;`-separated, '' for none), and the covering index interactions_model (0005,
 * 0007) holds it, so that the full analysis reads an interaction and who took part in one row of one index
 * (src/store/sqlite/model-feed.ts). Before, it read the two million participant rows of a workspace of a million
 * interactions from their own table beside the interactions and matched them by id: as long again as reading
 * the interactions (docs/benchmarks.md).
 *
 * interaction_participants stays the record of who took part: every query, the PostgreSQL engine and the
 * bundle read it. The triggers below write `participant_ids` again from it whenever a row of it is added,
 * removed or changed (logging, correcting, importing, merging two people, removing an interaction), in the same
 * statement; so whatever writes the participants, the two agree. One shortcut: writing an interaction, the
 * store gives its participant_ids at once (src/store/records.store.ts), as the triggers would write them, and
 * a participant added who is already in them is not written again: an import then writes each interaction's
 * row once, not once per participant (which made a million interactions' import take twice as long). An
 * upgraded database fills the column and builds the index again once, on its first open (docs/adr/0007).
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return;
  await db.schema.dropIndex('interactions_model').execute();
  await sql`ALTER TABLE interactions ADD COLUMN participant_ids TEXT NOT NULL DEFAULT ''`.execute(db);
  await sql`
    UPDATE interactions SET participant_ids = p.ids
    FROM (SELECT workspace_id, interaction_id, group_concat(person_id, ';' ORDER BY person_id) AS ids
          FROM interaction_participants GROUP BY workspace_id, interaction_id) AS p
    WHERE interactions.workspace_id = p.workspace_id AND interactions.id = p.interaction_id`.execute(db);
  for (const trigger of participantIdsTriggers()) await sql.raw(trigger).execute(db);
  await db.schema
    .createIndex('interactions_model')
    .on('interactions')
    .columns(['workspace_id', 'id', 'occurred_on', 'kind', 'sides', 'initiated_by', 'space_id', 'participant_ids'])
    .execute();
}

/** `participant_ids` of the interaction (ws, id), written again from interaction_participants. */
const rewrite = (ws: string, id: string) => `
  UPDATE interactions SET participant_ids = (
    SELECT ifnull(group_concat(person_id, ';' ORDER BY person_id), '') FROM interaction_participants
    WHERE workspace_id = ${ws} AND interaction_id = ${id})
  WHERE workspace_id = ${ws} AND id = ${id};`;

function participantIdsTriggers(): string[] {
  return [
    `CREATE TRIGGER interaction_participant_added AFTER INSERT ON interaction_participants
    WHEN instr(';' || (SELECT participant_ids FROM interactions WHERE workspace_id = new.workspace_id
                       AND id = new.interaction_id) || ';', ';' || new.person_id || ';') = 0
    BEGIN
      ${rewrite('new.workspace_id', 'new.interaction_id')}
    END`,
    `CREATE TRIGGER interaction_participant_removed AFTER DELETE ON interaction_participants BEGIN
      ${rewrite('old.workspace_id', 'old.interaction_id')}
    END`,
    `CREATE TRIGGER interaction_participant_changed AFTER UPDATE ON interaction_participants BEGIN
      ${rewrite('old.workspace_id', 'old.interaction_id')}
      ${rewrite('new.workspace_id', 'new.interaction_id')}
    END`,
  ];
}

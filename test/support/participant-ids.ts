import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

/**
 * How many interactions of a SQLite database have a participant_ids (migration 0008) that is not their
 * participants' ids, sorted and ';'-separated: 0 when the triggers kept every one in step.
 */
export function participantIdsOutOfStep(raw: BetterSqlite3.Database): number {
  return raw
    .prepare(
      `SELECT count(*) FROM interactions i WHERE participant_ids IS NOT ifnull((SELECT group_concat(person_id, ';'
         ORDER BY person_id) FROM interaction_participants p WHERE p.workspace_id = i.workspace_id
         AND p.interaction_id = i.id), '')`,
    )
    .pluck()
    .get() as number;
}

import type { Viewer } from '../core/access.js';
import type { TieObservation } from '../core/records.js';
import { visiblePeopleIds } from './access-scope.js';
import { inTransaction, type Db } from './database.js';
import { writeRecords } from './records.store.js';
import { tieFromRow } from './ties.table.js';

/**
 * Tie observations between two people the viewer may see; an observer they may not see is left unnamed
 * (core: visibleRecords). With `person`: that person's relationships only, newest first; without: all, in
 * key order.
 */
export async function fetchVisibleTies(
  db: Db,
  ws: number,
  v: Viewer,
  q: { person?: string } = {},
): Promise<TieObservation[]> {
  const people = () => visiblePeopleIds(db, ws, v);
  const rows = await db.kysely
    .selectFrom('tie_observations')
    .select(['workspace_id', 'a', 'b', 'observed_on', 'sides', 'closeness', 'directed'])
    .select((eb) =>
      eb.case().when('observed_by', 'in', people()).then(eb.ref('observed_by')).else('').end().as('observed_by'),
    )
    .where('workspace_id', '=', ws)
    .where('a', 'in', people())
    .where('b', 'in', people())
    .$if(q.person !== undefined, (b) =>
      b.where((eb) => eb.or([eb('a', '=', q.person!), eb('b', '=', q.person!)])).orderBy('observed_on', 'desc'),
    )
    .orderBy('a')
    .orderBy('b')
    .orderBy('observed_on')
    .orderBy('tie_observations.observed_by')
    .execute();
  return rows.map(tieFromRow);
}

/** Record what someone knows of a relationship. The same pair, date and observer again updates it. */
export async function addTie(db: Db, ws: number, tie: TieObservation): Promise<void> {
  await inTransaction(db, (tx) => writeRecords(tx, ws, { ties: [tie] }));
}

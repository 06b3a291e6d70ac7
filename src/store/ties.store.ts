import type { Viewer } from '../core/access.js';
import type { TieObservation } from '../core/records.js';
import { personVisible, visiblePeopleIds } from './access-scope.js';
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
  // Joins rather than `a in (visible people) and b in (visible people)`, which SQLite answers by probing the
  // primary key once for every pair of visible people.
  const rows = await db.kysely
    .selectFrom('tie_observations')
    .innerJoin('people as pa', (j) =>
      j.onRef('pa.workspace_id', '=', 'tie_observations.workspace_id').onRef('pa.id', '=', 'tie_observations.a'),
    )
    .innerJoin('people as pb', (j) =>
      j.onRef('pb.workspace_id', '=', 'tie_observations.workspace_id').onRef('pb.id', '=', 'tie_observations.b'),
    )
    .select([
      'tie_observations.workspace_id',
      'tie_observations.a',
      'tie_observations.b',
      'tie_observations.observed_on',
      'tie_observations.sides',
      'tie_observations.closeness',
      'tie_observations.directed',
    ])
    .select((eb) =>
      eb
        .case()
        .when('tie_observations.observed_by', 'in', people())
        .then(eb.ref('tie_observations.observed_by'))
        .else('')
        .end()
        .as('observed_by'),
    )
    .where('tie_observations.workspace_id', '=', ws)
    .where(personVisible(v, 'pa'))
    .where(personVisible(v, 'pb'))
    .$if(q.person !== undefined, (b) =>
      b
        .where((eb) => eb.or([eb('tie_observations.a', '=', q.person!), eb('tie_observations.b', '=', q.person!)]))
        .orderBy('tie_observations.observed_on', 'desc'),
    )
    .orderBy('tie_observations.a')
    .orderBy('tie_observations.b')
    .orderBy('tie_observations.observed_on')
    .orderBy('tie_observations.observed_by')
    .execute();
  return rows.map(tieFromRow);
}

/** Record what someone knows of a relationship. The same pair, date and observer again updates it. */
export async function addTie(db: Db, ws: number, tie: TieObservation): Promise<void> {
  await inTransaction(db, (tx) => writeRecords(tx, ws, { ties: [tie] }));
}

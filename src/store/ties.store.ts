import type { Viewer } from '../core/access.js';
import type { TieObservation } from '../core/records.js';
import { sql, type SqlBool } from 'kysely';
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
  // Whether the observer may be named: for every observation of the workspace, against the visible people's
  // ids gathered once; for one person's few, by looking each observer up (gathering a hundred thousand ids
  // for twenty observations took longer than the rest).
  const lookedUp = sql<SqlBool>`exists (select 1 from people as po where po.workspace_id = tie_observations.workspace_id
    and po.id = tie_observations.observed_by and ${personVisible(v, 'po')})`;
  // Joins rather than `a in (visible people) and b in (visible people)`, which SQLite answers by probing the
  // primary key once for every pair of visible people.
  const visible = db.kysely
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
      // the key's last part, to order by; what is shown of the observer is the next column
      'tie_observations.observed_by as observer',
    ])
    .select((eb) =>
      eb
        .case()
        .when(q.person === undefined ? eb('tie_observations.observed_by', 'in', visiblePeopleIds(db, ws, v)) : lookedUp)
        .then(eb.ref('tie_observations.observed_by'))
        .else('')
        .end()
        .as('observed_by'),
    )
    .where('tie_observations.workspace_id', '=', ws)
    .where(personVisible(v, 'pa'))
    .where(personVisible(v, 'pb'));
  if (q.person === undefined) {
    const rows = await visible.orderBy('a').orderBy('b').orderBy('observed_on').orderBy('observer').execute();
    return rows.map(tieFromRow);
  }
  // One person's: looked up by each end through its own index, newest first. Asked as `a = ? or b = ?`, SQLite
  // read every observation of the workspace.
  const person = q.person;
  const rows = await visible
    .where('tie_observations.a', '=', person)
    .unionAll(visible.where('tie_observations.b', '=', person).where('tie_observations.a', '<>', person))
    .orderBy('observed_on', 'desc')
    .orderBy('a')
    .orderBy('b')
    .orderBy('observer')
    .execute();
  return rows.map(tieFromRow);
}

/** Record what someone knows of a relationship. The same pair, date and observer again updates it. */
export async function addTie(db: Db, ws: number, tie: TieObservation): Promise<void> {
  await inTransaction(db, (tx) => writeRecords(tx, ws, { ties: [tie] }));
}

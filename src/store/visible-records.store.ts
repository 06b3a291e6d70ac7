import type { Viewer } from '../core/access.js';
import type { WorkspaceRecords } from '../core/records.js';
import { actionFromRow } from './actions.table.js';
import { fetchVisibleAsks } from './asks.store.js';
import {
  concernsViewer,
  keptIf,
  personVisible,
  visibleGrievanceIds,
  visiblePeopleIds,
  visibleSpaceIds,
} from './access-scope.js';
import { committeeFromRow } from './committees.table.js';
import type { Db } from './database.js';
import { grievanceFromRow } from './grievances.table.js';
import { fetchVisibleInteractions } from './interactions.store.js';
import { personFromRow } from './people.table.js';
import { loadVisiblePowerRecords } from './power-records.store.js';
import { groupBy } from './records.store.js';
import { listSpaces } from './spaces.store.js';
import { fetchVisibleTies } from './ties.store.js';

/**
 * Everything of a workspace this viewer may see, filtered by the database with the conditions of
 * access-scope.ts: what core's `visibleRecords` gives from all the records, without the hidden ones ever
 * being read. Records come in id order, lists in their stored order. For exports and analyses of what one
 * person may see; the whole visible workspace is held in memory.
 */
export async function loadVisibleRecords(db: Db, ws: number, v: Viewer): Promise<WorkspaceRecords> {
  const k = db.kysely;
  const peopleRows = await k
    .selectFrom('people')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where(personVisible(v))
    .orderBy('id')
    .execute();
  const grievanceRows = await k
    .selectFrom('grievances')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where(concernsViewer(v, 'grievances.unit_path'))
    .orderBy('id')
    .execute();

  const interactionList = await fetchVisibleInteractions(db, ws, v, { order: 'id' });
  const ties = await fetchVisibleTies(db, ws, v);
  const asks = await fetchVisibleAsks(db, ws, v);

  return {
    people: peopleRows.map((r) => personFromRow(db.seal, r)),
    ties,
    interactions: interactionList.map(({ loggedBy: _, ...i }) => i),
    grievances: grievanceRows.map((r) => grievanceFromRow(db.seal, r)),
    asks: asks.map(({ on: _, ...a }) => a),
    spaces: await listSpaces(db, ws, v),
    ...(await visibleActionsAndCommittees(db, ws, v)),
    ...(await loadVisiblePowerRecords(db, ws, v)),
  };
}

async function visibleActionsAndCommittees(
  db: Db,
  ws: number,
  v: Viewer,
): Promise<Pick<WorkspaceRecords, 'actions' | 'committees'>> {
  const k = db.kysely;
  const people = () => visiblePeopleIds(db, ws, v);
  const spaces = () => visibleSpaceIds(db, ws, v);
  const participants = groupBy(
    await k
      .selectFrom('action_participants')
      .select(['action_id', 'person_id'])
      .where('workspace_id', '=', ws)
      .where('person_id', 'in', people())
      .orderBy('action_id')
      .orderBy('ord')
      .execute(),
    'action_id',
  );
  const grievances = groupBy(
    await k
      .selectFrom('action_grievances')
      .select(['action_id', 'grievance_id'])
      .where('workspace_id', '=', ws)
      .where('grievance_id', 'in', visibleGrievanceIds(db, ws, v))
      .orderBy('action_id')
      .orderBy('ord')
      .execute(),
    'action_id',
  );
  // An action is seen through someone who took part in it, or through the space it happened in.
  const actionRows = await k
    .selectFrom('actions')
    .selectAll()
    .select(keptIf('actions.space_id', spaces()).as('space_id'))
    .where('workspace_id', '=', ws)
    .where((eb) =>
      eb.or([
        eb(
          'id',
          'in',
          eb
            .selectFrom('action_participants as ap')
            .select('ap.action_id')
            .where('ap.workspace_id', '=', ws)
            .where('ap.person_id', 'in', people()),
        ),
        eb('space_id', 'in', spaces()),
      ]),
    )
    .orderBy('id')
    .execute();
  const members = groupBy(
    await k
      .selectFrom('committee_members')
      .select(['committee_id', 'person_id'])
      .where('workspace_id', '=', ws)
      .where('person_id', 'in', people())
      .orderBy('committee_id')
      .orderBy('ord')
      .execute(),
    'committee_id',
  );
  const committeeRows = await k
    .selectFrom('committees')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('committee_members as cm')
        .select('cm.committee_id')
        .where('cm.workspace_id', '=', ws)
        .where('cm.person_id', 'in', people()),
    )
    .orderBy('id')
    .execute();
  return {
    actions: actionRows.map((r) =>
      actionFromRow(
        db.seal,
        r,
        (participants.get(r.id) ?? []).map((p) => p.person_id),
        (grievances.get(r.id) ?? []).map((g) => g.grievance_id),
      ),
    ),
    committees: committeeRows.map((r) =>
      committeeFromRow(
        db.seal,
        r,
        (members.get(r.id) ?? []).map((m) => m.person_id),
      ),
    ),
  };
}

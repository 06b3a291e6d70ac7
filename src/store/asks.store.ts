import { sql } from 'kysely';
import type { Viewer } from '../core/access.js';
import type { Ask } from '../core/records.js';
import { keptIf, personVisible, visibleInteractionIds } from './access-scope.js';
import { askFromRow } from './asks.table.js';
import { inTransaction, type Db } from './database.js';
import { writeRecords } from './records.store.js';

/** An ask with the date it was made: its own, else its conversation's (core: askDate). */
export interface DatedAsk extends Ask {
  on: string | null;
}

/**
 * Asks between two people the viewer may see; a conversation they may not see is left unnamed. With
 * `person`: the asks made of them or by them, newest first; with `ids` or `interaction`: those; else all, in
 * id order.
 */
export async function fetchVisibleAsks(
  db: Db,
  ws: number,
  v: Viewer,
  q: { person?: string; ids?: readonly string[]; interaction?: string } = {},
): Promise<DatedAsk[]> {
  const rows = await db.kysely
    .selectFrom('asks')
    .leftJoin('interactions as i', (j) =>
      j.onRef('i.workspace_id', '=', 'asks.workspace_id').onRef('i.id', '=', 'asks.interaction_id'),
    )
    .selectAll('asks')
    .select([
      keptIf('asks.interaction_id', visibleInteractionIds(db, ws, v)).as('interaction_id'),
      sql<string | null>`coalesce(asks.occurred_on, i.occurred_on)`.as('on'),
    ])
    // joins rather than `by_person in (visible people)`: one lookup per ask, not one per ask and visible person
    .innerJoin('people as pby', (j) =>
      j.onRef('pby.workspace_id', '=', 'asks.workspace_id').onRef('pby.id', '=', 'asks.by_person'),
    )
    .innerJoin('people as pto', (j) =>
      j.onRef('pto.workspace_id', '=', 'asks.workspace_id').onRef('pto.id', '=', 'asks.to_person'),
    )
    .where('asks.workspace_id', '=', ws)
    .where(personVisible(v, 'pby'))
    .where(personVisible(v, 'pto'))
    .$if(q.ids !== undefined, (b) => b.where('asks.id', 'in', q.ids!.length > 0 ? [...q.ids!] : ['']))
    .$if(q.interaction !== undefined, (b) => b.where('asks.interaction_id', '=', q.interaction!))
    .$if(q.person !== undefined, (b) =>
      b
        .where((eb) => eb.or([eb('asks.to_person', '=', q.person!), eb('asks.by_person', '=', q.person!)]))
        .orderBy(sql`coalesce(asks.occurred_on, i.occurred_on, '')`, 'desc'),
    )
    .orderBy('asks.id')
    .execute();
  return rows.map((r) => ({ ...askFromRow(db.seal, r), on: r.on }));
}

export async function getAsk(db: Db, ws: number, v: Viewer, id: string): Promise<DatedAsk | null> {
  const [found] = await fetchVisibleAsks(db, ws, v, { ids: [id] });
  return found ?? null;
}

/** Replace an ask's fields, for example when the person followed through. */
export async function updateAsk(db: Db, ws: number, ask: Ask): Promise<void> {
  await inTransaction(db, (tx) => writeRecords(tx, ws, { asks: [ask] }));
}

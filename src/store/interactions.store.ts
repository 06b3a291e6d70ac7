import { seesWholeWorkspace, type Viewer } from '../core/access.js';
import { newId } from '../core/ids.js';
import type { Ask, Grievance, Interaction, Raising } from '../core/records.js';
import {
  keptIf,
  personVisible,
  readableNotes,
  visibleGrievanceIds,
  visibleInteractionIds,
  visiblePeopleIds,
  visibleSpaceIds,
} from './access-scope.js';
import { inTransaction, type Db } from './database.js';
import { interactionFromRows } from './interactions.table.js';
import type { Random } from './people.store.js';
import { groupBy, writeRecords } from './records.store.js';

/** An interaction as one viewer may see it (core: visibleInteraction), with the account that logged it. */
export interface VisibleInteraction extends Interaction {
  loggedBy: number | null;
}

export interface InteractionQuery {
  ids?: readonly string[];
  /** Only the interactions this person took part in. */
  person?: string;
  /** 'newest' pages by (date, id) descending; 'id' lists in id order. */
  order: 'id' | 'newest';
  /** With 'newest': the page after this one. */
  before?: { occurredOn: string; id: string };
  limit?: number;
}

/**
 * Interactions with at least one participant the viewer may see; participants, raisings, the initiator
 * and the space they may not see are left out, and notes they may not read come back null. All of it is
 * decided by the database (access-scope.ts).
 */
export async function fetchVisibleInteractions(
  db: Db,
  ws: number,
  v: Viewer,
  q: InteractionQuery,
): Promise<VisibleInteraction[]> {
  const k = db.kysely;
  const people = () => visiblePeopleIds(db, ws, v);
  const rows = await k
    .selectFrom('interactions')
    .select(['workspace_id', 'id', 'occurred_on', 'kind', 'sides', 'logged_by'])
    .select([
      keptIf('interactions.initiated_by', people()).as('initiated_by'),
      keptIf('interactions.space_id', visibleSpaceIds(db, ws, v)).as('space_id'),
      readableNotes(v).as('notes'),
    ])
    .where('workspace_id', '=', ws)
    // Someone who sees the whole workspace sees every interaction (each has participants): without the
    // condition, the newest are read from the date index instead of after every participant row.
    .$if(!seesWholeWorkspace(v), (b) => b.where('id', 'in', visibleInteractionIds(db, ws, v)))
    .$if(q.ids !== undefined, (b) => b.where('id', 'in', q.ids!.length > 0 ? [...q.ids!] : ['']))
    .$if(q.person !== undefined, (b) =>
      b.where('id', 'in', (eb) =>
        eb
          .selectFrom('interaction_participants as own')
          .select('own.interaction_id')
          .where('own.workspace_id', '=', ws)
          .where('own.person_id', '=', q.person!),
      ),
    )
    .$if(q.before !== undefined, (b) =>
      b.where((eb) => eb(eb.refTuple('occurred_on', 'id'), '<', eb.tuple(q.before!.occurredOn, q.before!.id))),
    )
    .$if(q.order === 'newest', (b) => b.orderBy('occurred_on', 'desc').orderBy('id', 'desc'))
    .$if(q.order === 'id', (b) => b.orderBy('id'))
    .$if(q.limit !== undefined, (b) => b.limit(q.limit!))
    .execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const participants = groupBy(
    await inChunks(ids, (chunk) =>
      // A join rather than `person_id in (visible people)`: with a list of interactions as well, SQLite would
      // probe the primary key once for every interaction and every visible person.
      k
        .selectFrom('interaction_participants as ip')
        .innerJoin('people', (join) =>
          join.onRef('people.workspace_id', '=', 'ip.workspace_id').onRef('people.id', '=', 'ip.person_id'),
        )
        .select(['ip.interaction_id', 'ip.person_id'])
        .where('ip.workspace_id', '=', ws)
        .where('ip.interaction_id', 'in', chunk)
        .where(personVisible(v))
        .orderBy('ip.interaction_id')
        .orderBy('ip.ord')
        .execute(),
    ),
    'interaction_id',
  );
  const raisings = groupBy(
    await inChunks(ids, (chunk) =>
      k
        .selectFrom('grievance_raisings')
        .select(['interaction_id', 'grievance_id', 'person_id'])
        .where('workspace_id', '=', ws)
        .where('interaction_id', 'in', chunk)
        .where('grievance_id', 'in', visibleGrievanceIds(db, ws, v))
        .where((eb) => eb.or([eb('person_id', 'is', null), eb('person_id', 'in', people())]))
        .orderBy('interaction_id')
        .orderBy('ord')
        .execute(),
    ),
    'interaction_id',
  );
  return rows.map((r) => ({
    ...interactionFromRows(
      db.seal,
      r,
      (participants.get(r.id) ?? []).map((p) => p.person_id),
      (raisings.get(r.id) ?? []).map((g) => ({ grievance: g.grievance_id, by: g.person_id })),
    ),
    loggedBy: r.logged_by ?? null,
  }));
}

/**
 * Rows for a long list of ids, a chunk of ids per query: SQLite refuses a statement with more than 32,766
 * parameters, PostgreSQL one with more than 65,535, and a viewer may see more interactions than that.
 */
async function inChunks<Row>(ids: readonly string[], query: (chunk: string[]) => Promise<Row[]>): Promise<Row[]> {
  const out: Row[] = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK)
    for (const row of await query(ids.slice(i, i + ID_CHUNK))) out.push(row);
  return out;
}

const ID_CHUNK = 5000;

export async function getInteraction(db: Db, ws: number, v: Viewer, id: string): Promise<VisibleInteraction | null> {
  const [found] = await fetchVisibleInteractions(db, ws, v, { ids: [id], order: 'id' });
  return found ?? null;
}

/** A grievance first named in this conversation, with who raised it (none named: the record does not say). */
export interface NewGrievance {
  grievance: Omit<Grievance, 'id'>;
  raisedBy: readonly string[];
}

export type NewAsk = Omit<Ask, 'id' | 'interaction' | 'occurredOn'>;

export interface NewInteraction {
  interaction: Omit<Interaction, 'id' | 'raised'>;
  /** Existing grievances raised in it. */
  raised: readonly Raising[];
  newGrievances: readonly NewGrievance[];
  asks: readonly NewAsk[];
  loggedBy: number;
}

export interface LoggedInteraction {
  interaction: Interaction;
  grievances: Grievance[];
  asks: Ask[];
}

/**
 * Log a conversation with everything said in it (its participants, the grievances raised and the new
 * ones, the asks) in one transaction: all of it is written, or none. References are the caller's to check.
 */
export async function logInteraction(
  db: Db,
  ws: number,
  input: NewInteraction,
  random: Random,
): Promise<LoggedInteraction> {
  const id = newId('i', random);
  const grievances: Grievance[] = input.newGrievances.map((g) => ({ ...g.grievance, id: newId('g', random) }));
  const raised: Raising[] = [
    ...input.raised,
    ...input.newGrievances.flatMap((g, i): Raising[] => {
      const grievance = grievances[i]!.id;
      return g.raisedBy.length === 0 ? [{ grievance, by: null }] : g.raisedBy.map((by) => ({ grievance, by }));
    }),
  ];
  const interaction: Interaction = { ...input.interaction, id, raised };
  const asks: Ask[] = input.asks.map((a) => ({ ...a, id: newId('a', random), interaction: id, occurredOn: null }));
  await inTransaction(db, async (tx) => {
    await writeRecords(
      tx,
      ws,
      { grievances, interactions: [interaction], asks },
      { known: { interactions: new Set() } },
    );
    await tx.kysely
      .updateTable('interactions')
      .set({ logged_by: input.loggedBy })
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  });
  return { interaction, grievances, asks };
}

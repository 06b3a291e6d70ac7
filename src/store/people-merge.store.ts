/**
 * Likely duplicate people, and merging one person's record into another's with nothing lost (issue 4).
 *
 * Duplicates: two people the viewer may see whose names are the same once accents, case and runs of spaces
 * are folded ("Ana  Núñez" and "ana nunez"). The reason says whether they are also in the same unit
 * (`same_name_and_unit`, the likelier) or not (`same_folded_name`). Names are compared here, not in SQL,
 * because they are sealed at rest on PostgreSQL.
 *
 * Merging `from` into `into`, in one transaction: every reference to `from` becomes a reference to `into`:
 * interaction participations and who started an interaction, grievance raisings, tie observations (as either
 * side and as the observer), asks (by and to), action participations, committee memberships, and the power
 * map's (migration 0003) mandate holders, moon-session attendees and report-back targets, satellite effects
 * (the satellite and its targets), picket shifts, mutual aid (given by and to) and plans' expected people.
 * Where both were in the same list (the same interaction, committee, action, mandate, session, shift, plan's
 * targets), one entry stays: `into`'s. A grievance raising or a tie observation that becomes an exact
 * repeat of one `into` already has is kept once. Then `from` is deleted; the foreign keys would refuse that
 * if any reference had been missed. `into` keeps its fields, and takes `from`'s where its own are empty
 * (role, unit, start date, language, contact; stance when its own is unknown).
 *
 * A record that would relate the person to themself (an interaction of just the two, a tie observed between
 * them, an ask or mutual aid from one to the other) cannot be moved: the merge is refused with those
 * records listed (MergeConflict), and nothing changes.
 */
import { sql } from 'kysely';
import type { Viewer } from '../core/access.js';
import type { Person } from '../core/records.js';
import { inTransaction, type Db } from './database.js';
import { foldForSearch, listPeople } from './people.store.js';
import { personFromRow } from './people.table.js';
import { writeRecords } from './records.store.js';

export type DuplicateReason = 'same_name_and_unit' | 'same_folded_name';

export interface DuplicatePair {
  a: string;
  b: string;
  reason: DuplicateReason;
}

/** How names are compared for duplicates: accents and case folded, spaces collapsed. */
export function foldName(name: string): string {
  return foldForSearch(name).replace(/\s+/g, ' ').trim();
}

const PAGE = 2000;

/**
 * Pairs of people the viewer may see (those who left included) with the same folded name: those in the same
 * unit first, then by name and id. At most `limit` pairs (a common name shared by many people would give
 * every pair of them).
 */
export async function findDuplicates(db: Db, ws: number, v: Viewer, limit = 500): Promise<DuplicatePair[]> {
  const byName = new Map<string, Person[]>();
  let after: string | undefined;
  for (;;) {
    const page = await listPeople(db, ws, v, { limit: PAGE, includeLeft: true, ...(after ? { after } : {}) });
    for (const p of page) {
      const key = foldName(p.name);
      const list = byName.get(key);
      if (list) list.push(p);
      else byName.set(key, [p]);
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.id;
  }
  const pairs: (DuplicatePair & { name: string })[] = [];
  for (const [name, people] of byName) {
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        const [a, b] = [people[i]!, people[j]!];
        pairs.push({
          a: a.id,
          b: b.id,
          reason: a.unit === b.unit ? 'same_name_and_unit' : 'same_folded_name',
          name,
        });
      }
    }
  }
  pairs.sort(
    (x, y) =>
      (x.reason === 'same_name_and_unit' ? 0 : 1) - (y.reason === 'same_name_and_unit' ? 0 : 1) ||
      cmp(x.name, y.name) ||
      cmp(x.a, y.a) ||
      cmp(x.b, y.b),
  );
  return pairs.slice(0, limit).map(({ a, b, reason }) => ({ a, b, reason }));
}

/** The records that tie the two people to each other, by kind and id: what keeps them from being merged. */
export class MergeConflict extends Error {
  constructor(readonly records: readonly string[]) {
    super(`the two people are related to each other in ${records.join(', ')}`);
    this.name = 'MergeConflict';
  }
}

/** Lists of people (or of targets, a person's id or a unit path) of a parent record: one entry per person. */
const PERSON_LISTS = [
  { table: 'interaction_participants', parent: 'interaction_id', column: 'person_id' },
  { table: 'action_participants', parent: 'action_id', column: 'person_id' },
  { table: 'committee_members', parent: 'committee_id', column: 'person_id' },
  { table: 'mandate_holders', parent: 'mandate_id', column: 'person_id' },
  { table: 'moon_session_attendees', parent: 'session_id', column: 'person_id' },
  { table: 'moon_session_reported_to', parent: 'session_id', column: 'target' },
  { table: 'satellite_effect_targets', parent: 'effect_id', column: 'target' },
  { table: 'picket_shift_people', parent: 'shift_id', column: 'person_id' },
  { table: 'plan_expected', parent: 'plan_id', column: 'target' },
] as const;

/** Single references to a person. */
const PERSON_COLUMNS = [
  { table: 'interactions', column: 'initiated_by' },
  { table: 'grievance_raisings', column: 'person_id' },
  { table: 'asks', column: 'by_person' },
  { table: 'asks', column: 'to_person' },
  { table: 'satellite_effects', column: 'satellite_id' },
  { table: 'mutual_aid', column: 'given_by' },
  { table: 'mutual_aid', column: 'given_to' },
] as const;

/** Every place a person is referred to, `table.column`, with how many times `id` is. For checking merges. */
export async function personReferences(db: Db, ws: number, id: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const places = [
    ...PERSON_LISTS,
    ...PERSON_COLUMNS,
    { table: 'tie_observations', column: 'a' },
    { table: 'tie_observations', column: 'b' },
    { table: 'tie_observations', column: 'observed_by' },
  ];
  for (const { table, column } of places) {
    const row = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}
      where workspace_id = ${ws} and ${sql.ref(column)} = ${id}`.execute(db.kysely);
    out[`${table}.${column}`] = Number(row.rows[0]?.n ?? 0);
  }
  return out;
}

/** Merge `from` into `into` (both ids of people of the workspace, not the same); gives `into` as it is after. */
export async function mergePeople(db: Db, ws: number, from: string, into: string): Promise<Person> {
  if (from === into) throw new RangeError('a person cannot be merged into themself');
  return inTransaction(db, async (tx) => {
    const [gone, kept] = await Promise.all([personRow(tx, ws, from), personRow(tx, ws, into)]);
    if (!gone || !kept) throw new RangeError('both people must exist in the workspace');
    const conflicts = await selfRelations(tx, ws, from, into);
    if (conflicts.length > 0) throw new MergeConflict(conflicts);

    for (const { table, parent, column } of PERSON_LISTS) {
      const t = sql.table(table);
      const c = sql.ref(column);
      const p = sql.ref(parent);
      await sql`delete from ${t} where workspace_id = ${ws} and ${c} = ${from}
        and ${p} in (select ${p} from ${t} where workspace_id = ${ws} and ${c} = ${into})`.execute(tx.kysely);
      await sql`update ${t} set ${c} = ${into} where workspace_id = ${ws} and ${c} = ${from}`.execute(tx.kysely);
    }
    const raisingsBefore = await touchedRaisings(tx, ws, from);
    for (const { table, column } of PERSON_COLUMNS) {
      await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${into}
        where workspace_id = ${ws} and ${sql.ref(column)} = ${from}`.execute(tx.kysely);
    }
    await dropRepeatedRaisings(tx, ws, into, raisingsBefore);
    await moveTieObservations(tx, ws, from, into);

    const merged = fillBlanks(kept, gone);
    await writeRecords(tx, ws, { people: [merged] });
    await tx.kysely.deleteFrom('people').where('workspace_id', '=', ws).where('id', '=', from).execute();
    return merged;
  });
}

async function personRow(db: Db, ws: number, id: string): Promise<Person | null> {
  const row = await db.kysely
    .selectFrom('people')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? personFromRow(db.seal, row) : null;
}

function fillBlanks(kept: Person, gone: Person): Person {
  return {
    ...kept,
    unit: kept.unit ?? gone.unit,
    role: kept.role ?? gone.role,
    startedOn: kept.startedOn ?? gone.startedOn,
    language: kept.language ?? gone.language,
    contact: kept.contact ?? gone.contact,
    stance: kept.stance === 'unknown' ? gone.stance : kept.stance,
  };
}

/** Records between just the two of them, named `kind id` (a tie observation by its date). */
async function selfRelations(db: Db, ws: number, x: string, y: string): Promise<string[]> {
  const k = db.kysely;
  const alone = await k
    .selectFrom('interaction_participants')
    .select('interaction_id')
    .where('workspace_id', '=', ws)
    .where('interaction_id', 'in', (eb) =>
      eb
        .selectFrom('interaction_participants as mine')
        .select('mine.interaction_id')
        .where('mine.workspace_id', '=', ws)
        .where('mine.person_id', '=', x),
    )
    .groupBy('interaction_id')
    .having(sql<boolean>`count(*) = 2 and sum(case when person_id = ${y} then 1 else 0 end) = 1`)
    .orderBy('interaction_id')
    .execute();
  const ties = await k
    .selectFrom('tie_observations')
    .select('observed_on')
    .where('workspace_id', '=', ws)
    .where((eb) => eb.or([eb.and([eb('a', '=', x), eb('b', '=', y)]), eb.and([eb('a', '=', y), eb('b', '=', x)])]))
    .orderBy('observed_on')
    .execute();
  const asks = await k
    .selectFrom('asks')
    .select('id')
    .where('workspace_id', '=', ws)
    .where((eb) =>
      eb.or([
        eb.and([eb('by_person', '=', x), eb('to_person', '=', y)]),
        eb.and([eb('by_person', '=', y), eb('to_person', '=', x)]),
      ]),
    )
    .orderBy('id')
    .execute();
  const aid = await k
    .selectFrom('mutual_aid')
    .select('id')
    .where('workspace_id', '=', ws)
    .where((eb) =>
      eb.or([
        eb.and([eb('given_by', '=', x), eb('given_to', '=', y)]),
        eb.and([eb('given_by', '=', y), eb('given_to', '=', x)]),
      ]),
    )
    .orderBy('id')
    .execute();
  return [
    ...alone.map((r) => `interaction ${r.interaction_id}`),
    ...ties.map((r) => `tie ${r.observed_on}`),
    ...asks.map((r) => `ask ${r.id}`),
    ...aid.map((r) => `mutual_aid ${r.id}`),
  ];
}

/** The interactions whose raisings name `person` (before they are moved). */
async function touchedRaisings(db: Db, ws: number, person: string): Promise<string[]> {
  const rows = await db.kysely
    .selectFrom('grievance_raisings')
    .select('interaction_id')
    .distinct()
    .where('workspace_id', '=', ws)
    .where('person_id', '=', person)
    .execute();
  return rows.map((r) => r.interaction_id);
}

/** In these interactions, a grievance raised by `person` twice (once by each record) is kept once: the first. */
async function dropRepeatedRaisings(db: Db, ws: number, person: string, interactions: string[]): Promise<void> {
  for (let i = 0; i < interactions.length; i += 1000) {
    const rows = await db.kysely
      .selectFrom('grievance_raisings')
      .select(['interaction_id', 'grievance_id', 'ord'])
      .where('workspace_id', '=', ws)
      .where('person_id', '=', person)
      .where('interaction_id', 'in', interactions.slice(i, i + 1000))
      .orderBy('interaction_id')
      .orderBy('ord')
      .execute();
    const seen = new Set<string>();
    for (const r of rows) {
      const key = JSON.stringify([r.interaction_id, r.grievance_id]);
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      await db.kysely
        .deleteFrom('grievance_raisings')
        .where('workspace_id', '=', ws)
        .where('interaction_id', '=', r.interaction_id)
        .where('ord', '=', r.ord)
        .execute();
    }
  }
}

/**
 * Tie observations naming `from` as a side or as the observer get `into` instead; one that then repeats an
 * observation of the same pair, day and observer is the same observation recorded twice, and is kept once.
 */
async function moveTieObservations(db: Db, ws: number, from: string, into: string): Promise<void> {
  const k = db.kysely;
  const rows = await k
    .selectFrom('tie_observations')
    .select(['a', 'b', 'observed_on', 'observed_by'])
    .where('workspace_id', '=', ws)
    .where((eb) => eb.or([eb('a', '=', from), eb('b', '=', from), eb('observed_by', '=', from)]))
    .execute();
  const swap = (id: string) => (id === from ? into : id);
  for (const r of rows) {
    const key = { a: swap(r.a), b: swap(r.b), observed_on: r.observed_on, observed_by: swap(r.observed_by) };
    const repeated = await k
      .selectFrom('tie_observations')
      .select('a')
      .where('workspace_id', '=', ws)
      .where('a', '=', key.a)
      .where('b', '=', key.b)
      .where('observed_on', '=', key.observed_on)
      .where('observed_by', '=', key.observed_by)
      .executeTakeFirst();
    const where = { workspace_id: ws, a: r.a, b: r.b, observed_on: r.observed_on, observed_by: r.observed_by };
    if (repeated) await k.deleteFrom('tie_observations').where(matches(where)).execute();
    else await k.updateTable('tie_observations').set(key).where(matches(where)).execute();
  }
}

/** A condition on every column of `row` (a primary key). */
function matches(row: Record<string, string | number>) {
  return sql<boolean>`${sql.join(
    Object.entries(row).map(([c, v]) => sql`${sql.ref(c)} = ${v}`),
    sql` and `,
  )}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

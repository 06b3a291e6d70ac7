/**
 * Need-to-know in SQL: the same rules as src/core/access.ts (read its header first), written as
 * conditions the database applies, so that what a viewer may not see never leaves the database. Every
 * workspace-scoped query takes its conditions from here and nowhere else; access-scope.test.ts checks on
 * generated workplaces that these conditions and core's `visibleRecords` agree, on both engines.
 *
 * Unit containment is written with substr rather than LIKE: SQLite's LIKE ignores case, and a unit name
 * may hold `%` or `_`; nor with < and >, which follow the database's collation on PostgreSQL.
 */
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { canEnterWorkspace, canReadNotes, seesWholeWorkspace, type Viewer } from '../core/access.js';
import { unitAncestry } from '../core/units.js';
import type { Db } from './database.js';

const ALWAYS = sql<SqlBool>`1 = 1`;
const NEVER = sql<SqlBool>`1 = 0`;

function anyOf(conditions: RawBuilder<SqlBool>[]): RawBuilder<SqlBool> {
  if (conditions.length === 0) return NEVER;
  return sql<SqlBool>`(${sql.join(conditions, sql` or `)})`;
}

/** The length SQL gives a string: characters (code points), not UTF-16 units. */
const sqlLength = (s: string) => [...s].length;

/** `column` is `unit` or lies inside it (core: isWithinUnit). The one way SQL here tests containment. */
export function withinUnit(column: string, unit: string): RawBuilder<SqlBool> {
  const c = sql.ref(column);
  return sql<SqlBool>`(${c} = ${unit} or substr(${c}, 1, ${sql.lit(sqlLength(unit) + 1)}) = ${`${unit}/`})`;
}

function grants(v: Viewer): readonly string[] {
  return v.units === 'all' ? [] : v.units;
}

/** core: canSeeUnit. A unit path column the viewer may see. */
export function unitVisible(v: Viewer, column: string): RawBuilder<SqlBool> {
  if (!canEnterWorkspace(v)) return NEVER;
  if (seesWholeWorkspace(v)) return ALWAYS;
  return anyOf(grants(v).map((g) => withinUnit(column, g)));
}

/**
 * core: concernsViewer. Something scoped to a unit (a grievance, a space) concerns the viewer when it lies
 * inside a grant or contains one (it is an ancestor of a grant), or belongs to no unit.
 */
export function concernsViewer(v: Viewer, column: string): RawBuilder<SqlBool> {
  if (!canEnterWorkspace(v)) return NEVER;
  if (seesWholeWorkspace(v)) return ALWAYS;
  const ancestors = [...new Set(grants(v).flatMap(unitAncestry))];
  const c = sql.ref(column);
  return anyOf([
    sql<SqlBool>`${c} is null`,
    sql<SqlBool>`${c} in (${sql.join(ancestors)})`,
    ...grants(v).map((g) => withinUnit(column, g)),
  ]);
}

/** core: canSeePerson, over a people row (`table` is its name or alias in the query). */
export function personVisible(v: Viewer, table = 'people'): RawBuilder<SqlBool> {
  if (!canEnterWorkspace(v)) return NEVER;
  if (seesWholeWorkspace(v)) return ALWAYS;
  return anyOf([sql<SqlBool>`${sql.ref(`${table}.circle`)} <> 'sun'`, unitVisible(v, `${table}.unit_path`)]);
}

/**
 * core: canReadNotes. The notes column as the viewer may read it: itself, or null. Reading a note is also
 * something the server records (see its notes reader); this only decides what the database hands over.
 */
export function readableNotes(v: Viewer, table = 'interactions'): RawBuilder<string | null> {
  const notes = sql.ref(`${table}.notes`);
  // Whoever may read a note nobody is named as writing (an imported one) reads every note.
  if (canReadNotes(v, null)) return sql<string | null>`${notes}`;
  return sql<string | null>`case when ${sql.ref(`${table}.logged_by`)} = ${v.userId} then ${notes} else null end`;
}

/** The ids of the people of a workspace the viewer may see: a subquery for `in (...)`. */
export function visiblePeopleIds(db: Db, workspaceId: number, v: Viewer) {
  return db.kysely
    .selectFrom('people')
    .select('people.id')
    .where('people.workspace_id', '=', workspaceId)
    .where(personVisible(v));
}

export function visibleSpaceIds(db: Db, workspaceId: number, v: Viewer) {
  return db.kysely
    .selectFrom('spaces')
    .select('spaces.id')
    .where('spaces.workspace_id', '=', workspaceId)
    .where(concernsViewer(v, 'spaces.unit_path'));
}

export function visibleGrievanceIds(db: Db, workspaceId: number, v: Viewer) {
  return db.kysely
    .selectFrom('grievances')
    .select('grievances.id')
    .where('grievances.workspace_id', '=', workspaceId)
    .where(concernsViewer(v, 'grievances.unit_path'));
}

/** The interactions with at least one participant the viewer may see (core: visibleInteraction). */
export function visibleInteractionIds(db: Db, workspaceId: number, v: Viewer) {
  return db.kysely
    .selectFrom('interaction_participants as ip')
    .select('ip.interaction_id')
    .where('ip.workspace_id', '=', workspaceId)
    .where('ip.person_id', 'in', visiblePeopleIds(db, workspaceId, v));
}

/** `column` when the subquery holds its value, else null: how hidden references are blanked, as core does. */
export function keptIf(column: string, subquery: Expression<unknown>): RawBuilder<string | null> {
  const c = sql.ref(column);
  return sql<string | null>`case when ${c} in (${subquery}) then ${c} else null end`;
}

/** The actions the viewer may see: through someone who took part, or the space they happened in (core: visibleRecords). */
export function visibleActionIds(db: Db, workspaceId: number, v: Viewer) {
  return db.kysely
    .selectFrom('actions')
    .select('actions.id')
    .where('actions.workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        eb(
          'actions.id',
          'in',
          eb
            .selectFrom('action_participants as ap')
            .select('ap.action_id')
            .where('ap.workspace_id', '=', workspaceId)
            .where('ap.person_id', 'in', visiblePeopleIds(db, workspaceId, v)),
        ),
        eb('actions.space_id', 'in', visibleSpaceIds(db, workspaceId, v)),
      ]),
    );
}

/** Sessions in moon spaces the viewer may see: those held in a space that concerns them. */
export function visibleMoonSessionIds(db: Db, workspaceId: number, v: Viewer) {
  return db.kysely
    .selectFrom('moon_sessions')
    .select('moon_sessions.id')
    .where('moon_sessions.workspace_id', '=', workspaceId)
    .where('moon_sessions.space_id', 'in', visibleSpaceIds(db, workspaceId, v));
}

/**
 * core: targetVisible. A target column (a person's id or a unit path; src/core/power-records.ts) the viewer may
 * see: a person they may see, or, when no person has that id, a unit that concerns them.
 */
export function targetVisible(db: Db, workspaceId: number, v: Viewer, column: string): RawBuilder<SqlBool> {
  if (!canEnterWorkspace(v)) return NEVER;
  const c = sql.ref(column);
  const everyone = db.kysely.selectFrom('people').select('people.id').where('people.workspace_id', '=', workspaceId);
  return sql<SqlBool>`(${c} in (${visiblePeopleIds(db, workspaceId, v)}) or (${c} not in (${everyone}) and ${concernsViewer(v, column)}))`;
}

import type { Viewer } from '../core/access.js';
import { newId } from '../core/ids.js';
import type { Person } from '../core/records.js';
import { personVisible, withinUnit } from './access-scope.js';
import { inTransaction, type Db } from './database.js';
import { personFromRow } from './people.table.js';
import { writeRecords } from './records.store.js';

/**
 * People, as one viewer may see them (access-scope.ts). Nobody is ever deleted: a person who leaves is
 * marked as left, and their history stays.
 */

export type Random = (n: number) => Uint8Array;

export async function getPerson(db: Db, ws: number, v: Viewer, id: string): Promise<Person | null> {
  const row = await db.kysely
    .selectFrom('people')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where('id', '=', id)
    .where(personVisible(v))
    .executeTakeFirst();
  return row ? personFromRow(db.seal, row) : null;
}

/** The names of the people among these ids that the viewer may see (the others are, to them, nobody). */
export async function visibleNames(db: Db, ws: number, v: Viewer, ids: Iterable<string>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.kysely
    .selectFrom('people')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where('id', 'in', wanted)
    .where(personVisible(v))
    .execute();
  return new Map(rows.map((r) => [r.id, personFromRow(db.seal, r).name]));
}

export interface PeopleQuery {
  /** Only people in this unit or under it. */
  unit?: string;
  /** People who have left are listed only when asked for. */
  includeLeft?: boolean;
  /** Paging by id: the page after this id. */
  after?: string;
  limit: number;
}

/** The people the viewer may see, a page at a time in id order. */
export async function listPeople(db: Db, ws: number, v: Viewer, q: PeopleQuery): Promise<Person[]> {
  const rows = await db.kysely
    .selectFrom('people')
    .selectAll()
    .where('workspace_id', '=', ws)
    .where(personVisible(v))
    .$if(q.unit !== undefined, (b) => b.where(withinUnit('people.unit_path', q.unit!)))
    .$if(!q.includeLeft, (b) => b.where('left_on', 'is', null))
    .$if(q.after !== undefined, (b) => b.where('id', '>', q.after!))
    .orderBy('id')
    .limit(q.limit)
    .execute();
  return rows.map((r) => personFromRow(db.seal, r));
}

/** Lower case, accents folded: "jose" finds José, "nunez" finds Núñez. */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const SEARCH_PAGE = 2000;

/**
 * People whose name matches what was typed, for search as you type: names starting with it first, then
 * names with a word starting with it, then names containing it. Matching happens here rather than in SQL
 * because names are sealed at rest on PostgreSQL (field-seal.ts) and because accents are folded; the
 * need-to-know filter stays in SQL, a page of visible people at a time.
 */
export async function searchPeople(
  db: Db,
  ws: number,
  v: Viewer,
  text: string,
  options: { limit: number; includeLeft?: boolean },
): Promise<Person[]> {
  const needle = foldForSearch(text.trim());
  if (needle === '') return [];
  const found: { person: Person; rank: number; folded: string }[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await listPeople(db, ws, v, {
      limit: SEARCH_PAGE,
      includeLeft: options.includeLeft ?? false,
      ...(after !== undefined ? { after } : {}),
    });
    for (const person of page) {
      const folded = foldForSearch(person.name);
      const at = folded.indexOf(needle);
      if (at < 0) continue;
      const rank = at === 0 ? 0 : /[\s\-'"(.]/.test(folded[at - 1]!) ? 1 : 2;
      found.push({ person, rank, folded });
    }
    if (page.length < SEARCH_PAGE) break;
    after = page[page.length - 1]!.id;
  }
  found.sort((a, b) => a.rank - b.rank || a.folded.localeCompare(b.folded) || (a.person.id < b.person.id ? -1 : 1));
  return found.slice(0, options.limit).map((f) => f.person);
}

/** Add a person met in the app; they get a new bundle id (`p-` and ten characters). */
export async function createPerson(db: Db, ws: number, person: Omit<Person, 'id'>, random: Random): Promise<Person> {
  const created: Person = { ...person, id: newId('p', random) };
  await inTransaction(db, (tx) => writeRecords(tx, ws, { people: [created] }));
  return created;
}

/** Replace a person's fields (the caller has merged the change and checked the viewer may see both versions). */
export async function updatePerson(db: Db, ws: number, person: Person): Promise<void> {
  await inTransaction(db, (tx) => writeRecords(tx, ws, { people: [person] }));
}

/** Mark a person as having left the workplace on a date; null brings them back. Nothing is deleted. */
export async function markLeft(db: Db, ws: number, id: string, leftOn: string | null): Promise<void> {
  await db.kysely
    .updateTable('people')
    .set({ left_on: leftOn })
    .where('workspace_id', '=', ws)
    .where('id', '=', id)
    .execute();
}

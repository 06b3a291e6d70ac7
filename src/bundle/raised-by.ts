/**
 * Who raised which grievance in an interaction, as two columns of interactions.csv (docs/bundle.md):
 * `grievances` lists the grievances raised, and `raised_by` says by whom, either as plain person ids (each of
 * them raised every listed grievance) or as `person:grievance` items (a listed grievance that no item names
 * was raised by someone unnamed). Empty `raised_by`: every grievance was raised by someone unnamed.
 *
 * The bundle sees a grievance's raisings as either "someone unnamed" or a set of named people, in order,
 * grouped by grievance in the order of `grievances`: that is the canonical order an import gives back.
 */
import type { Raising } from '../core/records.js';
import type { RowProblem } from './bundle-spec.js';
import { idCell, INVALID, type Cell } from './cells.js';

export type RaisedBy =
  | { readonly qualified: false; readonly people: readonly string[] }
  | { readonly qualified: true; readonly items: readonly { person: string; grievance: string; text: string }[] };

export const raisedByCell: Cell<RaisedBy> = {
  parse: (text, fail) => {
    const people: string[] = [];
    const items: { person: string; grievance: string; text: string }[] = [];
    const seen = new Set<string>();
    for (let part of text.split(';')) {
      part = part.trim();
      if (part === '') return fail('empty_item', { value: text });
      const colon = part.indexOf(':');
      if (colon >= 0 && part.indexOf(':', colon + 1) >= 0) return fail('bad_raised_item', { item: part });
      const qualified = colon >= 0;
      if (qualified ? people.length > 0 : items.length > 0) return fail('raised_by_mixed');
      let key: string;
      if (!qualified) {
        const person = idCell.parse(part, fail);
        if (person === INVALID) return INVALID;
        people.push(person);
        key = person;
      } else {
        const person = idCell.parse(part.slice(0, colon).trim(), fail);
        if (person === INVALID) return INVALID;
        const grievance = idCell.parse(part.slice(colon + 1).trim(), fail);
        if (grievance === INVALID) return INVALID;
        items.push({ person, grievance, text: part });
        key = `${person}:${grievance}`;
      }
      if (seen.has(key)) return fail('duplicate_item', { item: part });
      seen.add(key);
    }
    return items.length > 0 ? { qualified: true, items } : { qualified: false, people };
  },
  format: () => {
    throw new Error('raised_by is written by formatRaised');
  },
  freeText: false,
};

/** The raisings of an interaction from its `grievances` and `raised_by` cells; problems are placed at raised_by. */
export function buildRaised(
  grievances: readonly string[],
  raisedBy: RaisedBy | null,
  participants: readonly string[],
  problem: RowProblem,
): Raising[] | null {
  if (raisedBy === null) return grievances.map((grievance) => ({ grievance, by: null }));
  if (grievances.length === 0) {
    problem('raised_by', 'raised_by_without_grievances');
    return null;
  }
  const present = new Set(participants);
  let ok = true;
  const notParticipant = (person: string) => {
    if (present.has(person)) return;
    problem('raised_by', 'raised_by_not_participant', { person });
    ok = false;
  };
  const raised: Raising[] = [];
  if (!raisedBy.qualified) {
    raisedBy.people.forEach(notParticipant);
    for (const grievance of grievances) for (const by of raisedBy.people) raised.push({ grievance, by });
  } else {
    const listed = new Set(grievances);
    for (const item of raisedBy.items) {
      notParticipant(item.person);
      if (!listed.has(item.grievance)) {
        problem('raised_by', 'raised_grievance_not_listed', { item: item.text, grievance: item.grievance });
        ok = false;
      }
    }
    for (const grievance of grievances) {
      const before = raised.length;
      for (const item of raisedBy.items) if (item.grievance === grievance) raised.push({ grievance, by: item.person });
      if (raised.length === before) raised.push({ grievance, by: null });
    }
  }
  return ok ? raised : null;
}

/**
 * The `grievances` and `raised_by` cells for raisings: plain ids when everyone named raised every grievance,
 * else `person:grievance` items. Each raising is written once, and a grievance with named people has no
 * unnamed raiser besides (the bundle cannot say both).
 */
export function formatRaised(raised: readonly Raising[]): { grievances: string; raised_by: string } {
  const byGrievance = new Map<string, string[]>();
  for (const r of raised) {
    let people = byGrievance.get(r.grievance);
    if (!people) byGrievance.set(r.grievance, (people = []));
    if (r.by !== null && !people.includes(r.by)) people.push(r.by);
  }
  const grievances = [...byGrievance.keys()];
  const lists = [...byGrievance.values()];
  const first = lists[0] ?? [];
  let raisedBy: string;
  if (lists.every((people) => people.length === 0)) raisedBy = '';
  else if (lists.every((people) => sameList(people, first))) raisedBy = first.join(';');
  else {
    const items: string[] = [];
    byGrievance.forEach((people, grievance) => {
      for (const person of people) items.push(`${person}:${grievance}`);
    });
    raisedBy = items.join(';');
  }
  return { grievances: grievances.join(';'), raised_by: raisedBy };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

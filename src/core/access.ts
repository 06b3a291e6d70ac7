/**
 * Need-to-know: what one signed-in user may see of a workspace. This is the one policy module every list,
 * search, count, map, chart, analysis and export goes through (docs/security.md).
 *
 * - admin: every workspace, every unit, every note; manages accounts.
 * - lead: the units granted in a workspace; every note on what they can see; may import, export, grant.
 * - member: the units granted; only the private notes they wrote themselves.
 *
 * A unit grant covers the unit and everything under it. A grant of the whole workspace (`units: 'all'`) also
 * covers people with no unit. Moon people and satellites (negotiators, staff, lawyers, parents' groups) are
 * outside the workplace tree and visible to everyone with any grant in the workspace: who the union's
 * lawyer is, is not need-to-know. Workers are visible only inside a grant.
 */
import type {
  Action,
  Ask,
  Committee,
  Grievance,
  Interaction,
  Person,
  Space,
  TieObservation,
  WorkspaceRecords,
} from './records.js';
import { isWithinUnit } from './units.js';

export const ROLES = ['admin', 'lead', 'member'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  userId: number;
  role: Role;
  /** The units granted in this workspace: 'all' for the whole workspace, [] for none. Admins see all. */
  units: 'all' | readonly string[];
}

/** Whether the viewer has any business in this workspace at all. */
export function canEnterWorkspace(v: Viewer): boolean {
  return v.role === 'admin' || v.units === 'all' || v.units.length > 0;
}

export function seesWholeWorkspace(v: Viewer): boolean {
  return v.role === 'admin' || v.units === 'all';
}

/** A unit path lies inside one of the viewer's grants. */
export function canSeeUnit(v: Viewer, path: string | null): boolean {
  if (seesWholeWorkspace(v)) return true;
  if (path === null) return false;
  return (v.units as readonly string[]).some((g) => isWithinUnit(path, g));
}

/**
 * Something scoped to a unit (a grievance, a space) is the viewer's business when it lies inside a grant or
 * contains one: a site-wide grievance concerns the people of every department granted on that site.
 */
export function concernsViewer(v: Viewer, path: string | null): boolean {
  if (seesWholeWorkspace(v) || path === null) return canEnterWorkspace(v);
  return (v.units as readonly string[]).some((g) => isWithinUnit(path, g) || isWithinUnit(g, path));
}

export function canSeePerson(v: Viewer, p: Pick<Person, 'unit' | 'circle'>): boolean {
  if (!canEnterWorkspace(v)) return false;
  if (p.circle !== 'sun') return true;
  return canSeeUnit(v, p.unit);
}

/** Private notes: admins and leads read every note on what they can see; members only their own. */
export function canReadNotes(v: Viewer, loggedBy: number | null): boolean {
  if (v.role === 'admin' || v.role === 'lead') return true;
  return loggedBy !== null && loggedBy === v.userId;
}

export function canExport(v: Viewer): boolean {
  return v.role === 'admin' || v.role === 'lead';
}

export function canImport(v: Viewer): boolean {
  return v.role === 'admin' || v.role === 'lead';
}

/** The interaction's author, where the store knows it (imported records have none). */
export type WithAuthor<T> = T & { loggedBy?: number | null };

/**
 * The part of a workspace's records this viewer may see, for analysis, maps, charts and export alike.
 * People outside the grants disappear from every list they were in (participants, raisings, members); a
 * record left with nobody visible disappears; notes the viewer may not read become null.
 */
export function visibleRecords(
  v: Viewer,
  r: WorkspaceRecords & { interactions: WithAuthor<Interaction>[] },
): WorkspaceRecords {
  const people = r.people.filter((p) => canSeePerson(v, p));
  const seen = new Set(people.map((p) => p.id));
  const spaces = r.spaces.filter((s: Space) => concernsViewer(v, s.unit));
  const spaceIds = new Set(spaces.map((s) => s.id));
  const grievances = r.grievances.filter((g: Grievance) => concernsViewer(v, g.unit));
  const grievanceIds = new Set(grievances.map((g) => g.id));
  const interactions = r.interactions.flatMap((i) => {
    const visible = visibleInteraction(v, i, seen, spaceIds, grievanceIds);
    return visible ? [visible] : [];
  });
  const interactionIds = new Set(interactions.map((i) => i.id));
  return {
    people,
    ties: r.ties
      .filter((t: TieObservation) => seen.has(t.a) && seen.has(t.b))
      .map((t) => (t.observedBy !== null && !seen.has(t.observedBy) ? { ...t, observedBy: null } : t)),
    interactions,
    grievances,
    asks: r.asks
      .filter((a: Ask) => seen.has(a.by) && seen.has(a.to))
      .map((a) => (a.interaction !== null && !interactionIds.has(a.interaction) ? { ...a, interaction: null } : a)),
    spaces,
    actions: r.actions.flatMap((a: Action) => {
      const participants = a.participants.filter((p) => seen.has(p));
      if (participants.length === 0 && !(a.space !== null && spaceIds.has(a.space))) return [];
      return [
        {
          ...a,
          participants,
          space: a.space !== null && spaceIds.has(a.space) ? a.space : null,
          grievances: a.grievances.filter((g) => grievanceIds.has(g)),
        },
      ];
    }),
    committees: r.committees.flatMap((c: Committee) => {
      const members = c.members.filter((m) => seen.has(m));
      return members.length > 0 ? [{ ...c, members }] : [];
    }),
  };
}

/** One interaction as the viewer may see it, or null when nobody in it is visible to them. */
export function visibleInteraction(
  v: Viewer,
  i: WithAuthor<Interaction>,
  seen: ReadonlySet<string>,
  spaceIds?: ReadonlySet<string>,
  grievanceIds?: ReadonlySet<string>,
): Interaction | null {
  const participants = i.participants.filter((p) => seen.has(p));
  if (participants.length === 0) return null;
  const { loggedBy, ...rest } = i;
  return {
    ...rest,
    participants,
    initiatedBy: i.initiatedBy !== null && seen.has(i.initiatedBy) ? i.initiatedBy : null,
    space: i.space !== null && (!spaceIds || spaceIds.has(i.space)) ? i.space : null,
    raised: i.raised.filter(
      (r) => (r.by === null || seen.has(r.by)) && (!grievanceIds || grievanceIds.has(r.grievance)),
    ),
    notes: canReadNotes(v, loggedBy ?? null) ? i.notes : null,
  };
}

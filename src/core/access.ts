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
 *
 * The power map's records (power-records.ts) follow the same rules:
 * - mandates and votes are the membership's own decisions: everyone with a grant sees them, with the holders
 *   they may see; what a mandate was decided in, and a vote's session, are blanked when hidden;
 * - a moon session is seen when its moon space concerns the viewer (a site's bargaining table concerns the
 *   people of that site), with the attendees and report-back audiences they may see;
 * - a satellite effect is seen when its satellite is, and it touched someone or some unit the viewer may see
 *   (or named nobody);
 * - a picket shift is seen when its sun space concerns the viewer, with the people they may see;
 * - mutual aid is seen when the person it was given to is (who gave it is blanked when hidden).
 * A target (a person's id or a unit path) is visible as the person is, or, when no person has that id, as a
 * unit that concerns the viewer.
 */
import type { Mandate, MoonSession, PowerRecords } from './power-records.js';
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
  const actions = r.actions.flatMap((a: Action) => {
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
  });
  const everyone = new Set(r.people.map((p) => p.id));
  const power = visiblePowerRecords(v, r, {
    seen,
    spaceIds,
    decisions: new Set([...interactionIds, ...actions.map((a) => a.id)]),
    target: (item) => targetVisible(v, item, everyone, seen),
  });
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
    actions,
    committees: r.committees.flatMap((c: Committee) => {
      const members = c.members.filter((m) => seen.has(m));
      return members.length > 0 ? [{ ...c, members }] : [];
    }),
    ...power,
  };
}

/** A target (a person's id, else a unit path) as the viewer may see it. `everyone`: every person's id. */
export function targetVisible(
  v: Viewer,
  item: string,
  everyone: ReadonlySet<string>,
  seen: ReadonlySet<string>,
): boolean {
  if (!canEnterWorkspace(v)) return false;
  return everyone.has(item) ? seen.has(item) : concernsViewer(v, item);
}

/** The power map's records as the viewer may see them (the rules are in this file's header). */
function visiblePowerRecords(
  v: Viewer,
  r: PowerRecords,
  known: {
    seen: ReadonlySet<string>;
    spaceIds: ReadonlySet<string>;
    /** Visible interactions and actions: what a mandate may have been decided in. */
    decisions: ReadonlySet<string>;
    target: (item: string) => boolean;
  },
): PowerRecords {
  const { seen, spaceIds, decisions, target } = known;
  const member = canEnterWorkspace(v);
  const sessions = r.moon_sessions
    .filter((s: MoonSession) => spaceIds.has(s.space))
    .map((s) => ({
      ...s,
      attendees: s.attendees.filter((p) => seen.has(p)),
      reportedTo: s.reportedTo.filter(target),
    }));
  const sessionIds = new Set(sessions.map((s) => s.id));
  return {
    mandates: member
      ? r.mandates.map((m: Mandate) => ({
          ...m,
          decidedIn: m.decidedIn !== null && decisions.has(m.decidedIn) ? m.decidedIn : null,
          holders: m.holders.filter((p) => seen.has(p)),
        }))
      : [],
    moon_sessions: sessions,
    votes: member
      ? r.votes.map((x) => (x.session !== null && !sessionIds.has(x.session) ? { ...x, session: null } : x))
      : [],
    satellite_effects: r.satellite_effects.flatMap((e) => {
      if (!seen.has(e.satellite)) return [];
      const on = e.on.filter(target);
      return e.on.length > 0 && on.length === 0 ? [] : [{ ...e, on }];
    }),
    picket_shifts: r.picket_shifts
      .filter((x) => spaceIds.has(x.space))
      .map((x) => ({ ...x, people: x.people.filter((p) => seen.has(p)) })),
    mutual_aid: r.mutual_aid
      .filter((a) => seen.has(a.givenTo))
      .map((a) => (a.givenBy !== null && !seen.has(a.givenBy) ? { ...a, givenBy: null } : a)),
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

/**
 * A site's spaces (sun: break rooms, the cafeteria, the administration wing, the strike's picket lines; moon:
 * the bargaining table and a county hearing room; other: the union hall, a diner, a walking path) and its
 * grievances, with the ids the other records point to.
 */
import type { Grievance, Space } from '../core/records.js';
import type { SpaceKind } from '../core/vocabulary.js';
import { GRIEVANCES, type Department, type GrievanceTemplate } from './hospital.js';
import type { Rng } from './random.js';
import type { SiteModel } from './site.js';
import { BEATS } from './story.js';

const SHARED_SPACES = {
  cafeteria: { name: 'Cafeteria', kind: 'sun', scope: 'site' },
  admin: { name: 'Administration wing', kind: 'sun', scope: 'site' },
  table: { name: 'Bargaining table', kind: 'moon', scope: 'site' },
  board: { name: 'County health board hearing room', kind: 'moon', scope: 'none' },
  hall: { name: 'Union hall', kind: 'other', scope: 'none' },
  diner: { name: 'Diner across the street', kind: 'other', scope: 'none' },
  path: { name: 'Walking path by the river', kind: 'other', scope: 'none' },
  // the strike's picket lines, in front of the workplace (issue 6)
  picketMain: { name: 'Picket line at the main entrance', kind: 'sun', scope: 'site' },
  picketEmergency: { name: 'Picket line at the emergency entrance', kind: 'sun', scope: 'site' },
  picketDock: { name: 'Picket line at the loading dock', kind: 'sun', scope: 'site' },
} as const satisfies Record<string, { name: string; kind: SpaceKind; scope: 'site' | 'none' }>;
export type SharedSpace = keyof typeof SHARED_SPACES;

const slugs = new Map<string, string>();

/** `Food and Nutrition` -> `food-and-nutrition` (remembered: ids are made for every interaction). */
function slug(text: string): string {
  let out = slugs.get(text);
  if (out === undefined) {
    out = text.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    slugs.set(text, out);
  }
  return out;
}

export function spaceId(site: SiteModel, key: SharedSpace): string {
  return `${site.prefix}s-${key}`;
}

export function breakRoomId(site: SiteModel, department: Department): string {
  return `${site.prefix}s-break-${slug(department.name)}`;
}

/** Departments with at least one worker at this site, in the hospital's order. */
export function siteDepartments(site: SiteModel): Department[] {
  const out: Department[] = [];
  for (const unit of site.units) if (!out.includes(unit.department)) out.push(unit.department);
  return out;
}

export function siteSpaces(site: SiteModel): Space[] {
  const spaces: Space[] = Object.entries(SHARED_SPACES).map(([key, s]) => ({
    id: spaceId(site, key as SharedSpace),
    name: s.name,
    kind: s.kind,
    unit: s.scope === 'site' ? site.sitePath : null,
  }));
  for (const department of siteDepartments(site)) {
    spaces.push({
      id: breakRoomId(site, department),
      name: `${department.name} break room`,
      kind: 'sun',
      unit: site.departmentPath(department),
    });
  }
  return spaces;
}

function grievanceTemplates(site: SiteModel): GrievanceTemplate[] {
  const present = new Set(siteDepartments(site).map((d) => d.name));
  return GRIEVANCES.filter((g) => g.department === null || present.has(g.department));
}

export function grievanceId(site: SiteModel, key: string): string {
  return `${site.prefix}g-${key}`;
}

export function siteGrievances(site: SiteModel): Grievance[] {
  return grievanceTemplates(site).map((g) => ({
    id: grievanceId(site, g.key),
    title: g.title,
    unit: g.department === null ? site.sitePath : `${site.sitePath}/${g.department}`,
    winnable: g.winnable,
  }));
}

/** Which grievance keys exist at a site (a department's own only where the department does). */
export class GrievanceBook {
  private readonly keys: Set<string>;

  constructor(private readonly site: SiteModel) {
    this.keys = new Set(grievanceTemplates(site).map((g) => g.key));
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  /** The id of `key`, or of the break cut when the site has no such grievance. */
  id(key: string): string {
    return grievanceId(this.site, this.has(key) ? key : 'breaks');
  }

  /**
   * What a worker raises in a given story month: before the break cut, their department's own trouble or
   * parking; after it, the break cut, their department's own grievance, the sick-leave points.
   */
  forWorker(rng: Rng, department: Department, storyMonth: number): string {
    const own = department.grievances.filter((k) => k !== 'breaks' && this.keys.has(k));
    if (storyMonth < BEATS.breakCut) return this.id(own.length > 0 && rng.chance(0.6) ? rng.pick(own) : 'parking');
    const roll = rng.next();
    if (roll < 0.38 || own.length === 0) return this.id('breaks');
    if (roll < 0.85) return this.id(own[0] as string);
    return this.id(roll < 0.95 ? 'sick' : rng.pick(own));
  }
}

/**
 * Units are the nodes of the workplace tree, named by their path: `Site/Department/Shift`.
 * A person, grievance or space in `A/B/C` also belongs to `A/B` and `A`.
 */

const SEGMENT = /^[^;/\p{Cc}]+$/u;

/** Why `path` cannot be a unit path, or null when it can. */
export function unitPathProblem(path: string): string | null {
  if (path.length === 0) return 'a unit path cannot be empty';
  if (path.length > 500) return 'a unit path is at most 500 characters';
  for (const segment of path.split('/')) {
    if (segment.trim() !== segment || segment.length === 0) {
      return 'each part of a unit path (between "/") must be non-empty, without spaces at either end';
    }
    if (!SEGMENT.test(segment)) return 'a unit path cannot contain ";" or control characters';
  }
  return null;
}

/** `A/B/C` -> [`A`, `A/B`, `A/B/C`]. */
export function unitAncestry(path: string): string[] {
  const parts = path.split('/');
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

/** The parent of `A/B/C` is `A/B`; a site has none. */
export function parentUnit(path: string): string | null {
  const i = path.lastIndexOf('/');
  return i < 0 ? null : path.slice(0, i);
}

/** The last segment: the unit's own name. */
export function unitName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** True when `path` is `unit` or lies inside it. */
export function isWithinUnit(path: string | null, unit: string): boolean {
  if (path === null) return false;
  return path === unit || path.startsWith(`${unit}/`);
}

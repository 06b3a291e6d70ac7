/**
 * The part of `next` that differs from `record`, field by field (values compared as JSON; a field left
 * undefined is no change): what an edit form sends, and what a correction writes and audits
 * (src/server/routes/power-kit.ts).
 */
export function changes<T extends object>(record: T, next: Partial<T>): Partial<T> {
  const before = record as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(next).filter(
      ([field, value]) => value !== undefined && JSON.stringify(value) !== JSON.stringify(before[field]),
    ),
  ) as Partial<T>;
}

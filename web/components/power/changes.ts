/** The fields of `next` that differ from the record as it is: what an edit form sends (only what changed). */
export function changes<T extends object>(record: T, next: Partial<T>): Partial<T> {
  const before = record as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(next).filter(([field, value]) => JSON.stringify(value) !== JSON.stringify(before[field])),
  ) as Partial<T>;
}

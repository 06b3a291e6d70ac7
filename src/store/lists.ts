/** Small closed lists (sides) are kept in one text column, `;`-separated as in the bundle. */
export function joinList(items: readonly string[]): string {
  return items.join(';');
}

export function splitList<T extends string>(stored: string | null): T[] {
  if (stored === null || stored === '') return [];
  return stored.split(';') as T[];
}

/** Booleans are 0/1 integers on both engines, so one row shape serves both. */
export const toFlag = (b: boolean): number => (b ? 1 : 0);
export const fromFlag = (n: number | boolean): boolean => n === 1 || n === true;

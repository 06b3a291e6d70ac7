/**
 * Calendar dates as ISO 8601 strings (`YYYY-MM-DD`), the form they take in the store, the bundle and the API.
 * Day arithmetic goes through UTC so that no time zone can move a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?$/;

export const MS_PER_DAY = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (2023-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

/** True for `YYYY-MM-DDTHH:MM[:SS[.mmm]][Z|±HH:MM]` with a real date and time. */
export function isIsoDateTime(value: string): boolean {
  const m = ISO_DATE_TIME.exec(value);
  if (!m) return false;
  if (!isIsoDate(`${m[1]}-${m[2]}-${m[3]}`)) return false;
  const [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  return h < 24 && min < 60 && s < 60;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 for an ISO date (or the date part of a date-time). */
export function toDay(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / MS_PER_DAY);
}

/** The ISO date of a day number from {@link toDay}. */
export function fromDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return toDay(to) - toDay(from);
}

/** The first day of the month `iso` falls in. */
export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

/** The last day of the month `iso` falls in. */
export function monthEnd(iso: string): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  return `${iso.slice(0, 7)}-${String(daysInMonth(y, m)).padStart(2, '0')}`;
}

/** Month ends from the month of `from` to the month of `to`, inclusive: the points of a monthly series. */
export function monthEnds(from: string, to: string): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endKey = to.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (key > endKey) break;
    out.push(monthEnd(`${key}-01`));
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Minutes since 1970 of a date-time; one without an offset is read as written (as if it were UTC). */
export function dateTimeMinutes(iso: string): number {
  const zone = /(Z|[+-]\d{2}:\d{2})$/.test(iso) ? '' : 'Z';
  return Math.floor(Date.parse(iso + zone) / 60_000);
}

/** Numbers, shares and dates in the reader's language. Dates are calendar dates: formatted in UTC. */
import type { Lang } from '../../src/core/i18n/i18n.js';

export function formatNumber(lang: Lang, n: number): string {
  return new Intl.NumberFormat(lang).format(n);
}

export function formatShare(lang: Lang, share: number, digits = 0): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(share);
}

export function formatDate(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 10)}T00:00:00Z`),
  );
}

/** `2024-03` or `2024-03-31` as "Mar 2024". */
export function formatMonth(lang: Lang, iso: string): string {
  return new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso.slice(0, 7)}-01T00:00:00Z`),
  );
}

/** A unit path as people read it: `Site › Department › Shift`. */
export function unitText(path: string): string {
  return path.replaceAll('/', ' › ');
}

/** Today's date (YYYY-MM-DD) where the person is: a conversation logged tonight happened today, not tomorrow in UTC. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A tie strength in [0, 1] as a number with two decimals. */
export function formatStrength(lang: Lang, strength: number): string {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(strength);
}

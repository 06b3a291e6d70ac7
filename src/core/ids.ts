/**
 * Record ids are the bundle's own: whatever the committee's spreadsheet used, within a few rules that keep
 * them safe to write in a `;`-separated list and in the `person:grievance` form of `raised_by`.
 */

export const MAX_ID_LENGTH = 200;

// No `;` (list separator), no `:` (qualifier in raised_by), no control characters,
// no whitespace at either end.
const ID_PATTERN = /^[^;:\s\p{Cc}](?:[^;:\p{Cc}]*[^;:\s\p{Cc}])?$/u;

/** Why `value` cannot be an id, or null when it can. */
export function idProblem(value: string): string | null {
  if (value.length === 0) return 'an id cannot be empty';
  if (value.length > MAX_ID_LENGTH) return `an id is at most ${MAX_ID_LENGTH} characters`;
  if (!ID_PATTERN.test(value)) {
    return 'an id cannot contain ";" or ":" or control characters, nor start or end with a space';
  }
  return null;
}

export function isValidId(value: string): boolean {
  return idProblem(value) === null;
}

const ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';

/**
 * A new id for a record created in the app rather than imported: a prefix naming the kind, then 10
 * characters from an alphabet without look-alike letters. `random` gives bytes (crypto in production).
 */
export function newId(prefix: string, random: (n: number) => Uint8Array): string {
  const bytes = random(10);
  let out = `${prefix}-`;
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

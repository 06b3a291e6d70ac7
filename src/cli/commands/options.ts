import { InvalidArgumentError } from 'commander';

/** A whole number of at least 1, for options like --people and --port. */
export function positiveInt(value: string): number {
  const n = Number(value.replaceAll('_', '').replaceAll(',', ''));
  if (!Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return n;
}

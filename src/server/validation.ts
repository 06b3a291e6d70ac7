import type { ZodError } from 'zod';
import { canSeePerson, concernsViewer, type Viewer } from '../core/access.js';
import { translator, type Lang } from '../core/i18n/i18n.js';
import { ApiError, invalidInput, type FieldProblem } from './api-error.js';
import type { AppContext } from './app-env.js';
import { FIELD_MESSAGES, type FieldMessage } from './server-messages.js';

/**
 * Refused input, field by field: the path of each field (`asks.0.to`) and a reason a person can act on.
 * Reasons written in the core schemas (for example "a date is written YYYY-MM-DD") pass through; zod's
 * generic ones are replaced by ours, in the person's language.
 */
export function fieldProblems(error: ZodError, lang: Lang, input: unknown): FieldProblem[] {
  const t = translator(FIELD_MESSAGES, lang);
  return error.issues.map((issue) => {
    const field = issue.path.map(String).join('.') || t('body');
    if (issue.path.length > 0 && valueAt(input, issue.path) === undefined) return { field, message: t('required') };
    switch (issue.code) {
      case 'invalid_type': {
        const known = `expected_${issue.expected}`;
        const message = isKnownType(known) ? t(known) : t('expected', { expected: issue.expected });
        return { field, message };
      }
      case 'invalid_value':
        return { field, message: t('one_of', { values: issue.values.map(String).join(', ') }) };
      case 'unrecognized_keys':
        return { field, message: t('unknown_fields', { n: issue.keys.length, keys: issue.keys.join(', ') }) };
      default:
        return { field, message: issue.message };
    }
  });
}

const KNOWN_TYPES = new Set<FieldMessage>([
  'expected_string',
  'expected_number',
  'expected_int',
  'expected_boolean',
  'expected_array',
  'expected_object',
]);

/** Types named in words of their own (server-messages.ts), rather than by zod's name for them. */
function isKnownType(key: string): key is FieldMessage {
  return KNOWN_TYPES.has(key as FieldMessage);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at: unknown = input;
  for (const key of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

/** The one reaction to input that fails its schema, installed on every routes app. */
export function refuseInvalid(
  result: { success: true } | { success: false; error: ZodError },
  c: AppContext,
): undefined {
  if (result.success) return undefined;
  // @hono/zod-validator hands the raw input to the hook as `data`, failed or not (its types say only on success).
  const input = 'data' in result ? result.data : undefined;
  const fields = fieldProblems(result.error, c.var.lang, input);
  throw new ApiError('invalid_input', { field: fields[0]!.field, reason: fields[0]!.message }, fields);
}

/** A unit the viewer was not granted, named as a field problem with the units they were. */
export function unitNotGranted(viewer: Viewer, lang: Lang, field = 'unit'): FieldProblem {
  const units = viewer.units === 'all' ? '' : viewer.units.join(', ');
  return { field, message: translator(FIELD_MESSAGES, lang)('unit_not_granted', { units }) };
}

/**
 * What is saved must stay where the viewer can see it, or it would vanish from them on save: a worker in a
 * unit they hold, a grievance or space that concerns them.
 */
export function mustStayVisible(
  viewer: Viewer,
  lang: Lang,
  record:
    | { kind: 'person'; unit: string | null; circle: 'sun' | 'moon' | 'satellite' }
    | { kind: 'scoped'; unit: string | null },
): void {
  const visible = record.kind === 'person' ? canSeePerson(viewer, record) : concernsViewer(viewer, record.unit);
  if (!visible) throw invalidInput([unitNotGranted(viewer, lang)]);
}

/**
 * Errors the API answers with: a typed code, the HTTP status it maps to (in one exhaustive table), and a
 * message a person can act on, in their language (server-messages.ts). Bodies are always
 * `{ error: { code, message, fields? } }`; `fields` names each input field that was refused, and why.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Params } from '../core/i18n/i18n.js';

export const ERROR_STATUS = {
  invalid_input: 400,
  malformed_body: 400,
  bundle_unreadable: 400,
  not_signed_in: 401,
  wrong_credentials: 401,
  wrong_code: 401,
  passkey_failed: 401,
  second_factor_expired: 401,
  forbidden: 403,
  cross_site_request: 403,
  reauth_required: 403,
  import_needs_whole_workspace: 403,
  not_found: 404,
  workspace_not_found: 404,
  person_not_found: 404,
  conversation_not_found: 404,
  grievance_not_found: 404,
  ask_not_found: 404,
  mandate_not_found: 404,
  moon_session_not_found: 404,
  vote_not_found: 404,
  satellite_effect_not_found: 404,
  picket_shift_not_found: 404,
  mutual_aid_not_found: 404,
  plan_not_found: 404,
  space_not_found: 404,
  unit_not_found: 404,
  user_not_found: 404,
  passkey_not_found: 404,
  setup_done: 409,
  username_taken: 409,
  workspace_exists: 409,
  last_admin: 409,
  merge_conflict: 409,
  record_in_use: 409,
  totp_exists: 409,
  totp_not_started: 409,
  payload_too_large: 413,
  bundle_too_large: 413,
  unsupported_media_type: 415,
  too_many_attempts: 429,
  internal: 500,
  demo_unavailable: 501,
  wipe_unavailable: 501,
  store_unavailable: 503,
} as const satisfies Record<string, ContentfulStatusCode>;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];

/** One refused input field: its path (`participants.1`, `asks.0.to`) and the reason. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Fill the message template's placeholders (server-messages.ts). */
    readonly params: Params = {},
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(code);
    this.name = 'ApiError';
  }

  get status(): ContentfulStatusCode {
    return ERROR_STATUS[this.code];
  }
}

/** Input that passed its schema but names something that is not there (for this viewer), field by field. */
export function invalidInput(fields: readonly [FieldProblem, ...FieldProblem[]]): ApiError {
  return new ApiError('invalid_input', { field: fields[0].field, reason: fields[0].message }, fields);
}

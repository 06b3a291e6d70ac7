/**
 * What the audit log records (src/store/audit): the store writes these words, the web app names them.
 * `record_changed` and `record_removed` are a correction to, or the removal of, a record of the power map, a plan
 * or a space: the subject is the record's id and the details name its kind and the fields changed, never their
 * values (which may be sealed).
 */
export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'sign_in_refused',
  'sign_out_everywhere',
  'password_change',
  'reauth',
  'passkey_added',
  'passkey_removed',
  'totp_enrolled',
  'totp_removed',
  'recovery_code_used',
  'notes_read',
  'export',
  'import',
  'backup',
  'restore',
  'user_added',
  'role_change',
  'grant',
  'revoke',
  'retention_set',
  'notes_purged',
  'rekey',
  'wipe',
  'record_changed',
  'record_removed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

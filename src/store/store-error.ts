/**
 * Errors the store raises on purpose, with a code the CLI and the API map to an answer, and a message a
 * person can act on.
 */
export type StoreErrorCode =
  | 'wrong_key'
  | 'missing_key'
  | 'not_encrypted'
  | 'unreachable'
  | 'migration_failed'
  | 'workspace_not_found'
  | 'workspace_exists'
  | 'bad_config'
  | 'username_taken'
  | 'sealed_value'
  | 'not_empty'
  | 'backup_unreadable';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}

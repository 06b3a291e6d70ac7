import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { translator } from '../core/i18n/i18n.js';
import { StoreError, type StoreErrorCode } from '../store/store-error.js';
import { ApiError, type ErrorCode } from './api-error.js';
import type { AppEnv } from './app-env.js';
import { SERVER_MESSAGES } from './server-messages.js';

/** Store errors the API may meet, and what it answers. The store's own messages never reach a browser. */
const FROM_STORE: Record<StoreErrorCode, ErrorCode> = {
  workspace_not_found: 'workspace_not_found',
  workspace_exists: 'workspace_exists',
  username_taken: 'username_taken',
  unreachable: 'store_unavailable',
  wrong_key: 'internal',
  missing_key: 'internal',
  not_encrypted: 'internal',
  migration_failed: 'internal',
  bad_config: 'internal',
  sealed_value: 'internal',
  not_empty: 'internal',
  backup_unreadable: 'internal',
};

export function errorResponse(c: Context<AppEnv>, error: ApiError): Response {
  const t = translator(SERVER_MESSAGES, c.var.lang ?? 'en');
  const body = {
    error: {
      code: error.code,
      message: t(error.code, error.params),
      ...(error.fields.length > 0 ? { fields: error.fields } : {}),
    },
  };
  return c.json(body, error.status);
}

/** Turn anything thrown into the one error body; log what a person cannot fix. */
export function handleError(log: (message: string, error: unknown) => void) {
  return (error: Error, c: Context<AppEnv>): Response => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof StoreError) {
      const code = FROM_STORE[error.code];
      if (code === 'internal' || code === 'store_unavailable')
        log(`store error on ${c.req.method} ${c.req.path}`, error);
      return errorResponse(c, new ApiError(code, { name: c.req.param('workspace') ?? '' }));
    }
    if (error instanceof HTTPException) {
      if (error.status === 413) return errorResponse(c, new ApiError('payload_too_large'));
      if (error.status === 400) return errorResponse(c, new ApiError('malformed_body'));
      if (error.status === 415) return errorResponse(c, new ApiError('unsupported_media_type'));
    }
    log(`unexpected error on ${c.req.method} ${c.req.path}`, error);
    return errorResponse(c, new ApiError('internal'));
  };
}

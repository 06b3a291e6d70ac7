import type { Generated } from 'kysely';

/** Row shapes of the security tables (migration 0004-security). */

/** One entry of the hash-chained audit log (audit.store.ts). Never updated, never deleted. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: number | null;
  action: string;
  workspace_id: number | null;
  subject: string | null;
  /** Canonical JSON (sorted keys): what the hash covers. */
  details: string;
  prev_hash: string;
  hash: string;
}

/** A failed sign-in guess: whose account (null for a name with no account) and a daily-keyed hash of the address. */
export interface SignInFailuresTable {
  id: Generated<number>;
  user_id: number | null;
  address_hash: string | null;
  /** 'password' or 'second_factor'. */
  kind: string;
  at: string;
}

export interface PasskeysTable {
  /** The credential id, base64url, as the authenticator gave it. */
  id: string;
  user_id: number;
  /** The COSE public key, base64url. */
  public_key: string;
  counter: number;
  /** Comma-separated transports the browser reported (usb, internal, hybrid...). */
  transports: string;
  /** What the person called it ("my phone"). */
  name: string;
  created_at: string;
  last_used_at: string | null;
}

export interface TotpFactorsTable {
  user_id: number;
  /** The base32 secret; sealed on PostgreSQL (workspace 0: accounts). */
  secret: string;
  /** Null until the person has typed one code from their app. */
  confirmed_at: string | null;
  /** The last time step a code was accepted for: a code is never accepted twice. */
  last_step: number | null;
  created_at: string;
}

export interface RecoveryCodesTable {
  id: Generated<number>;
  user_id: number;
  /** SHA-256 (hex) of the normalised code: the code itself is shown once and never stored. */
  code_hash: string;
  used_at: string | null;
}

/** A workspace's data key of one version, wrapped by the master key (PostgreSQL sealing). */
export interface DataKeysTable {
  /** 0 holds the key of account secrets (TOTP). */
  workspace_id: number;
  version: number;
  wrapped: string;
  created_at: string;
}

/** PostgreSQL only (migration 0006): a column (`table.column`) known to hold only sealed values, and since when. */
export interface SealedColumnsTable {
  name: string;
  sealed_at: string;
}

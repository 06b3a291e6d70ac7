import type { Generated } from 'kysely';

/** Row shapes of accounts, their sessions and their grants (migration 0002). */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  /** An argon2id PHC string; never the password. */
  password_hash: string;
  role: string;
  /** The display language the person chose; null follows the browser. */
  language: string | null;
  created_at: string;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session token: the token itself lives only in the browser's cookie. */
  id: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  /** When this session last proved its password again (migration 0004-security); null: never. */
  reauthed_at?: string | null;
}

export interface WorkspaceGrantsTable {
  id: Generated<number>;
  user_id: number;
  workspace_id: number;
  /** The unit granted, with everything under it; null grants the whole workspace. */
  unit_path: string | null;
}

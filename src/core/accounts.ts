/**
 * Accounts: who may sign in, with which role, and which units of which workspace they were granted.
 * The schemas are shared by the API, the command line and the web forms. The roles' meaning is in access.ts.
 */
import { z } from 'zod';
import { ROLES, type Role } from './access.js';
import { LANGS, type Lang } from './i18n/i18n.js';
import { unitPathSchema } from './records.js';
import { workspaceNameSchema } from './workspace.js';

/**
 * A username, compared without regard to case: `Ana` and `ana` are the same account. Letters, digits and
 * `.`, `_`, `-` only, so that a name cannot pass for another by invisible or look-alike characters.
 */
export const usernameSchema = z
  .string()
  .trim()
  .min(1, 'a username cannot be empty')
  .max(64, 'a username is at most 64 characters')
  .regex(/^[\p{L}\p{N}._-]+$/u, 'a username uses letters, digits, ".", "_" and "-" only, without spaces')
  .transform((s) => s.normalize('NFKC').toLowerCase());

/** Long passphrases are welcome; the upper bound only keeps one request from tying up the hasher. */
export const MIN_PASSWORD_LENGTH = 10;
export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `a password has at least ${MIN_PASSWORD_LENGTH} characters (a few words make a good one)`)
  .max(1024, 'a password is at most 1024 characters');

export const roleSchema = z.enum(ROLES);
export const langSchema = z.enum(LANGS);

export interface User {
  id: number;
  username: string;
  role: Role;
  language: Lang | null;
  createdAt: string;
}

/** A grant of a unit (with everything under it) in a workspace; `unit: null` is the whole workspace. */
export interface Grant {
  workspace: string;
  unit: string | null;
}

export const grantSchema = z.object({
  workspace: workspaceNameSchema,
  unit: unitPathSchema.nullable().default(null),
});

import { z } from '@hono/zod-openapi';
import { ROLES } from '../../core/access.js';
import { langSchema, passwordSchema, usernameSchema } from '../../core/accounts.js';
import { LANGS } from '../../core/i18n/i18n.js';

/** Shapes of accounts as the API shows them: never a password hash. */
export const userSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    role: z.enum(ROLES),
    language: z.enum(LANGS).nullable(),
    createdAt: z.string(),
  })
  .openapi('User');

export const grantOutSchema = z.object({ workspace: z.string(), unit: z.string().nullable() }).openapi('Grant');

export const meSchema = z.object({ user: userSchema, grants: z.array(grantOutSchema) }).openapi('Me');

/** At sign-in the username is only looked up, never checked against the rules for new names. */
export const credentialsSchema = z
  .object({
    username: z
      .string()
      .max(200)
      .transform((s) => s.trim().normalize('NFKC').toLowerCase()),
    password: z.string().min(1, 'type your password').max(1024),
  })
  .strict();

export const newAccountSchema = z
  .object({ username: usernameSchema, password: passwordSchema, language: langSchema.nullable().default(null) })
  .strict();

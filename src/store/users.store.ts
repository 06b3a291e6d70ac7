import { sql, type Selectable } from 'kysely';
import type { Role } from '../core/access.js';
import type { User } from '../core/accounts.js';
import { isLang, type Lang } from '../core/i18n/i18n.js';
import type { UsersTable } from './accounts.table.js';
import { inTransaction, type Db } from './database.js';
import { StoreError } from './store-error.js';

/** An account with its password hash: only sign-in ever needs the hash. */
export interface UserWithHash extends User {
  passwordHash: string;
}

function userFromRow(r: Selectable<UsersTable>): UserWithHash {
  return {
    id: r.id,
    username: r.username,
    role: r.role as Role,
    language: isLang(r.language) ? r.language : null,
    createdAt: r.created_at,
    passwordHash: r.password_hash,
  };
}

function withoutHash({ passwordHash: _, ...user }: UserWithHash): User {
  return user;
}

export interface NewUser {
  /** Already normalised by usernameSchema. */
  username: string;
  passwordHash: string;
  role: Role;
  language?: Lang | null;
}

export async function createUser(db: Db, user: NewUser, now: Date): Promise<User> {
  return inTransaction(db, async (tx) => {
    if (await findUserByUsername(tx, user.username)) {
      throw new StoreError('username_taken', `the username "${user.username}" is taken; choose another`);
    }
    const row = await tx.kysely
      .insertInto('users')
      .values({
        username: user.username,
        password_hash: user.passwordHash,
        role: user.role,
        language: user.language ?? null,
        created_at: now.toISOString(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return withoutHash(userFromRow(row));
  });
}

/**
 * Create the first admin, only while there is no account at all. Two first-run requests racing each other
 * cannot both succeed: on PostgreSQL the users table is locked for the check, and SQLite runs one write
 * transaction at a time.
 */
export async function createFirstAdmin(db: Db, user: Omit<NewUser, 'role'>, now: Date): Promise<User | null> {
  return inTransaction(db, async (tx) => {
    if (tx.engine === 'postgres') await sql`lock table users in share row exclusive mode`.execute(tx.kysely);
    if ((await countUsers(tx)) > 0) return null;
    return createUser(tx, { ...user, role: 'admin' }, now);
  });
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserByUsername(db: Db, username: string): Promise<UserWithHash | null> {
  const row = await db.kysely.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
  return row ? userFromRow(row) : null;
}

export async function getUser(db: Db, id: number): Promise<User | null> {
  const row = await db.kysely.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? withoutHash(userFromRow(row)) : null;
}

export async function listUsers(db: Db): Promise<User[]> {
  const rows = await db.kysely.selectFrom('users').selectAll().orderBy('username').execute();
  return rows.map((r) => withoutHash(userFromRow(r)));
}

export async function setRole(db: Db, id: number, role: Role): Promise<void> {
  await db.kysely.updateTable('users').set({ role }).where('id', '=', id).execute();
}

export async function setPasswordHash(db: Db, id: number, passwordHash: string): Promise<void> {
  await db.kysely.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
}

export async function setLanguage(db: Db, id: number, language: Lang | null): Promise<void> {
  await db.kysely.updateTable('users').set({ language }).where('id', '=', id).execute();
}

/** How many admins there are: the last one cannot be demoted, or nobody could manage accounts again. */
export async function countAdmins(db: Db): Promise<number> {
  const row = await db.kysely
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

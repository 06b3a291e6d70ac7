import type { Role } from '../core/access.js';
import type { User } from '../core/accounts.js';
import { isLang } from '../core/i18n/i18n.js';
import type { Db } from './database.js';

/**
 * Sessions, known by the SHA-256 of their token (the caller hashes; the token never reaches the store).
 * A session ends when it has been idle too long, when it reaches its absolute end, on sign-out, or when its
 * user's role changes.
 */
export interface Session {
  id: string;
  userId: number;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface SessionWithUser {
  session: Session;
  user: User;
}

export async function createSession(
  db: Db,
  s: { id: string; userId: number; now: Date; expiresAt: Date },
): Promise<Session> {
  const at = s.now.toISOString();
  const row = {
    id: s.id,
    user_id: s.userId,
    created_at: at,
    last_seen_at: at,
    expires_at: s.expiresAt.toISOString(),
  };
  await db.kysely.insertInto('sessions').values(row).execute();
  return { id: row.id, userId: row.user_id, createdAt: at, lastSeenAt: at, expiresAt: row.expires_at };
}

/**
 * The live session with this id and its user, or null. A session idle for longer than `idleMs`, or past its
 * end, is removed on the way.
 */
export async function findLiveSession(db: Db, id: string, now: Date, idleMs: number): Promise<SessionWithUser | null> {
  const row = await db.kysely
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id as id',
      'sessions.user_id as user_id',
      'sessions.created_at as created_at',
      'sessions.last_seen_at as last_seen_at',
      'sessions.expires_at as expires_at',
      'users.username as username',
      'users.role as role',
      'users.language as language',
      'users.created_at as user_created_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const idleSince = now.getTime() - Date.parse(row.last_seen_at);
  if (idleSince > idleMs || now.getTime() >= Date.parse(row.expires_at)) {
    await endSession(db, id);
    return null;
  }
  return {
    session: {
      id: row.id,
      userId: row.user_id,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      expiresAt: row.expires_at,
    },
    user: {
      id: row.user_id,
      username: row.username,
      role: row.role as Role,
      language: isLang(row.language) ? row.language : null,
      createdAt: row.user_created_at,
    },
  };
}

/** Note that the session was used now (which pushes its idle timeout back). */
export async function touchSession(db: Db, id: string, now: Date): Promise<void> {
  await db.kysely.updateTable('sessions').set({ last_seen_at: now.toISOString() }).where('id', '=', id).execute();
}

export async function endSession(db: Db, id: string): Promise<void> {
  await db.kysely.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Sign a user out everywhere, optionally keeping one session (the one asking). */
export async function endUserSessions(db: Db, userId: number, except?: string): Promise<number> {
  const result = await db.kysely
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .$if(except !== undefined, (q) => q.where('id', '<>', except!))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Remove every session that has ended, whether by idling or by reaching its end. */
export async function purgeEndedSessions(db: Db, now: Date, idleMs: number): Promise<number> {
  const idleCutoff = new Date(now.getTime() - idleMs).toISOString();
  const result = await db.kysely
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('last_seen_at', '<', idleCutoff), eb('expires_at', '<=', now.toISOString())]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function countSessions(db: Db, userId: number): Promise<number> {
  const row = await db.kysely
    .selectFrom('sessions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Note that this session proved its password (or passkey) again just now: sign-in, or a re-confirmation. */
export async function markReauthenticated(db: Db, id: string, now: Date): Promise<void> {
  await db.kysely.updateTable('sessions').set({ reauthed_at: now.toISOString() }).where('id', '=', id).execute();
}

/** When this session last proved its password again, if ever. */
export async function reauthenticatedAt(db: Db, id: string): Promise<Date | null> {
  const row = await db.kysely.selectFrom('sessions').select('reauthed_at').where('id', '=', id).executeTakeFirst();
  return row?.reauthed_at ? new Date(row.reauthed_at) : null;
}

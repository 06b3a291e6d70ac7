/**
 * Failed sign-in guesses, kept in the database so that restarting the server does not reset the limits
 * (src/server/sign-in-limits.ts). A failure names the account it was against (none for a name with no
 * account) and a hash of the address under a key that lives only in the server's memory: never an address.
 */
import type { Db } from './database.js';

export type FailureKind = 'password' | 'second_factor';

export async function recordFailure(
  db: Db,
  f: { userId: number | null; addressHash: string | null; kind: FailureKind; at: Date },
): Promise<void> {
  await db.kysely
    .insertInto('sign_in_failures')
    .values({ user_id: f.userId, address_hash: f.addressHash, kind: f.kind, at: f.at.toISOString() })
    .execute();
}

/** Failures of this kind against this account since `since`. */
export async function countAccountFailures(db: Db, userId: number, kind: FailureKind, since: Date): Promise<number> {
  const row = await db.kysely
    .selectFrom('sign_in_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('kind', '=', kind)
    .where('at', '>', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Failures of any kind from this (hashed) address since `since`. */
export async function countAddressFailures(db: Db, addressHash: string, since: Date): Promise<number> {
  const row = await db.kysely
    .selectFrom('sign_in_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('address_hash', '=', addressHash)
    .where('at', '>', since.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Forget failures older than `before`: they no longer count towards any limit. */
export async function purgeFailures(db: Db, before: Date): Promise<number> {
  const result = await db.kysely
    .deleteFrom('sign_in_failures')
    .where('at', '<=', before.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

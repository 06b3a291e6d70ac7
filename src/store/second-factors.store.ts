/**
 * Ways to sign in besides a password: passkeys (WebAuthn credentials: only their public keys are kept),
 * a TOTP secret (sealed on PostgreSQL, like the personal fields) and its recovery codes (kept only as
 * hashes, each used once). The rules are in src/server/passkeys.ts and src/server/second-factor.ts.
 */
import type { Db } from './database.js';
import type { FieldRef } from './field-seal.js';

/** Account secrets are sealed under the data key of "workspace" 0, which no workspace ever has. */
export const ACCOUNT_SECRETS_WORKSPACE = 0;

const totpRef = (userId: number): FieldRef => ({
  table: 'totp_factors',
  column: 'secret',
  workspaceId: ACCOUNT_SECRETS_WORKSPACE,
  rowId: String(userId),
});

export interface TotpFactor {
  secret: string;
  confirmedAt: string | null;
  lastStep: number | null;
}

/** Start (or restart) enrolment: a new secret, not yet confirmed. */
export async function saveTotpSecret(db: Db, userId: number, secret: string, now: Date): Promise<void> {
  const sealed = db.seal.seal(totpRef(userId), secret);
  await db.kysely
    .insertInto('totp_factors')
    .values({ user_id: userId, secret: sealed, confirmed_at: null, last_step: null, created_at: now.toISOString() })
    .onConflict((oc) =>
      oc
        .column('user_id')
        .doUpdateSet({ secret: sealed, confirmed_at: null, last_step: null, created_at: now.toISOString() }),
    )
    .execute();
}

export async function getTotp(db: Db, userId: number): Promise<TotpFactor | null> {
  const row = await db.kysely.selectFrom('totp_factors').selectAll().where('user_id', '=', userId).executeTakeFirst();
  if (!row) return null;
  return { secret: db.seal.open(totpRef(userId), row.secret), confirmedAt: row.confirmed_at, lastStep: row.last_step };
}

export async function confirmTotp(db: Db, userId: number, step: number, now: Date): Promise<void> {
  await db.kysely
    .updateTable('totp_factors')
    .set({ confirmed_at: now.toISOString(), last_step: step })
    .where('user_id', '=', userId)
    .execute();
}

/**
 * Take a time step as used, only if it is later than the last one used: a code is good once. Returns false
 * when the step (or a later one) was used already, even by a request racing this one.
 */
export async function takeTotpStep(db: Db, userId: number, step: number): Promise<boolean> {
  const result = await db.kysely
    .updateTable('totp_factors')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Remove the TOTP factor and its recovery codes. */
export async function removeTotp(db: Db, userId: number): Promise<boolean> {
  await db.kysely.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  const result = await db.kysely.deleteFrom('totp_factors').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Replace every recovery code of an account by these hashes. */
export async function replaceRecoveryCodes(db: Db, userId: number, hashes: readonly string[]): Promise<void> {
  await db.kysely.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  if (hashes.length === 0) return;
  await db.kysely
    .insertInto('recovery_codes')
    .values(hashes.map((code_hash) => ({ user_id: userId, code_hash, used_at: null })))
    .execute();
}

/** Use a recovery code: true once for each code, false for one unknown or used already. */
export async function useRecoveryCode(db: Db, userId: number, hash: string, now: Date): Promise<boolean> {
  const result = await db.kysely
    .updateTable('recovery_codes')
    .set({ used_at: now.toISOString() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', hash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function countUnusedRecoveryCodes(db: Db, userId: number): Promise<number> {
  const row = await db.kysely
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface Passkey {
  id: string;
  userId: number;
  publicKey: Uint8Array;
  counter: number;
  transports: string[];
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

interface PasskeyRow {
  id: string;
  user_id: number;
  public_key: string;
  counter: number;
  transports: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

function passkeyFromRow(r: PasskeyRow): Passkey {
  return {
    id: r.id,
    userId: r.user_id,
    publicKey: new Uint8Array(Buffer.from(r.public_key, 'base64url')),
    counter: Number(r.counter),
    transports: r.transports ? r.transports.split(',') : [],
    name: r.name,
    createdAt: r.created_at,
    lastUsedAt: r.last_used_at,
  };
}

export async function addPasskey(db: Db, p: Omit<Passkey, 'createdAt' | 'lastUsedAt'>, now: Date): Promise<Passkey> {
  const row: PasskeyRow = {
    id: p.id,
    user_id: p.userId,
    public_key: Buffer.from(p.publicKey).toString('base64url'),
    counter: p.counter,
    transports: p.transports.join(','),
    name: p.name,
    created_at: now.toISOString(),
    last_used_at: null,
  };
  await db.kysely.insertInto('passkeys').values(row).execute();
  return passkeyFromRow(row);
}

export async function findPasskey(db: Db, id: string): Promise<Passkey | null> {
  const row = await db.kysely.selectFrom('passkeys').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? passkeyFromRow(row) : null;
}

export async function listPasskeys(db: Db, userId: number): Promise<Passkey[]> {
  const rows = await db.kysely
    .selectFrom('passkeys')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
  return rows.map(passkeyFromRow);
}

export async function passkeyUsed(db: Db, id: string, counter: number, now: Date): Promise<void> {
  await db.kysely
    .updateTable('passkeys')
    .set({ counter, last_used_at: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

export async function removePasskey(db: Db, userId: number, id: string): Promise<boolean> {
  const result = await db.kysely
    .deleteFrom('passkeys')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

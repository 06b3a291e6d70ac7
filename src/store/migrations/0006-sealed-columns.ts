import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';

/**
 * PostgreSQL only: which columns are known to hold only sealed values (docs/security.md, "Sealed fields on
 * PostgreSQL"). When a release seals another column, the rows written before it still hold that column in
 * plain text: the first open after the upgrade seals them once (sealing/rekey.ts, sealNewColumns) and records
 * the column here; from then on a plain value in it is refused like in any sealed column. The columns sealed
 * since 0004 are recorded now, so that what was written by hand there is still refused, not sealed silently.
 * SQLite encrypts the whole file and has no use for it.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  await db.schema
    .createTable('sealed_columns')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('sealed_at', 'text', (c) => c.notNull())
    .execute();
  const at = new Date().toISOString();
  await (db as Kysely<{ sealed_columns: { name: string; sealed_at: string } }>)
    .insertInto('sealed_columns')
    .values(
      ['people.name', 'people.contact', 'interactions.notes', 'grievances.title', 'totp_factors.secret'].map(
        (name) => ({ name, sealed_at: at }),
      ),
    )
    .execute();
}

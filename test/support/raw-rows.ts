import { sql } from 'kysely';
import type { Store } from '../../src/store/store.js';

/** Every row of every table of a store, as the database holds it (sealed values sealed), as one text. */
export async function everyRow(store: Store): Promise<string> {
  const tables =
    store.engine === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(store.kysely)).rows
      : (
          await sql<{ name: string }>`select table_name as name from information_schema.tables
            where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(store.kysely)
        ).rows;
  let text = '';
  for (const t of tables) {
    text += `${JSON.stringify((await sql`select * from ${sql.table(t.name)}`.execute(store.kysely)).rows)}\n`;
  }
  return text;
}

import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../database.js';
import * as m0001 from './0001-records.js';
import * as m0002 from './0002-accounts.js';
import * as m0003 from './0003-power.js';
import * as m0004 from './0004-security.js';
import * as m0005 from './0005-model-indexes.js';
import * as m0006 from './0006-sealed-columns.js';
import * as m0007 from './0007-interactions-model-space.js';
import * as m0008 from './0008-interaction-participant-ids.js';
import * as m0009 from './0009-tie-observations-model.js';
import * as m0010 from './0010-interactions-model-rows.js';

interface EngineMigration {
  up(db: Kysely<unknown>, engine: Engine): Promise<void>;
}

/**
 * Every migration, in order. Append-only: a migration that has landed is never edited, only followed.
 * Names sort in the order they run.
 */
const MIGRATIONS: Record<string, EngineMigration> = {
  '0001-records': m0001,
  '0002-accounts': m0002,
  '0003-power': m0003,
  '0004-security': m0004,
  '0005-model-indexes': m0005,
  '0006-sealed-columns': m0006,
  '0007-interactions-model-space': m0007,
  '0008-interaction-participant-ids': m0008,
  '0009-tie-observations-model': m0009,
  '0010-interactions-model-rows': m0010,
};

export function migrationsFor(engine: Engine): Record<string, Migration> {
  return Object.fromEntries(
    Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (db: Kysely<unknown>) => m.up(db, engine) }]),
  );
}

import { sql } from 'kysely';
import type { Db } from './database.js';

/**
 * After a bulk write (an import, the demo), bring PostgreSQL's planner statistics up to date for the tables
 * the analysis reads a page at a time. Until autovacuum gets to them, the planner believes a freshly filled
 * table holds a few hundred rows, and answers "the next 5,000 interactions after this id" by reading every
 * interaction after it and sorting them: each page of the analysis then reads the rest of the table, and a
 * workspace of a million interactions took a minute to analyze instead of seconds (docs/benchmarks.md).
 * Nothing to do on SQLite (its big reads name their index), or inside a transaction (run it after the commit).
 */
export async function refreshPlannerStatistics(db: Db): Promise<void> {
  if (db.engine !== 'postgres' || db.kysely.isTransaction) return;
  await sql`ANALYZE people, interactions, interaction_participants, grievance_raisings, tie_observations, asks`.execute(
    db.kysely,
  );
}

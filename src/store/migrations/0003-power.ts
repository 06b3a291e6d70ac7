import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';
import { workspaceColumn } from './columns.js';

/**
 * The power map (issue 6): mandates and who holds them, sessions in moon spaces with who attended, which
 * mandates they addressed and whom they were reported back to, votes (counts only: ballots stay secret),
 * satellite effects and whom they touched, picket shifts and who stood them, mutual aid, and the committee's
 * relationship-first plans. Keyed like 0001: (workspace_id, id) with the bundle's own ids; link tables keep
 * `ord` and go with their parent; everything goes with its workspace.
 *
 * `decided_in` names an interaction or an action, so it has no foreign key. A target (`target` columns) is a
 * person's id or a unit path, told apart by whether a person has that id (src/core/power-records.ts).
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  const ws = workspaceColumn;

  await db.schema
    .createTable('mandates')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('decided_in', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mandates_pk', ['workspace_id', 'id'])
    .execute();
  await linkToPeople(db, 'mandate_holders', 'mandate_id', 'mandates');

  await db.schema
    .createTable('moon_sessions')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('space_id', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('closed_door', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('reported_back_on', 'text')
    .addPrimaryKeyConstraint('moon_sessions_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('moon_sessions_space', ['workspace_id', 'space_id'], 'spaces', ['workspace_id', 'id'])
    .execute();
  await linkToPeople(db, 'moon_session_attendees', 'session_id', 'moon_sessions');
  await db.schema
    .createTable('moon_session_mandates')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('mandate_id', 'text', (c) => c.notNull())
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('moon_session_mandates_pk', ['workspace_id', 'session_id', 'mandate_id'])
    .addForeignKeyConstraint(
      'moon_session_mandates_session',
      ['workspace_id', 'session_id'],
      'moon_sessions',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('moon_session_mandates_mandate', ['workspace_id', 'mandate_id'], 'mandates', [
      'workspace_id',
      'id',
    ])
    .execute();
  await targets(db, 'moon_session_reported_to', 'session_id', 'moon_sessions');

  await db.schema
    .createTable('votes')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('mandate_id', 'text')
    .addColumn('session_id', 'text')
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('question', 'text', (c) => c.notNull())
    .addColumn('yes_count', 'integer', (c) => c.notNull())
    .addColumn('no_count', 'integer', (c) => c.notNull())
    .addColumn('abstain_count', 'integer')
    .addPrimaryKeyConstraint('votes_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('votes_mandate', ['workspace_id', 'mandate_id'], 'mandates', ['workspace_id', 'id'])
    .addForeignKeyConstraint('votes_session', ['workspace_id', 'session_id'], 'moon_sessions', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('satellite_effects')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('satellite_id', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('effect', 'text', (c) => c.notNull())
    .addColumn('what', 'text')
    .addPrimaryKeyConstraint('satellite_effects_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('satellite_effects_satellite', ['workspace_id', 'satellite_id'], 'people', [
      'workspace_id',
      'id',
    ])
    .execute();
  await targets(db, 'satellite_effect_targets', 'effect_id', 'satellite_effects');

  await db.schema
    .createTable('picket_shifts')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('space_id', 'text', (c) => c.notNull())
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('picket_shifts_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('picket_shifts_space', ['workspace_id', 'space_id'], 'spaces', ['workspace_id', 'id'])
    .execute();
  await linkToPeople(db, 'picket_shift_people', 'shift_id', 'picket_shifts');

  await db.schema
    .createTable('mutual_aid')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('given_by', 'text')
    .addColumn('given_to', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('amount', 'double precision')
    .addPrimaryKeyConstraint('mutual_aid_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('mutual_aid_given_by', ['workspace_id', 'given_by'], 'people', ['workspace_id', 'id'])
    .addForeignKeyConstraint('mutual_aid_given_to', ['workspace_id', 'given_to'], 'people', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('mutual_aid_given_to').on('mutual_aid').columns(['workspace_id', 'given_to']).execute();

  await db.schema
    .createTable('plans')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_on', 'text', (c) => c.notNull())
    .addColumn('action_id', 'text')
    .addColumn('message', 'text')
    .addPrimaryKeyConstraint('plans_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('plans_action', ['workspace_id', 'action_id'], 'actions', ['workspace_id', 'id'])
    .execute();
  await targets(db, 'plan_expected', 'plan_id', 'plans');
}

/** A list of people of a parent record, in order, going with the parent; indexed by person. */
async function linkToPeople(db: Kysely<unknown>, table: string, parentColumn: string, parent: string) {
  await db.schema
    .createTable(table)
    .addColumn('workspace_id', 'integer', workspaceColumn)
    .addColumn(parentColumn, 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, ['workspace_id', parentColumn, 'person_id'])
    .addForeignKeyConstraint(`${table}_parent`, ['workspace_id', parentColumn], parent, ['workspace_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(`${table}_person`, ['workspace_id', 'person_id'], 'people', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex(`${table}_person`).on(table).columns(['workspace_id', 'person_id']).execute();
}

/** A list of targets (people's ids or unit paths) of a parent record, in order, going with the parent. */
async function targets(db: Kysely<unknown>, table: string, parentColumn: string, parent: string) {
  await db.schema
    .createTable(table)
    .addColumn('workspace_id', 'integer', workspaceColumn)
    .addColumn(parentColumn, 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, ['workspace_id', parentColumn, 'target'])
    .addForeignKeyConstraint(`${table}_parent`, ['workspace_id', parentColumn], parent, ['workspace_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
}

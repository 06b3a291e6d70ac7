import type { Kysely } from 'kysely';
import type { Engine } from '../database.js';
import { idColumn, workspaceColumn } from './columns.js';

/**
 * The records of a workspace (DESIGN.md, domain model). Every record is keyed by (workspace_id, id) with
 * the bundle's own id, so imports need no id translation and re-importing updates in place.
 * Link tables keep `ord` so lists come back in the order they were given.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('workspaces')
    .addColumn('id', 'integer', (c) => idColumn(c, engine))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  const ws = workspaceColumn;

  await db.schema
    .createTable('units')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('parent_path', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('units_pk', ['workspace_id', 'path'])
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('circle', 'text', (c) => c.notNull())
    .addColumn('unit_path', 'text')
    .addColumn('role', 'text')
    .addColumn('started_on', 'text')
    .addColumn('left_on', 'text')
    .addColumn('language', 'text')
    .addColumn('stance', 'text', (c) => c.notNull())
    .addColumn('contact', 'text')
    .addPrimaryKeyConstraint('people_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('people_unit').on('people').columns(['workspace_id', 'unit_path']).execute();

  await db.schema
    .createTable('spaces')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit_path', 'text')
    .addPrimaryKeyConstraint('spaces_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('grievances')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('unit_path', 'text')
    .addColumn('winnable', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('grievances_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('interactions')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sides', 'text', (c) => c.notNull())
    .addColumn('initiated_by', 'text')
    .addColumn('space_id', 'text')
    .addColumn('notes', 'text')
    .addPrimaryKeyConstraint('interactions_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('interactions_initiated_by', ['workspace_id', 'initiated_by'], 'people', [
      'workspace_id',
      'id',
    ])
    .addForeignKeyConstraint('interactions_space', ['workspace_id', 'space_id'], 'spaces', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('interactions_date')
    .on('interactions')
    .columns(['workspace_id', 'occurred_on'])
    .execute();

  await db.schema
    .createTable('interaction_participants')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('interaction_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('interaction_participants_pk', ['workspace_id', 'interaction_id', 'person_id'])
    .addForeignKeyConstraint(
      'interaction_participants_interaction',
      ['workspace_id', 'interaction_id'],
      'interactions',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('interaction_participants_person', ['workspace_id', 'person_id'], 'people', [
      'workspace_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('interaction_participants_person')
    .on('interaction_participants')
    .columns(['workspace_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('grievance_raisings')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('interaction_id', 'text', (c) => c.notNull())
    .addColumn('grievance_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('grievance_raisings_pk', ['workspace_id', 'interaction_id', 'ord'])
    .addForeignKeyConstraint(
      'grievance_raisings_interaction',
      ['workspace_id', 'interaction_id'],
      'interactions',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('grievance_raisings_grievance', ['workspace_id', 'grievance_id'], 'grievances', [
      'workspace_id',
      'id',
    ])
    .addForeignKeyConstraint('grievance_raisings_person', ['workspace_id', 'person_id'], 'people', [
      'workspace_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('grievance_raisings_grievance')
    .on('grievance_raisings')
    .columns(['workspace_id', 'grievance_id'])
    .execute();

  await db.schema
    .createTable('tie_observations')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('a', 'text', (c) => c.notNull())
    .addColumn('b', 'text', (c) => c.notNull())
    .addColumn('observed_on', 'text', (c) => c.notNull())
    .addColumn('observed_by', 'text', (c) => c.notNull())
    .addColumn('sides', 'text', (c) => c.notNull())
    .addColumn('closeness', 'integer')
    .addColumn('directed', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('tie_observations_pk', ['workspace_id', 'a', 'b', 'observed_on', 'observed_by'])
    .addForeignKeyConstraint('tie_observations_a', ['workspace_id', 'a'], 'people', ['workspace_id', 'id'])
    .addForeignKeyConstraint('tie_observations_b', ['workspace_id', 'b'], 'people', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('tie_observations_b').on('tie_observations').columns(['workspace_id', 'b']).execute();

  await db.schema
    .createTable('asks')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('interaction_id', 'text')
    .addColumn('occurred_on', 'text')
    .addColumn('by_person', 'text', (c) => c.notNull())
    .addColumn('to_person', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('comfort', 'text')
    .addColumn('wanted', 'text', (c) => c.notNull())
    .addColumn('followed_through', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('asks_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('asks_interaction', ['workspace_id', 'interaction_id'], 'interactions', [
      'workspace_id',
      'id',
    ])
    .addForeignKeyConstraint('asks_by', ['workspace_id', 'by_person'], 'people', ['workspace_id', 'id'])
    .addForeignKeyConstraint('asks_to', ['workspace_id', 'to_person'], 'people', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('asks_to').on('asks').columns(['workspace_id', 'to_person']).execute();

  await db.schema
    .createTable('actions')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('space_id', 'text')
    .addColumn('outcome', 'text')
    .addPrimaryKeyConstraint('actions_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('actions_space', ['workspace_id', 'space_id'], 'spaces', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('action_participants')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('action_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_participants_pk', ['workspace_id', 'action_id', 'person_id'])
    .addForeignKeyConstraint(
      'action_participants_action',
      ['workspace_id', 'action_id'],
      'actions',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('action_participants_person', ['workspace_id', 'person_id'], 'people', [
      'workspace_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('action_grievances')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('action_id', 'text', (c) => c.notNull())
    .addColumn('grievance_id', 'text', (c) => c.notNull())
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('action_grievances_pk', ['workspace_id', 'action_id', 'grievance_id'])
    .addForeignKeyConstraint(
      'action_grievances_action',
      ['workspace_id', 'action_id'],
      'actions',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('action_grievances_grievance', ['workspace_id', 'grievance_id'], 'grievances', [
      'workspace_id',
      'id',
    ])
    .execute();

  await db.schema
    .createTable('committees')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('committees_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('committee_members')
    .addColumn('workspace_id', 'integer', ws)
    .addColumn('committee_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('ord', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('committee_members_pk', ['workspace_id', 'committee_id', 'person_id'])
    .addForeignKeyConstraint(
      'committee_members_committee',
      ['workspace_id', 'committee_id'],
      'committees',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('committee_members_person', ['workspace_id', 'person_id'], 'people', [
      'workspace_id',
      'id',
    ])
    .execute();
}

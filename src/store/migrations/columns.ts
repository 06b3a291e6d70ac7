import type { ColumnDefinitionBuilder } from 'kysely';
import type { Engine } from '../database.js';

/** A generated integer primary key: the one column type the two engines spell differently. */
export function idColumn(c: ColumnDefinitionBuilder, engine: Engine): ColumnDefinitionBuilder {
  return engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedByDefaultAsIdentity();
}

/** A column that belongs to a workspace and goes when the workspace goes. */
export function workspaceColumn(c: ColumnDefinitionBuilder): ColumnDefinitionBuilder {
  return c.notNull().references('workspaces.id').onDelete('cascade');
}

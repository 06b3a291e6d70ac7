/**
 * The one place sealed fields pass on their way into and out of the store.
 *
 * On SQLite the whole file is encrypted (SQLCipher), so fields are stored as they are. On PostgreSQL the
 * server holds the rows, so the free text that names or exposes people (SEALED_FIELDS) is sealed in the
 * application before it leaves it: see docs/security.md. Every row mapper calls seal/open for exactly those
 * columns.
 */
import type { Db } from './database.js';

/** Where a value lives: bound into the seal so a value copied to another row or column does not open. */
export interface FieldRef {
  table: string;
  column: string;
  workspaceId: number;
  rowId: string;
}

export interface FieldSeal {
  /**
   * Make sure the workspace's data key exists before anything of it is sealed or opened (PostgreSQL: made and
   * stored wrapped on first use). Called when a workspace is created or looked up; absent where there are no keys.
   */
  ready?(db: Db, workspaceId: number): Promise<void>;
  seal(ref: FieldRef, value: string): string;
  open(ref: FieldRef, stored: string): string;
  sealOptional(ref: FieldRef, value: string | null): string | null;
  openOptional(ref: FieldRef, stored: string | null): string | null;
}

/**
 * The columns sealed on PostgreSQL: the free text an organizer types in their own words, which can name or
 * expose someone (docs/security.md, "Sealed fields on PostgreSQL", says why each is sealed or kept clear).
 * Every table here is keyed by (workspace_id, id), which the seal binds (rekey.ts's SEALED_COLUMNS relies on
 * it). Nothing may filter, sort or search these columns in SQL: on PostgreSQL they hold only sealed text.
 */
export const SEALED_FIELDS = {
  people: ['name', 'contact', 'role', 'language'],
  interactions: ['notes'],
  grievances: ['title'],
  asks: ['what'],
  spaces: ['name'],
  actions: ['title'],
  committees: ['name'],
  mandates: ['text'],
  moon_sessions: ['outcome'],
  votes: ['question'],
  satellite_effects: ['what'],
  plans: ['title', 'message'],
} as const;

/** Fields stored as they are: for SQLite, whose file is encrypted whole. */
export const plainFields: FieldSeal = {
  seal: (_ref, value) => value,
  open: (_ref, stored) => stored,
  sealOptional: (_ref, value) => value,
  openOptional: (_ref, stored) => stored,
};

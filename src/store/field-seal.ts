/**
 * The one place personal fields pass on their way into and out of the store.
 *
 * On SQLite the whole file is encrypted (SQLCipher), so fields are stored as they are. On PostgreSQL the
 * server holds the rows, so personal fields (PERSONAL_FIELDS) are sealed in the application before they
 * leave it: see docs/security.md. Every row mapper calls seal/open for exactly those columns.
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

/** The columns that hold a person's name, contact details, private notes or grievance text. */
export const PERSONAL_FIELDS = {
  people: ['name', 'contact'],
  interactions: ['notes'],
  grievances: ['title'],
} as const;

/** Fields stored as they are: for SQLite, whose file is encrypted whole. */
export const plainFields: FieldSeal = {
  seal: (_ref, value) => value,
  open: (_ref, stored) => stored,
  sealOptional: (_ref, value) => value,
  openOptional: (_ref, stored) => stored,
};

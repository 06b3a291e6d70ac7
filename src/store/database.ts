import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import type { Kysely, Transaction } from 'kysely';
import type { SessionsTable, UsersTable, WorkspaceGrantsTable } from './accounts.table.js';
import type { ActionGrievancesTable, ActionParticipantsTable, ActionsTable } from './actions.table.js';
import type { AsksTable } from './asks.table.js';
import type { CommitteeMembersTable, CommitteesTable } from './committees.table.js';
import type { FieldSeal } from './field-seal.js';
import type { GrievancesTable } from './grievances.table.js';
import type { GrievanceRaisingsTable, InteractionParticipantsTable, InteractionsTable } from './interactions.table.js';
import type { MandateHoldersTable, MandatesTable } from './mandates.table.js';
import type {
  MoonSessionAttendeesTable,
  MoonSessionMandatesTable,
  MoonSessionReportedToTable,
  MoonSessionsTable,
} from './moon-sessions.table.js';
import type { MutualAidTable } from './mutual-aid.table.js';
import type { PeopleTable } from './people.table.js';
import type { PicketShiftPeopleTable, PicketShiftsTable } from './picket-shifts.table.js';
import type { PlanExpectedTable, PlansTable } from './plans.table.js';
import type { SatelliteEffectTargetsTable, SatelliteEffectsTable } from './satellite-effects.table.js';
import type {
  AuditLogTable,
  DataKeysTable,
  PasskeysTable,
  RecoveryCodesTable,
  SealedColumnsTable,
  SignInFailuresTable,
  TotpFactorsTable,
} from './security.table.js';
import type { SpacesTable } from './spaces.table.js';
import type { TieObservationsTable } from './ties.table.js';
import type { VotesTable } from './votes.table.js';
import type { UnitsTable, WorkspacesTable } from './workspaces.table.js';

/** Every table, as Kysely sees it. Row shapes are snake_case; src/core holds the domain shapes. */
export interface Database {
  workspaces: WorkspacesTable;
  units: UnitsTable;
  people: PeopleTable;
  spaces: SpacesTable;
  interactions: InteractionsTable;
  interaction_participants: InteractionParticipantsTable;
  grievances: GrievancesTable;
  grievance_raisings: GrievanceRaisingsTable;
  tie_observations: TieObservationsTable;
  asks: AsksTable;
  actions: ActionsTable;
  action_participants: ActionParticipantsTable;
  action_grievances: ActionGrievancesTable;
  committees: CommitteesTable;
  committee_members: CommitteeMembersTable;
  users: UsersTable;
  sessions: SessionsTable;
  workspace_grants: WorkspaceGrantsTable;
  // the power map (migration 0003)
  mandates: MandatesTable;
  mandate_holders: MandateHoldersTable;
  moon_sessions: MoonSessionsTable;
  moon_session_attendees: MoonSessionAttendeesTable;
  moon_session_mandates: MoonSessionMandatesTable;
  moon_session_reported_to: MoonSessionReportedToTable;
  votes: VotesTable;
  satellite_effects: SatelliteEffectsTable;
  satellite_effect_targets: SatelliteEffectTargetsTable;
  picket_shifts: PicketShiftsTable;
  picket_shift_people: PicketShiftPeopleTable;
  mutual_aid: MutualAidTable;
  plans: PlansTable;
  plan_expected: PlanExpectedTable;
  audit_log: AuditLogTable;
  sign_in_failures: SignInFailuresTable;
  passkeys: PasskeysTable;
  totp_factors: TotpFactorsTable;
  recovery_codes: RecoveryCodesTable;
  data_keys: DataKeysTable;
  /** PostgreSQL only (migration 0006). */
  sealed_columns: SealedColumnsTable;
}

export type Engine = 'sqlite' | 'postgres';

/**
 * A connection or a transaction, with what every data access function needs beside it: which engine
 * (for the few places the dialects differ) and the seal personal fields pass through.
 * Data access functions take one of these as their first argument; there is no global connection.
 */
export interface Db {
  readonly kysely: Kysely<Database> | Transaction<Database>;
  readonly engine: Engine;
  readonly seal: FieldSeal;
  /**
   * On SQLite, the connection's own handle: the one Kysely runs on, so statements on it join the current
   * transaction. Used for bulk writes, where cached prepared statements beat building SQL per batch.
   */
  readonly sqlite?: BetterSqlite3.Database;
}

/** Run `fn` in one transaction: all of it is written, or none of it. */
export async function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  if (db.kysely.isTransaction) return fn(db);
  return db.kysely.transaction().execute((trx) => fn({ ...db, kysely: trx }));
}

/** Row shapes of a committee and its members. */
export interface CommitteesTable {
  workspace_id: number;
  id: string;
  name: string;
}

export interface CommitteeMembersTable {
  workspace_id: number;
  committee_id: string;
  person_id: string;
  ord: number;
}

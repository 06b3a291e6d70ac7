import type { Generated } from 'kysely';

/** Row shapes of workspaces and the workplace tree (units). */
export interface WorkspacesTable {
  id: Generated<number>;
  name: string;
  /** JSON: per-workspace settings such as the model's thresholds. */
  settings: string;
  created_at: string;
}

export interface UnitsTable {
  workspace_id: number;
  path: string;
  parent_path: string | null;
  name: string;
}

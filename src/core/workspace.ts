import { z } from 'zod';

/** A committee's organizing space, named by the committee; the name is how people and URLs find it. */
export const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, 'a workspace needs a name')
  .max(100, 'a workspace name is at most 100 characters')
  .refine((s) => !/[\p{Cc}/]/u.test(s), 'a workspace name cannot contain "/" or control characters');

export interface Workspace {
  id: number;
  name: string;
  /** Per-workspace settings, such as the model's thresholds (docs/model.md). */
  settings: Record<string, unknown>;
  createdAt: string;
}

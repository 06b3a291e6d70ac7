/**
 * Retention: how long a workspace keeps private notes (docs/security.md, "Data minimisation"). What is never
 * written down, or no longer kept, cannot be subpoenaed or leaked. A workspace may choose to keep notes for
 * N days after the conversation; older notes are removed (the conversation itself, who took part and what
 * was raised, stays for the organizing model). Stored in the workspace's settings as `retention`.
 */
import { z } from 'zod';
import { addDays } from './dates.js';

export const MAX_RETENTION_DAYS = 36_500;

export const retentionSchema = z.object({
  /** Keep notes this many days after the conversation; null keeps them until removed by hand. */
  notesDays: z
    .number()
    .int('a whole number of days')
    .min(1, 'at least one day')
    .max(MAX_RETENTION_DAYS, 'at most 100 years')
    .nullable(),
});

export type Retention = z.output<typeof retentionSchema>;

export const NO_RETENTION_LIMIT: Retention = { notesDays: null };

/** The retention a workspace's settings hold (none, or something unreadable, keeps notes). */
export function retentionOf(settings: Record<string, unknown>): Retention {
  const parsed = retentionSchema.safeParse(settings.retention);
  return parsed.success ? parsed.data : NO_RETENTION_LIMIT;
}

export function withRetention(settings: Record<string, unknown>, retention: Retention): Record<string, unknown> {
  return { ...settings, retention };
}

/** Notes of conversations before this date are past their time, on `today` (YYYY-MM-DD); null: none are. */
export function notesCutoff(retention: Retention, today: string): string | null {
  return retention.notesDays === null ? null : addDays(today, -retention.notesDays);
}

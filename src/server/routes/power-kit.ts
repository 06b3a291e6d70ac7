/**
 * What the power map's routes files share: finding a record the viewer may see (or the same 404 as a missing
 * one), and saving a new or changed record once everything it names checks out (power-checks.ts).
 */
import type { Viewer } from '../../core/access.js';
import type { Lang } from '../../core/i18n/i18n.js';
import type { PowerRecords } from '../../core/power-records.js';
import type { PowerKind } from '../../core/records.js';
import type { Db } from '../../store/database.js';
import { getVisiblePower } from '../../store/power-records.store.js';
import { newPowerId, savePowerRecord } from '../../store/power.store.js';
import { ApiError, type ErrorCode } from '../api-error.js';
import { checkPowerRecord } from '../power-checks.js';

export type PowerRecord<K extends PowerKind> = PowerRecords[K][number];

export interface PowerScope {
  db: Db;
  ws: number;
  viewer: Viewer;
  lang: Lang;
}

/** The record, or the kind's not-found error (the same for a hidden record as for a missing one). */
export async function visibleOr404<K extends PowerKind>(
  s: PowerScope,
  kind: K,
  id: string,
  notFound: ErrorCode,
): Promise<PowerRecord<K>> {
  const found = await getVisiblePower(s.db, s.ws, s.viewer, kind, id);
  if (!found) throw new ApiError(notFound);
  return found;
}

/** Check and write a new record; it gets an id of its own. */
export async function createPower<K extends PowerKind>(
  s: PowerScope,
  kind: K,
  input: Omit<PowerRecord<K>, 'id'>,
  random: (n: number) => Uint8Array,
): Promise<PowerRecord<K>> {
  const record = { ...input, id: newPowerId(kind, random) } as PowerRecord<K>;
  await checkPowerRecord(s.db, s.ws, s.viewer, s.lang, kind, record);
  await savePowerRecord(s.db, s.ws, kind, record);
  return record;
}

/**
 * Check and write a change to a record the viewer may see. What the viewer cannot see of it stays as stored:
 * fields the change leaves out, and in a list the change gives, the items hidden from them (kept after theirs).
 */
export async function updatePower<K extends PowerKind>(
  s: PowerScope,
  kind: K,
  id: string,
  change: Partial<PowerRecord<K>>,
  notFound: ErrorCode,
): Promise<PowerRecord<K>> {
  const seen = await visibleOr404(s, kind, id, notFound);
  const stored = (await getVisiblePower(s.db, s.ws, WHOLE, kind, id))!;
  const changed: Record<string, unknown> = { ...stored, ...change, id };
  for (const [field, value] of Object.entries(change)) {
    const before = (stored as Record<string, unknown>)[field];
    const shown = (seen as Record<string, unknown>)[field];
    if (Array.isArray(value) && Array.isArray(before) && Array.isArray(shown)) {
      const hidden = (before as string[]).filter((x) => !(shown as string[]).includes(x) && !value.includes(x));
      changed[field] = [...(value as string[]), ...hidden];
    }
  }
  await checkPowerRecord(s.db, s.ws, s.viewer, s.lang, kind, { ...seen, ...change, id });
  await savePowerRecord(s.db, s.ws, kind, changed as unknown as PowerRecord<K>);
  return visibleOr404(s, kind, id, notFound);
}

/** The whole workspace: to keep what a change does not touch exactly as stored. */
const WHOLE: Viewer = { userId: 0, role: 'admin', units: 'all' };

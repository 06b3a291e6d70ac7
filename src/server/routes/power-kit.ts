/**
 * What the power map's routes files share: finding a record the viewer may see (or the same 404 as a missing
 * one), saving a new or changed record once everything it names checks out (power-checks.ts), and removing
 * one. Every change and removal writes its audit entry in the same transaction (a change that would leave no
 * trace does not happen); the entry names the record's id, its kind and the fields changed, never their values,
 * which may be sealed (field-seal.ts). docs/adr/0006-correcting-and-removing-records.md.
 */
import type { Viewer } from '../../core/access.js';
import { changes } from '../../core/changes.js';
import type { Lang } from '../../core/i18n/i18n.js';
import type { PowerRecords } from '../../core/power-records.js';
import type { PowerKind } from '../../core/records.js';
import { inTransaction, type Db } from '../../store/database.js';
import { getVisiblePower } from '../../store/power-records.store.js';
import { newPowerId, powerReferences, removePowerRecord, savePowerRecord } from '../../store/power.store.js';
import { ApiError, type ErrorCode } from '../api-error.js';
import type { Resolved } from '../app-deps.js';
import { currentUser, workspaceScope, type AppContext } from '../app-env.js';
import { audit } from '../audit.js';
import { checkPowerRecord } from '../power-checks.js';
import { refuseIfNamed, wouldDisappear } from './power-edit-messages.js';

export type PowerRecord<K extends PowerKind> = PowerRecords[K][number];

export interface PowerScope {
  db: Db;
  ws: number;
  viewer: Viewer;
  lang: Lang;
  /** Who is asking (for the audit log), and the app's clock. */
  actor: number;
  clock: () => Date;
}

/** The scope of a request under a `{ workspace }` policy. */
export function powerScope(c: AppContext, deps: Pick<Resolved, 'store' | 'clock'>): PowerScope {
  const { ws, viewer } = workspaceScope(c);
  return { db: deps.store, ws, viewer, lang: c.var.lang, actor: currentUser(c).id, clock: deps.clock };
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

/** The field to name when a change would hide a record from the person making it. */
const SEEN_THROUGH: Partial<Record<PowerKind, string>> = { satellite_effects: 'on', mutual_aid: 'givenTo' };

/**
 * Check and write a change to a record the viewer may see. What the viewer cannot see of it stays as stored:
 * fields the change leaves out, and in a list the change gives, the items hidden from them (kept after theirs).
 * A change that changes nothing writes nothing. One that would leave the record out of the viewer's sight (a
 * satellite effect left naming only people hidden from them) is refused, as a new record would be.
 */
export async function updatePower<K extends PowerKind>(
  s: PowerScope,
  kind: K,
  id: string,
  change: Partial<PowerRecord<K>>,
  notFound: ErrorCode,
): Promise<PowerRecord<K>> {
  const seen = await visibleOr404(s, kind, id, notFound);
  const { part, fields } = changeOf(seen, change);
  if (fields.length === 0) return seen;
  const stored = (await getVisiblePower(s.db, s.ws, WHOLE, kind, id))!;
  const changed = keepHidden<PowerRecord<K>>(stored, seen, part);
  await checkPowerRecord(s.db, s.ws, s.viewer, s.lang, kind, { ...seen, ...change, id });
  return audited(s, { action: 'record_changed', subject: id, details: { kind, fields } }, async (tx) => {
    await savePowerRecord(tx, s.ws, kind, changed);
    const now = await getVisiblePower(tx, s.ws, s.viewer, kind, id);
    if (!now) throw wouldDisappear(s.lang, SEEN_THROUGH[kind] ?? fields[0]!);
    return now;
  });
}

/**
 * Remove a record the viewer may see, with its lists. A mandate or a session that other records still name
 * (votes, sessions that took a mandate up) is not removed: the refusal says what names it.
 */
export async function removePower(
  s: PowerScope,
  kind: PowerKind,
  id: string,
  notFound: ErrorCode,
): Promise<{ id: string; removed: true }> {
  await visibleOr404(s, kind, id, notFound);
  await audited(s, { action: 'record_removed', subject: id, details: { kind } }, async (tx) => {
    if (kind === 'mandates' || kind === 'moon_sessions') {
      refuseIfNamed(s.lang, kind, await powerReferences(tx, s.ws, s.viewer, kind, id));
    }
    if (!(await removePowerRecord(tx, s.ws, kind, id))) throw new ApiError(notFound);
  });
  return { id, removed: true };
}

/**
 * The part of a change that really changes something, against the record as the viewer sees it (what it
 * repeats is left as stored), and the names of its fields, sorted, for the audit entry.
 */
export function changeOf<T extends object>(seen: T, change: Partial<T>): { part: Partial<T>; fields: string[] } {
  const part = changes(seen, change);
  return { part, fields: Object.keys(part).sort() };
}

/**
 * The record as it will be stored: the change over the stored record, with the list items hidden from the viewer
 * (in `stored` but not in `seen`) kept after the viewer's own.
 */
export function keepHidden<T extends object>(stored: T, seen: T, change: Partial<T>): T {
  const out: Record<string, unknown> = { ...stored, ...change };
  for (const [field, value] of Object.entries(change)) {
    const before = (stored as Record<string, unknown>)[field];
    const shown = (seen as Record<string, unknown>)[field];
    if (Array.isArray(value) && Array.isArray(before) && Array.isArray(shown)) {
      const hidden = (before as string[]).filter((x) => !(shown as string[]).includes(x) && !value.includes(x));
      out[field] = [...(value as string[]), ...hidden];
    }
  }
  return out as T;
}

/** Write a change and its audit entry in one transaction: if either fails, neither happens. */
export async function audited<T>(
  s: PowerScope,
  entry: { action: 'record_changed' | 'record_removed'; subject: string; details: { kind: string; fields?: string[] } },
  write: (tx: Db) => Promise<T>,
): Promise<T> {
  return inTransaction(s.db, async (tx) => {
    const out = await write(tx);
    await audit({ store: tx, clock: s.clock }, { actorId: s.actor, workspaceId: s.ws, ...entry });
    return out;
  });
}

/** The whole workspace: to keep what a change does not touch exactly as stored. */
export const WHOLE: Viewer = { userId: 0, role: 'admin', units: 'all' };

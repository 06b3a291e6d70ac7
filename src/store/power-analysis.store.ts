/**
 * The power map's accumulator (src/core/model/power-accumulator.ts) filled from a stored workspace, for the
 * analysis (analysis.store.ts): spaces, the power map's records and actions, read whole (they are few). Its
 * interactions come after, from the same pass over the interactions that feeds the model
 * (accumulateWorkspace): reading them again for the power map alone cost more than the rest of the analysis.
 */
import { PowerAccumulator } from '../core/model/power-accumulator.js';
import type { ModelSettings } from '../core/model/settings.js';
import type { RecordKind, WorkspaceRecords } from '../core/records.js';
import type { Db } from './database.js';
import { iterateRecords } from './records.store.js';

/** The power map's accumulator with every record but the interactions, which it must be given next. */
export async function loadPowerRecords(
  db: Db,
  ws: number,
  options: { asOf: string; settings?: ModelSettings },
): Promise<PowerAccumulator> {
  const power = new PowerAccumulator(options);
  for (const x of await readAll(db, ws, 'spaces')) power.addSpace(x);
  for (const x of await readAll(db, ws, 'mandates')) power.addMandate(x);
  for (const x of await readAll(db, ws, 'moon_sessions')) power.addMoonSession(x);
  for (const x of await readAll(db, ws, 'votes')) power.addVote(x);
  for (const x of await readAll(db, ws, 'satellite_effects')) power.addSatelliteEffect(x);
  for (const x of await readAll(db, ws, 'picket_shifts')) power.addPicketShift(x);
  for (const x of await readAll(db, ws, 'mutual_aid')) power.addMutualAid(x);
  for (const x of await readAll(db, ws, 'actions')) power.addAction(x);
  return power;
}

async function readAll<K extends RecordKind>(db: Db, ws: number, kind: K): Promise<WorkspaceRecords[K][number][]> {
  const out: WorkspaceRecords[K][number][] = [];
  for await (const page of iterateRecords(db, ws, kind)) out.push(...page);
  return out;
}

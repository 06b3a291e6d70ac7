/**
 * The power map's accumulator (src/core/model/power-accumulator.ts) filled from a stored workspace, for the
 * analysis (analysis.store.ts). Spaces, the power map's records and actions are read whole (they are few);
 * of the interactions only those the figures look at: held in a sun space in the power window, or of someone
 * who attended a moon session (in their capture windows), or of someone on a picket line lately. Read
 * without their notes, through the indexes on interactions' dates and on participants.
 */
import { addDays, fromDay } from '../core/dates.js';
import { PowerAccumulator } from '../core/model/power-accumulator.js';
import type { ModelSettings } from '../core/model/settings.js';
import type { Interaction, RecordKind, WorkspaceRecords } from '../core/records.js';
import type { Db } from './database.js';
import { iterateRecords } from './records.store.js';

const CHUNK = 1000;

export async function loadPowerAccumulator(
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

  const ids = new Set<string>();
  const sun = [...power.spaces.values()].filter((s) => s.kind === 'sun').map((s) => s.id);
  const windowStart = addDays(options.asOf, -power.settings.powerWindowDays + 1);
  for (let k = 0; k < sun.length; k += CHUNK) {
    const rows = await db.kysely
      .selectFrom('interactions')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('space_id', 'in', sun.slice(k, k + CHUNK))
      .where('occurred_on', '>=', windowStart)
      .where('occurred_on', '<=', options.asOf)
      .execute();
    for (const r of rows) ids.add(r.id);
  }
  // everyone whose interactions matter, from the earliest day any of theirs does
  const from = new Map<string, string>();
  for (const [person, first] of power.firstSessions()) from.set(person, fromDay(power.captureWindows(first).before[0]));
  const checkIn = addDays(options.asOf, -power.settings.checkInDays + 1);
  for (const person of power.recentStrikers().keys()) {
    const since = from.get(person);
    from.set(person, since === undefined || checkIn < since ? checkIn : since);
  }
  const people = [...from.keys()];
  for (let k = 0; k < people.length; k += CHUNK) {
    const rows = await db.kysely
      .selectFrom('interaction_participants as ip')
      .innerJoin('interactions as i', (j) =>
        j.onRef('i.workspace_id', '=', 'ip.workspace_id').onRef('i.id', '=', 'ip.interaction_id'),
      )
      .select(['i.id', 'i.occurred_on', 'ip.person_id'])
      .where('ip.workspace_id', '=', ws)
      .where('ip.person_id', 'in', people.slice(k, k + CHUNK))
      .where('i.occurred_on', '<=', options.asOf)
      .execute();
    for (const r of rows) if (r.occurred_on >= from.get(r.person_id)!) ids.add(r.id);
  }
  for (const i of await interactionsById(db, ws, [...ids])) power.addInteraction(i);
  return power;
}

async function readAll<K extends RecordKind>(db: Db, ws: number, kind: K): Promise<WorkspaceRecords[K][number][]> {
  const out: WorkspaceRecords[K][number][] = [];
  for await (const page of iterateRecords(db, ws, kind)) out.push(...page);
  return out;
}

/** Interactions by id, with their participants and space, without notes or raisings (the power map needs neither). */
async function interactionsById(db: Db, ws: number, ids: readonly string[]): Promise<Interaction[]> {
  const out: Interaction[] = [];
  for (let k = 0; k < ids.length; k += CHUNK) {
    const chunk = ids.slice(k, k + CHUNK);
    const rows = await db.kysely
      .selectFrom('interactions')
      .select(['id', 'occurred_on', 'kind', 'space_id'])
      .where('workspace_id', '=', ws)
      .where('id', 'in', chunk)
      .execute();
    const participants = new Map<string, string[]>();
    for (const p of await db.kysely
      .selectFrom('interaction_participants')
      .select(['interaction_id', 'person_id'])
      .where('workspace_id', '=', ws)
      .where('interaction_id', 'in', chunk)
      .orderBy('interaction_id')
      .orderBy('ord')
      .execute()) {
      const list = participants.get(p.interaction_id);
      if (list) list.push(p.person_id);
      else participants.set(p.interaction_id, [p.person_id]);
    }
    for (const r of rows) {
      out.push({
        id: r.id,
        occurredOn: r.occurred_on,
        participants: participants.get(r.id) ?? [],
        kind: r.kind as Interaction['kind'],
        sides: [],
        initiatedBy: null,
        space: r.space_id,
        raised: [],
        notes: null,
      });
    }
  }
  return out;
}

import type { SatelliteEffectRecord } from '../core/power-records.js';
import type { FieldSeal } from './field-seal.js';

/**
 * Row shapes of what a satellite did, and whom it touched (people's ids or unit paths). `what` is sealed
 * (field-seal.ts); `effect` is a word of the vocabulary and stays clear.
 */
export interface SatelliteEffectsTable {
  workspace_id: number;
  id: string;
  satellite_id: string;
  occurred_on: string;
  effect: string;
  what: string | null;
}

export interface SatelliteEffectTargetsTable {
  workspace_id: number;
  effect_id: string;
  target: string;
  ord: number;
}

export function satelliteEffectToRow(
  seal: FieldSeal,
  workspaceId: number,
  e: SatelliteEffectRecord,
): SatelliteEffectsTable {
  return {
    workspace_id: workspaceId,
    id: e.id,
    satellite_id: e.satellite,
    occurred_on: e.occurredOn,
    effect: e.effect,
    what: seal.sealOptional({ table: 'satellite_effects', column: 'what', workspaceId, rowId: e.id }, e.what),
  };
}

export function satelliteEffectFromRow(seal: FieldSeal, r: SatelliteEffectsTable, on: string[]): SatelliteEffectRecord {
  return {
    id: r.id,
    satellite: r.satellite_id,
    occurredOn: r.occurred_on,
    effect: r.effect as SatelliteEffectRecord['effect'],
    on,
    what: seal.openOptional(
      { table: 'satellite_effects', column: 'what', workspaceId: r.workspace_id, rowId: r.id },
      r.what,
    ),
  };
}

import { satelliteEffectSchema } from '../../core/power-records.js';
import { SATELLITE_EFFECTS } from '../../core/vocabulary.js';
import { defineFile } from '../bundle-spec.js';
import { dateCell, idCell, listOf, oneOf, textCell } from '../cells.js';
import { targetCell } from '../power-cells.js';

/** satellite_effects.csv: what an outside actor's involvement did to workers' relationships and confidence. */
export const satelliteEffectsFile = defineFile({
  file: 'satellite_effects.csv',
  kind: 'satellite_effects',
  schema: satelliteEffectSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'satellite', field: 'satellite', cell: idCell, required: true, refers: 'people' },
    { name: 'occurred_on', field: 'occurredOn', cell: dateCell, required: true },
    { name: 'effect', field: 'effect', cell: oneOf(SATELLITE_EFFECTS), required: true },
    // people or unit paths (check-power.ts)
    { name: 'on', field: 'on', cell: listOf(targetCell) },
    { name: 'what', field: 'what', cell: textCell(satelliteEffectSchema.shape.what) },
  ],
});

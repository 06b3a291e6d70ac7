import { mandateSchema } from '../../core/power-records.js';
import { defineFile } from '../bundle-spec.js';
import { dateCell, idCell, listOf, textCell } from '../cells.js';

/** mandates.csv: what the rank and file told the people at the table to do, and who must carry it. */
export const mandatesFile = defineFile({
  file: 'mandates.csv',
  kind: 'mandates',
  schema: mandateSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'decided_on', field: 'decidedOn', cell: dateCell, required: true },
    // a membership meeting: an interaction or an action
    { name: 'decided_in', field: 'decidedIn', cell: idCell, refers: ['interactions', 'actions'] },
    { name: 'text', field: 'text', cell: textCell(mandateSchema.shape.text), required: true },
    { name: 'holders', field: 'holders', cell: listOf(idCell, { min: 1 }), required: true, refers: 'people' },
  ],
});

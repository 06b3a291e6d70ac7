import { grievanceSchema } from '../../core/records.js';
import { WINNABLE } from '../../core/vocabulary.js';
import { defineFile } from '../bundle-spec.js';
import { idCell, oneOf, textCell, unitCell } from '../cells.js';

/** grievances.csv: what people raised; who raised each one is in interactions.csv. */
export const grievancesFile = defineFile({
  file: 'grievances.csv',
  kind: 'grievances',
  schema: grievanceSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'title', field: 'title', cell: textCell(grievanceSchema.shape.title), required: true },
    { name: 'unit', field: 'unit', cell: unitCell },
    { name: 'winnable', field: 'winnable', cell: oneOf(WINNABLE) },
  ],
});

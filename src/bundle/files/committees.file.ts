import { committeeSchema } from '../../core/records.js';
import { defineFile } from '../bundle-spec.js';
import { idCell, listOf, textCell } from '../cells.js';

/** committees.csv: people organizing together. */
export const committeesFile = defineFile({
  file: 'committees.csv',
  kind: 'committees',
  schema: committeeSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'name', field: 'name', cell: textCell(committeeSchema.shape.name), required: true },
    { name: 'members', field: 'members', cell: listOf(idCell), refers: 'people' },
  ],
});

import { spaceSchema } from '../../core/records.js';
import { SPACE_KINDS } from '../../core/vocabulary.js';
import { defineFile } from '../bundle-spec.js';
import { idCell, oneOf, textCell, unitCell } from '../cells.js';

/** spaces.csv: sun spaces at work, moon spaces where power is reflected, and others. */
export const spacesFile = defineFile({
  file: 'spaces.csv',
  kind: 'spaces',
  schema: spaceSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'name', field: 'name', cell: textCell(spaceSchema.shape.name), required: true },
    { name: 'kind', field: 'kind', cell: oneOf(SPACE_KINDS), required: true },
    { name: 'unit', field: 'unit', cell: unitCell },
  ],
});

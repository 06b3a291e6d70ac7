import { personSchema } from '../../core/records.js';
import { CIRCLES, STANCES } from '../../core/vocabulary.js';
import { defineFile } from '../bundle-spec.js';
import { dateCell, idCell, oneOf, textCell, unitCell } from '../cells.js';

const field = personSchema.shape;

/** people.csv: everyone the committee knows of, workers and the people around them. */
export const peopleFile = defineFile({
  file: 'people.csv',
  kind: 'people',
  schema: personSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'name', field: 'name', cell: textCell(field.name), required: true },
    { name: 'circle', field: 'circle', cell: oneOf(CIRCLES) },
    { name: 'unit', field: 'unit', cell: unitCell },
    { name: 'role', field: 'role', cell: textCell(field.role) },
    { name: 'started_on', field: 'startedOn', cell: dateCell },
    { name: 'left_on', field: 'leftOn', cell: dateCell },
    { name: 'language', field: 'language', cell: textCell(field.language) },
    { name: 'stance', field: 'stance', cell: oneOf(STANCES) },
    { name: 'contact', field: 'contact', cell: textCell(field.contact) },
  ],
});

import { tieObservationSchema } from '../../core/records.js';
import { CLOSENESS, TIE_SIDES } from '../../core/vocabulary.js';
import { defineFile } from '../bundle-spec.js';
import { booleanCell, dateCell, idCell, listOf, numberOf, oneOf } from '../cells.js';

/**
 * ties.csv: what someone saw of the relationship between two others. No id: an observation is known by
 * the pair, the date and the observer, and that key is unique within the file.
 */
export const tiesFile = defineFile({
  file: 'ties.csv',
  kind: 'ties',
  schema: tieObservationSchema,
  key: ['a', 'b', 'observed_on', 'observed_by'],
  duplicateCode: 'duplicate_tie',
  columns: [
    { name: 'a', field: 'a', cell: idCell, required: true, refers: 'people' },
    { name: 'b', field: 'b', cell: idCell, required: true, refers: 'people' },
    { name: 'sides', field: 'sides', cell: listOf(oneOf(TIE_SIDES), { min: 1 }), required: true },
    { name: 'closeness', field: 'closeness', cell: numberOf(CLOSENESS) },
    { name: 'directed', field: 'directed', cell: booleanCell },
    { name: 'observed_on', field: 'observedOn', cell: dateCell, required: true },
    { name: 'observed_by', field: 'observedBy', cell: idCell, refers: 'people' },
  ],
  finish: (tie, _value, problem) => {
    if (tie.a === tie.b) problem('b', 'same_person', { value: tie.a });
  },
});

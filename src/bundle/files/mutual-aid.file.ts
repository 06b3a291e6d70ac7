import { mutualAidSchema } from '../../core/power-records.js';
import { AID_KINDS } from '../../core/vocabulary.js';
import { defineFile } from '../bundle-spec.js';
import { dateCell, idCell, oneOf } from '../cells.js';
import { amountCell } from '../power-cells.js';

/** mutual_aid.csv: money, food, childcare, rides and a roof: who helped whom. */
export const mutualAidFile = defineFile({
  file: 'mutual_aid.csv',
  kind: 'mutual_aid',
  schema: mutualAidSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'occurred_on', field: 'occurredOn', cell: dateCell, required: true },
    { name: 'given_by', field: 'givenBy', cell: idCell, refers: 'people' },
    { name: 'given_to', field: 'givenTo', cell: idCell, required: true, refers: 'people' },
    { name: 'kind', field: 'kind', cell: oneOf(AID_KINDS), required: true },
    { name: 'amount', field: 'amount', cell: amountCell },
  ],
});

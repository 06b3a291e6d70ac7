import { actionSchema } from '../../core/records.js';
import { ACTION_KINDS, OUTCOMES } from '../../core/vocabulary.js';
import { defineFile } from '../bundle-spec.js';
import { dateCell, idCell, listOf, oneOf, textCell } from '../cells.js';

/** actions.csv: what people did together, where, about which grievances, and how it went. */
export const actionsFile = defineFile({
  file: 'actions.csv',
  kind: 'actions',
  schema: actionSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'title', field: 'title', cell: textCell(actionSchema.shape.title), required: true },
    { name: 'kind', field: 'kind', cell: oneOf(ACTION_KINDS), required: true },
    { name: 'occurred_on', field: 'occurredOn', cell: dateCell, required: true },
    { name: 'space', field: 'space', cell: idCell, refers: 'spaces' },
    { name: 'grievances', field: 'grievances', cell: listOf(idCell), refers: 'grievances' },
    { name: 'participants', field: 'participants', cell: listOf(idCell), refers: 'people' },
    { name: 'outcome', field: 'outcome', cell: oneOf(OUTCOMES) },
  ],
});

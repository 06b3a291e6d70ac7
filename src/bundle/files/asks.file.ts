import { askSchema } from '../../core/records.js';
import { ASK_RESPONSES, COMFORTS, FOLLOW_THROUGH, WANTED } from '../../core/vocabulary.js';
import { defineFile } from '../bundle-spec.js';
import { dateCell, idCell, oneOf, textCell } from '../cells.js';

/** asks.csv: requests made of a person, how they felt about it, and whether it was their own step. */
export const asksFile = defineFile({
  file: 'asks.csv',
  kind: 'asks',
  schema: askSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'interaction', field: 'interaction', cell: idCell, refers: 'interactions' },
    { name: 'occurred_on', field: 'occurredOn', cell: dateCell },
    { name: 'by', field: 'by', cell: idCell, required: true, refers: 'people' },
    { name: 'to', field: 'to', cell: idCell, required: true, refers: 'people' },
    { name: 'what', field: 'what', cell: textCell(askSchema.shape.what), required: true },
    { name: 'response', field: 'response', cell: oneOf(ASK_RESPONSES), required: true },
    { name: 'comfort', field: 'comfort', cell: oneOf(COMFORTS) },
    { name: 'wanted', field: 'wanted', cell: oneOf(WANTED) },
    { name: 'followed_through', field: 'followedThrough', cell: oneOf(FOLLOW_THROUGH) },
  ],
  // An ask is dated by itself or by its interaction: without either it cannot be placed in time.
  finish: (ask, _value, problem) => {
    if (ask.occurredOn === null && ask.interaction === null) problem('occurred_on', 'ask_needs_date');
  },
});

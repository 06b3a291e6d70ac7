import { picketShiftSchema, rowProblems } from '../../core/power-records.js';
import { defineFile } from '../bundle-spec.js';
import { idCell, listOf } from '../cells.js';
import { dateTimeCell, POWER_COLUMN_OF } from '../power-cells.js';

/** picket_shifts.csv: who held which picket line when. */
export const picketShiftsFile = defineFile({
  file: 'picket_shifts.csv',
  kind: 'picket_shifts',
  schema: picketShiftSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'space', field: 'space', cell: idCell, required: true, refers: 'spaces' },
    { name: 'starts_at', field: 'startsAt', cell: dateTimeCell, required: true },
    { name: 'ends_at', field: 'endsAt', cell: dateTimeCell, required: true },
    { name: 'people', field: 'people', cell: listOf(idCell), refers: 'people' },
  ],
  finish: (shift, _value, problem) => {
    for (const p of rowProblems('picket_shifts', shift)) problem(POWER_COLUMN_OF[p.field] ?? p.field, p.code);
  },
});

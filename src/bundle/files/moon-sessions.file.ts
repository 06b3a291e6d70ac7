import { moonSessionSchema, rowProblems } from '../../core/power-records.js';
import { defineFile } from '../bundle-spec.js';
import { booleanCell, dateCell, idCell, listOf, textCell } from '../cells.js';
import { POWER_COLUMN_OF, targetCell } from '../power-cells.js';

/** moon_sessions.csv: what happened at the table (or in court, in a hearing), behind which doors, and the report-back. */
export const moonSessionsFile = defineFile({
  file: 'moon_sessions.csv',
  kind: 'moon_sessions',
  schema: moonSessionSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'space', field: 'space', cell: idCell, required: true, refers: 'spaces' },
    { name: 'occurred_on', field: 'occurredOn', cell: dateCell, required: true },
    { name: 'attendees', field: 'attendees', cell: listOf(idCell, { min: 1 }), required: true, refers: 'people' },
    { name: 'closed_door', field: 'closedDoor', cell: booleanCell },
    { name: 'outcome', field: 'outcome', cell: textCell(moonSessionSchema.shape.outcome) },
    { name: 'mandates', field: 'mandates', cell: listOf(idCell), refers: 'mandates' },
    { name: 'reported_back_on', field: 'reportedBackOn', cell: dateCell },
    // people or unit paths: which is which, and that they exist, is checked with the workspace (check-power.ts)
    { name: 'reported_to', field: 'reportedTo', cell: listOf(targetCell) },
  ],
  finish: (session, _value, problem) => {
    for (const p of rowProblems('moon_sessions', session)) problem(POWER_COLUMN_OF[p.field] ?? p.field, p.code);
  },
});

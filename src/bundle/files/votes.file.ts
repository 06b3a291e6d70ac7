import { voteSchema } from '../../core/power-records.js';
import { defineFile } from '../bundle-spec.js';
import { dateCell, idCell, textCell } from '../cells.js';
import { countCell } from '../power-cells.js';

/** votes.csv: how the membership voted, as counts only: ballots stay secret. */
export const votesFile = defineFile({
  file: 'votes.csv',
  kind: 'votes',
  schema: voteSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'mandate', field: 'mandate', cell: idCell, refers: 'mandates' },
    { name: 'session', field: 'session', cell: idCell, refers: 'moon_sessions' },
    { name: 'held_on', field: 'heldOn', cell: dateCell, required: true },
    { name: 'question', field: 'question', cell: textCell(voteSchema.shape.question), required: true },
    { name: 'yes', field: 'yes', cell: countCell, required: true },
    { name: 'no', field: 'no', cell: countCell, required: true },
    { name: 'abstain', field: 'abstain', cell: countCell },
  ],
});

import { interactionSchema, type Interaction } from '../../core/records.js';
import { INTERACTION_KINDS, SIDES } from '../../core/vocabulary.js';
import { defineFile } from '../bundle-spec.js';
import { dateCell, idCell, listOf, oneOf, textCell } from '../cells.js';
import { buildRaised, formatRaised, raisedByCell, type RaisedBy } from '../raised-by.js';

/**
 * interactions.csv: conversations and time together. The grievances raised in each, and by whom, take two
 * columns (raised-by.ts).
 */
export const interactionsFile = defineFile({
  file: 'interactions.csv',
  kind: 'interactions',
  schema: interactionSchema,
  key: ['id'],
  columns: [
    { name: 'id', field: 'id', cell: idCell, required: true },
    { name: 'occurred_on', field: 'occurredOn', cell: dateCell, required: true },
    // Two or more, as the schema says: an interaction happens between people.
    { name: 'participants', field: 'participants', cell: listOf(idCell, { min: 2 }), required: true, refers: 'people' },
    { name: 'kind', field: 'kind', cell: oneOf(INTERACTION_KINDS), required: true },
    { name: 'sides', field: 'sides', cell: listOf(oneOf(SIDES)) },
    { name: 'initiated_by', field: 'initiatedBy', cell: idCell, refers: 'people' },
    { name: 'space', field: 'space', cell: idCell, refers: 'spaces' },
    {
      name: 'grievances',
      cell: listOf(idCell),
      empty: [],
      refers: 'grievances',
      ids: (i: Interaction) => i.raised.map((r) => r.grievance),
    },
    {
      name: 'raised_by',
      cell: raisedByCell,
      empty: null,
      refers: 'people',
      ids: (i: Interaction) => i.raised.map((r) => r.by),
    },
    { name: 'notes', field: 'notes', cell: textCell(interactionSchema.shape.notes) },
  ],
  finish: (interaction, value, problem) => {
    const raised = buildRaised(
      value('grievances') as string[],
      value('raised_by') as RaisedBy | null,
      interaction.participants,
      problem,
    );
    if (raised) interaction.raised = raised;
  },
  formatDerived: (interaction) => formatRaised(interaction.raised),
});

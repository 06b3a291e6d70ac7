/** How records read in lists, in English and Spanish: conversations, ties, asks, grievances raised. */
import type { Catalog } from '../../src/core/i18n/i18n.js';

const en = {
  'conversations.none': 'No conversations yet.',
  'conversations.with': 'With',
  'conversations.sides': 'Sides: {sides}',
  'conversations.raised': '{n} {n|grievance|grievances} raised',
  'notes.read': 'Read the private notes',
  'notes.hide': 'Hide the notes',
  'notes.failed': 'The notes could not be read just now.',
  'tie.strong': 'strong',
  'tie.weak': 'weaker',
  'tie.lastContact': 'last together {date}',
  'tie.sides': 'sides: {sides}',
  'ask.byOn': 'Asked by {by} on {date}',
  'ask.by': 'Asked by {by}',
  'ask.update': 'Write down how it went since',
  'ask.saved': 'Saved.',
  'ask.response': 'Answer: {value}',
  'ask.comfort': 'How they felt: {value}',
  'ask.wanted': 'Wanted it themselves: {value}',
  'ask.follow': 'Follow-through: {value}',
} as const;

export type RecordsMessageKey = keyof typeof en;

export const recordsMessages: Catalog<RecordsMessageKey> = {
  en,
  es: {
    'conversations.none': 'Todavía no hay conversaciones.',
    'conversations.with': 'Con',
    'conversations.sides': 'Lados: {sides}',
    'conversations.raised': '{n} {n|agravio planteado|agravios planteados}',
    'notes.read': 'Leer las notas privadas',
    'notes.hide': 'Ocultar las notas',
    'notes.failed': 'Ahora no se pudieron leer las notas.',
    'tie.strong': 'fuerte',
    'tie.weak': 'más débil',
    'tie.lastContact': 'última vez juntas {date}',
    'tie.sides': 'lados: {sides}',
    'ask.byOn': 'Lo pidió {by} el {date}',
    'ask.by': 'Lo pidió {by}',
    'ask.update': 'Anotar cómo fue después',
    'ask.saved': 'Guardado.',
    'ask.response': 'Respuesta: {value}',
    'ask.comfort': 'Cómo se sintió: {value}',
    'ask.wanted': 'Lo quería por sí misma: {value}',
    'ask.follow': 'Cumplimiento: {value}',
  },
};

/**
 * The domain's closed word lists (src/core/vocabulary.ts) as a person reads them, in English and Spanish:
 * kinds of conversation, sides, stances, circles, how an ask went, winnable, phases.
 */
import type { Catalog } from '../../src/core/i18n/i18n.js';
import type {
  AskResponse,
  Circle,
  Comfort,
  FollowThrough,
  InteractionKind,
  Phase,
  Stance,
  TieSide,
  Wanted,
  Winnable,
} from '../../src/core/vocabulary.js';

const en = {
  'kind.chat': 'chat',
  'kind.one_on_one': 'one-on-one',
  'kind.meal': 'meal',
  'kind.social': 'social time',
  'kind.helped': 'helped on the job',
  'kind.meeting': 'meeting',
  'kind.action': 'action',
  'kind.picket': 'picket shift',
  'kind.call': 'call',
  'kind.message': 'message',
  'side.social': 'social',
  'side.political': 'political',
  'side.mutual_aid': 'mutual aid',
  'side.emotional': 'emotional',
  'side.tension': 'tension',
  'stance.supporter': 'supports',
  'stance.leaning': 'leaning',
  'stance.undecided': 'undecided',
  'stance.opposed': 'opposed',
  'stance.unknown': 'not known',
  'circle.sun': 'worker',
  'circle.moon': 'at the table (moon)',
  'circle.satellite': 'outside actor (satellite)',
  'response.yes': 'yes',
  'response.no': 'no',
  'response.maybe': 'maybe',
  'response.no_answer': 'no answer',
  'comfort.none': 'not recorded',
  'comfort.comfortable': 'comfortable',
  'comfort.hesitant': 'hesitant',
  'comfort.uncomfortable': 'uncomfortable',
  'wanted.yes': 'yes, they wanted it',
  'wanted.no': 'no',
  'wanted.unknown': 'not known',
  'follow.yes': 'followed through',
  'follow.no': 'did not follow through',
  'follow.pending': 'not yet',
  'follow.unknown': 'not known',
  'winnable.yes': 'winnable',
  'winnable.no': 'not winnable',
  'winnable.unknown': 'not judged yet',
  'phase.isolated': 'isolated',
  'phase.agitated': 'agitated',
  'phase.connected': 'connected',
  'phase.ready': 'ready',
} as const;

export type WordKey = keyof typeof en;

export const wordsMessages: Catalog<WordKey> = {
  en,
  es: {
    'kind.chat': 'charla',
    'kind.one_on_one': 'conversación a solas',
    'kind.meal': 'comida',
    'kind.social': 'rato social',
    'kind.helped': 'ayuda en el trabajo',
    'kind.meeting': 'reunión',
    'kind.action': 'acción',
    'kind.picket': 'turno de piquete',
    'kind.call': 'llamada',
    'kind.message': 'mensaje',
    'side.social': 'social',
    'side.political': 'político',
    'side.mutual_aid': 'apoyo mutuo',
    'side.emotional': 'emocional',
    'side.tension': 'tensión',
    'stance.supporter': 'apoya',
    'stance.leaning': 'se inclina',
    'stance.undecided': 'sin decidir',
    'stance.opposed': 'en contra',
    'stance.unknown': 'no se sabe',
    'circle.sun': 'de la plantilla',
    'circle.moon': 'en la mesa (luna)',
    'circle.satellite': 'actor externo (satélite)',
    'response.yes': 'sí',
    'response.no': 'no',
    'response.maybe': 'quizá',
    'response.no_answer': 'sin respuesta',
    'comfort.none': 'sin anotar',
    'comfort.comfortable': 'con comodidad',
    'comfort.hesitant': 'con dudas',
    'comfort.uncomfortable': 'con incomodidad',
    'wanted.yes': 'sí, lo quería',
    'wanted.no': 'no',
    'wanted.unknown': 'no se sabe',
    'follow.yes': 'lo cumplió',
    'follow.no': 'no lo cumplió',
    'follow.pending': 'todavía no',
    'follow.unknown': 'no se sabe',
    'winnable.yes': 'se puede ganar',
    'winnable.no': 'no se puede ganar',
    'winnable.unknown': 'sin valorar',
    'phase.isolated': 'aislada',
    'phase.agitated': 'agitada',
    'phase.connected': 'conectada',
    'phase.ready': 'lista',
  },
};

export const kindWord = (k: InteractionKind) => `kind.${k}` as const satisfies WordKey;
export const sideWord = (s: TieSide) => `side.${s}` as const satisfies WordKey;
export const stanceWord = (s: Stance) => `stance.${s}` as const satisfies WordKey;
export const circleWord = (c: Circle) => `circle.${c}` as const satisfies WordKey;
export const responseWord = (r: AskResponse) => `response.${r}` as const satisfies WordKey;
export const comfortWord = (c: Comfort | null) => `comfort.${c ?? 'none'}` as const satisfies WordKey;
export const wantedWord = (w: Wanted) => `wanted.${w}` as const satisfies WordKey;
export const followWord = (f: FollowThrough) => `follow.${f}` as const satisfies WordKey;
export const winnableWord = (w: Winnable) => `winnable.${w}` as const satisfies WordKey;
export const phaseWord = (p: Phase) => `phase.${p}` as const satisfies WordKey;

/**
 * The words of corrections to the power map and its spaces (power-kit.ts), in English and Spanish: a removal
 * refused because other records still name what would be removed (docs/adr/0006-correcting-and-removing-records.md),
 * a space whose kind no longer fits what is held there, and a change that would hide the record from the person
 * making it.
 */
import { translator, type Catalog, type Lang } from '../../core/i18n/i18n.js';
import type { ReferringKind, References } from '../../store/power.store.js';
import { ApiError, invalidInput } from '../api-error.js';

/** What may be refused removal while something names it. */
export type NamedKind = 'spaces' | 'mandates' | 'moon_sessions';

type Key =
  | `this.${NamedKind}`
  | `count.${ReferringKind}`
  | 'hidden'
  | 'would_disappear'
  | 'kind_holds_sessions'
  | 'kind_holds_shifts';

const EDIT_MESSAGES: Catalog<Key> = {
  en: {
    'this.spaces': 'this space',
    'this.mandates': 'this mandate',
    'this.moon_sessions': 'this session',
    'count.interactions': '{n} {n|conversation|conversations}',
    'count.actions': '{n} {n|action|actions}',
    'count.moon_sessions': '{n} {n|moon session|moon sessions}',
    'count.picket_shifts': '{n} {n|picket shift|picket shifts}',
    'count.votes': '{n} {n|vote|votes}',
    hidden: 'records not shared with you',
    would_disappear:
      'after this change you could no longer see it (everyone it would name is not shared with you); keep someone or a unit you can see',
    kind_holds_sessions:
      '{n} {n|session is|sessions are} held here, and a session is held in a moon space: move or remove {n|it|them} first',
    kind_holds_shifts:
      '{n} {n|picket shift is|picket shifts are} held here, and a picket line is a sun space: move or remove {n|it|them} first',
  },
  es: {
    'this.spaces': 'este espacio',
    'this.mandates': 'este mandato',
    'this.moon_sessions': 'esta sesión',
    'count.interactions': '{n} {n|conversación|conversaciones}',
    'count.actions': '{n} {n|acción|acciones}',
    'count.moon_sessions': '{n} {n|sesión luna|sesiones luna}',
    'count.picket_shifts': '{n} {n|turno de piquete|turnos de piquete}',
    'count.votes': '{n} {n|votación|votaciones}',
    hidden: 'registros que no se comparten contigo',
    would_disappear:
      'tras este cambio ya no podrías verlo (todo lo que nombraría no se comparte contigo); deja a alguien o una unidad que puedas ver',
    kind_holds_sessions:
      'aquí hay {n} {n|sesión|sesiones}, y una sesión se celebra en un espacio luna: muéve{n|la|las} o quíta{n|la|las} primero',
    kind_holds_shifts:
      'aquí hay {n} {n|turno de piquete|turnos de piquete}, y un piquete es un espacio sol: muéve{n|lo|los} o quíta{n|lo|los} primero',
  },
};

const ORDER: readonly ReferringKind[] = ['moon_sessions', 'picket_shifts', 'votes', 'actions', 'interactions'];

/** Refuse a removal while anything still names the record, saying what does (the hidden part only as such). */
export function refuseIfNamed(lang: Lang, kind: NamedKind, refs: References): void {
  const t = translator(EDIT_MESSAGES, lang);
  const parts = ORDER.filter((k) => (refs.visible[k] ?? 0) > 0).map((k) => t(`count.${k}`, { n: refs.visible[k]! }));
  if (refs.hidden) parts.push(t('hidden'));
  if (parts.length === 0) return;
  const n = Object.values(refs.visible).reduce((sum, x) => sum + x, 0) + (refs.hidden ? 2 : 0);
  throw new ApiError('record_in_use', {
    kind: t(`this.${kind}`),
    records: new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts),
    n,
  });
}

/** A change that would leave the record naming only what the person making it may not see. */
export function wouldDisappear(lang: Lang, field: string): ApiError {
  return invalidInput([{ field, message: translator(EDIT_MESSAGES, lang)('would_disappear') }]);
}

/** A space's new kind refused: what is held there needs the kind it has. */
export function kindRefused(lang: Lang, holds: 'sessions' | 'shifts', n: number): ApiError {
  const key = holds === 'sessions' ? 'kind_holds_sessions' : 'kind_holds_shifts';
  return invalidInput([{ field: 'kind', message: translator(EDIT_MESSAGES, lang)(key, { n }) }]);
}

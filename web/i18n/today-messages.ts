/** What Today says, in English and Spanish. */
import type { Catalog } from '../../src/core/i18n/i18n.js';

const en = {
  'today.care': 'Relationships that need care',
  'today.careNone': 'Nothing needs care right now. Keep spending time with people.',
  'today.mine': 'About your own asks',
  'today.others': 'For the committee',
  'today.fading': 'Ties fading',
  'today.fadingNone': 'No close tie has gone quiet.',
  'today.newcomers': 'Newcomers nobody has welcomed',
  'today.newcomersNone': 'Every newcomer has been welcomed.',
  'today.recent': 'Recent conversations',
  'today.allPeople': 'Everyone',
  'today.showAll': 'Show all {n}',
  'today.showFewer': 'Show fewer',
  'today.whoAmI':
    'Tell Sunspace who you are in this workspace (on the log form) to see the signals about your own asks first.',
} as const;

export type TodayMessageKey = keyof typeof en;

export const todayMessages: Catalog<TodayMessageKey> = {
  en,
  es: {
    'today.care': 'Relaciones que necesitan cuidado',
    'today.careNone': 'Ahora mismo nada necesita cuidado. Sigue pasando tiempo con la gente.',
    'today.mine': 'Sobre tus propias peticiones',
    'today.others': 'Para el comité',
    'today.fading': 'Lazos que se apagan',
    'today.fadingNone': 'Ningún lazo cercano se ha quedado en silencio.',
    'today.newcomers': 'Personas nuevas a las que nadie ha dado la bienvenida',
    'today.newcomersNone': 'Todas las personas nuevas han recibido la bienvenida.',
    'today.recent': 'Conversaciones recientes',
    'today.allPeople': 'Todas las personas',
    'today.showAll': 'Mostrar las {n}',
    'today.showFewer': 'Mostrar menos',
    'today.whoAmI':
      'Di a Sunspace quién eres en este espacio (en el formulario de anotar) para ver primero las señales sobre tus propias peticiones.',
  },
};

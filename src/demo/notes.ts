/**
 * Short notes an organizer might jot after a conversation, by what kind of moment it was. Plausible, about
 * nobody real, and never more than a line. Where the people spoke Spanish, some notes are in Spanish.
 */
import type { Rng } from './random.js';

const NOTES = {
  smallTalk: {
    en: [
      'Small talk about the weather.',
      'Talked about weekend plans; kept it short.',
      'Asked how long they have worked here; polite but brief.',
      'Said hi at the time clock; seemed in a hurry.',
      'Chatted about the new coffee machine.',
      'Brief chat while restocking; nothing personal.',
      'Talked about traffic on the way in.',
    ],
    es: ['Charla corta sobre el fin de semana.', 'Saludo en el cuarto de descanso; poca conversación.'],
  },
  vent: {
    en: [
      'I mentioned how short orientation was; got a shrug.',
      'Said I still feel lost on the charting system; was told everyone is at first.',
    ],
    es: [],
  },
  grievance: {
    en: [
      'Vented about the break cut; did not want to talk more.',
      'Angry about the new sick-leave points.',
      'Complained about short staffing again.',
      'Says the parking fee eats a day of pay a month.',
      'Upset about mandatory overtime; worried about childcare.',
      'Fed up with schedules posted at the last minute.',
      'Says the new chemicals give her headaches.',
    ],
    es: ['Molesta por el recorte del descanso.', 'Se quejó de los químicos sin ventilación.'],
  },
  afterWork: {
    en: [
      'Coffee after shift; lots of anger about breaks, no appetite for doing anything.',
      'Met after work; worried about being seen talking to me.',
      'Walked to the bus together; listed problems, changed the subject when I asked what we could do.',
    ],
    es: ['Café después del turno; mucho enojo, pero miedo de hacer algo.'],
  },
  push: {
    en: [
      'Staffer said to push; said yes but looked uneasy.',
      'Asked for a card signature; said they would think about it.',
      'Did not know them before today.',
      'Handed over the sign-up sheet; no conversation.',
    ],
    es: [],
  },
  staffer: {
    en: ['Staffer wants names and issues by next week.', 'Staffer said to get her to talk to him, whatever she says.'],
    es: [],
  },
  close: {
    en: [
      'Lunch together; talked about her daughter’s graduation.',
      'Covered his patients so he could take a real break.',
      'Walked after shift; talked about family and about work.',
      'Helped move a heavy patient; stayed to chat.',
      'Dinner with both families.',
      'Called when her mother was admitted; went to see her.',
      'Drove him to the garage when his car broke down.',
      'Talked about breaks and about his kids; he asked what I think we can do.',
    ],
    es: ['Almorzamos juntas; hablamos de la familia.', 'Le ayudé con el carro pesado; nos quedamos platicando.'],
  },
  group: {
    en: [
      'Lunch table turned into a conversation about the break cut.',
      'Five of us talked about breaks; someone said we should do something together.',
      'Talked in the break room about who else is upset; decided to meet again.',
    ],
    es: ['En el almuerzo hablamos del descanso; quedamos en volver a juntarnos.'],
  },
  committee: {
    en: [
      'Committee met after shift; talked with coworkers first, decide later.',
      'Went over who has talked with whom; nobody pushes anyone.',
      'Planned who will talk with the night shift, each with people they know.',
      'Talked about fears of retaliation; agreed to go together or not at all.',
    ],
    es: ['El comité se reunió después del turno; primero hablar con los compañeros.'],
  },
  party: {
    en: ['Birthday party; people from several departments stayed late.'],
    es: ['Fiesta de cumpleaños; vino gente de varios departamentos.'],
  },
  potluck: { en: ['Holiday potluck; people stayed in their own corners.'], es: [] },
  welcome: {
    en: [
      'Welcomed her in her first week; showed her where we take breaks.',
      'Lunch with the new hire; asked about her last job.',
    ],
    es: ['Le di la bienvenida; le mostré dónde descansamos.'],
  },
  training: { en: ['Staffer role-played one-on-ones with us; people left more confident.'], es: [] },
  lawyer: { en: ['Asked about protections for acting together before the march.'], es: [] },
  parents: { en: ['Parents’ group offered to join the march and bring coffee.'], es: [] },
  table: { en: ['Labor-management meeting on breaks; management offered day shift only.'], es: [] },
  reportBack: { en: ['Negotiator called to report back on the break talks.'], es: [] },
  action: {
    en: ['Went together, all of us or none; the director listened.'],
    es: ['Fuimos juntos; el director escuchó.'],
  },
  helped: {
    en: ['Helped restock the cart.', 'Swapped a shift so she could see her son’s game.'],
    es: ['Le cubrí el turno del sábado.'],
  },
} satisfies Record<string, { en: readonly string[]; es: readonly string[] }>;

export type NoteKind = keyof typeof NOTES;

/** A note of the given kind, in Spanish when the people spoke it and there is one. */
export function note(rng: Rng, kind: NoteKind, spanish = false): string {
  const { en, es } = NOTES[kind];
  return spanish && es.length > 0 && rng.chance(0.7) ? rng.pick(es) : rng.pick(en);
}

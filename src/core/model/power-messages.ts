/**
 * What the power map says in the plain-words report (power-text.ts), in English and Spanish: what each figure
 * means for the committee. Words from shared/CONCEPTS.md §4 and §6: sun spaces generate power, moon spaces
 * only reflect it, satellites nurture or siphon, the people at the table answer to the rank and file.
 */
import type { Catalog } from '../i18n/i18n.js';

export type PowerMessageKey =
  | 'power_title'
  | 'power_sun'
  | 'power_sun_line'
  | 'power_no_sun'
  | 'power_moon'
  | 'power_moon_line'
  | 'power_no_moon'
  | 'power_accountability'
  | 'power_overdue'
  | 'power_overdue_closed'
  | 'power_overdue_all_closed'
  | 'power_reported'
  | 'power_never_reported'
  | 'power_no_sessions'
  | 'power_last_report'
  | 'power_unaddressed'
  | 'power_closed_decisions'
  | 'power_mandates'
  | 'power_mandate_line'
  | 'power_mandate_vote'
  | 'power_mandate_line_none'
  | 'power_moon_none'
  | 'power_satellites'
  | 'power_satellite_line'
  | 'power_satellite_siphons'
  | 'power_satellite_nurtures'
  | 'power_no_satellites'
  | 'power_capture'
  | 'power_capture_line'
  | 'power_capture_advice'
  | 'strike_title'
  | 'strike_site_line'
  | 'strike_gaps'
  | 'strike_gap'
  | 'strike_aid'
  | 'strike_aid_kind'
  | 'strike_aid_amount'
  | 'strike_no_aid'
  | 'strike_unchecked'
  | 'aid_money'
  | 'aid_food'
  | 'aid_childcare'
  | 'aid_ride'
  | 'aid_housing'
  | 'aid_other'
  | 'plan_nobody'
  | 'plan_weak'
  | 'plan_uncomfortable'
  | 'plan_sand'
  | 'plan_good';

export const POWER_MESSAGES: Catalog<PowerMessageKey> = {
  en: {
    power_title: 'Where power comes from: sun spaces generate it, moon spaces only reflect it',
    power_sun: 'Sun spaces, where workers generate power by their ties and by acting together:',
    power_sun_line:
      '{space}: power {power}. {people} {people|person|people} there, {bound} bound by strong ties, {acted} acted together there',
    power_no_sun: 'No sun spaces are recorded yet.',
    power_moon: 'Moon spaces, which only reflect power generated elsewhere:',
    power_moon_line: '{space}: {sessions} {sessions|session|sessions}, {closed} behind closed doors (latest {last})',
    power_no_moon: 'No moon spaces are recorded.',
    power_moon_none: '{space}: no sessions recorded',
    power_accountability: 'The people at the table, and whether they answer to the rank and file:',
    power_overdue:
      '{holder} has not reported back on {count} {count|session|sessions} since {since}; ask for a report-back to the floor.',
    power_overdue_closed:
      '{holder} has not reported back on {count} {count|session|sessions} since {since}, {closed} of them behind closed doors; ask for a report-back to the floor.',
    power_overdue_all_closed:
      '{holder} has not reported back on {count} closed-door {count|session|sessions} since {since}; ask for a report-back to the floor.',
    power_reported: '{holder} reported back on {reported} of {sessions} {sessions|session|sessions}.',
    power_never_reported: '{holder} has attended {sessions} {sessions|session|sessions} and never reported back.',
    power_no_sessions: '{holder} has attended no session yet.',
    power_last_report: 'Last report-back {days} {days|day|days} ago.',
    power_unaddressed: '{count} {count|mandate|mandates} they hold no session has taken up.',
    power_closed_decisions: '{count} closed-door {count|session|sessions} decided something.',
    power_mandates: 'Mandates, what the rank and file told them to do:',
    power_mandate_line:
      '{mandate}, decided {decided}, held by {holders}: addressed in {sessions} {sessions|session|sessions}.',
    power_mandate_line_none: '{mandate}, decided {decided}, held by {holders}: no session has taken it up yet.',
    power_mandate_vote: 'Voted {yes} to {no} on {heldOn}.',
    power_satellites: 'Satellites, judged only by what they do to workers’ relationships and confidence:',
    power_satellite_line: '{person}: {nurturing} nurturing, {siphoning} siphoning, {mixed} mixed (net {net}).',
    power_satellite_siphons:
      'Their involvement pulls the fight away from coworkers: talk with them about letting workers decide.',
    power_satellite_nurtures: 'Their involvement builds workers’ skills, confidence and connections.',
    power_no_satellites: 'No satellites are recorded.',
    power_capture: 'Workers drawn into moon spaces whose time with coworkers then fell:',
    power_capture_line:
      '{person}: at the table since {since} ({sessions} {sessions|session|sessions}); time with coworkers fell from {before} to {after} a month.',
    power_capture_advice:
      'Make time with them on the floor, and bring coworkers to them: the table has power only while they do.',
    strike_title: 'The strike: picket lines are sun spaces, held by the bonds between strikers',
    strike_site_line:
      '{space}: {shifts} {shifts|shift|shifts}, {people} {people|person|people}, held {coverage} of picket hours',
    strike_gaps: '{gaps} {gaps|gap|gaps}',
    strike_gap: 'e.g. {from} to {to}',
    strike_aid:
      'Mutual aid: given {given} {given|time|times} to {people} {people|person|people}, by {givers} named {givers|giver|givers}:',
    strike_aid_kind: '{kind} {given}',
    strike_aid_amount: '{kind} {given} ({amount})',
    strike_no_aid: 'No mutual aid is recorded.',
    strike_unchecked:
      'On a picket line in the last {days} days, and nobody has spent time with them since; check on them:',
    aid_money: 'money',
    aid_food: 'food',
    aid_childcare: 'childcare',
    aid_ride: 'rides',
    aid_housing: 'housing',
    aid_other: 'other',
    plan_nobody:
      '{count} {count|person|people} nobody on the committee knows yet: get to know them before asking anything.',
    plan_weak:
      '{count} {count|ask|asks} would go over a weak tie: spend time together first, or find who they are close to.',
    plan_uncomfortable:
      '{count} {count|person|people} said they were uncomfortable being asked: do not ask again; ask how they are.',
    plan_sand: '{count} {count|person|people} expected have no strong tie to anyone else expected: sand, not stone.',
    plan_good: 'Every ask goes over a strong tie: the word travels person to person.',
  },
  es: {
    power_title: 'De dónde viene el poder: los espacios sol lo generan, los espacios luna solo lo reflejan',
    power_sun: 'Espacios sol, donde las trabajadoras generan poder con sus lazos y actuando juntas:',
    power_sun_line:
      '{space}: poder {power}. {people} {people|persona|personas} allí, {bound} con lazos fuertes, {acted} actuaron juntas allí',
    power_no_sun: 'Todavía no hay espacios sol registrados.',
    power_moon: 'Espacios luna, que solo reflejan el poder generado en otra parte:',
    power_moon_line: '{space}: {sessions} {sessions|sesión|sesiones}, {closed} a puerta cerrada (la última el {last})',
    power_no_moon: 'No hay espacios luna registrados.',
    power_moon_none: '{space}: ninguna sesión registrada',
    power_accountability: 'Quienes están en la mesa, y si rinden cuentas a las bases:',
    power_overdue:
      '{holder} no ha informado sobre {count} {count|sesión|sesiones} desde {since}; pidan un informe en el piso.',
    power_overdue_closed:
      '{holder} no ha informado sobre {count} {count|sesión|sesiones} desde {since}, {closed} a puerta cerrada; pidan un informe en el piso.',
    power_overdue_all_closed:
      '{holder} no ha informado sobre {count} {count|sesión|sesiones} a puerta cerrada desde {since}; pidan un informe en el piso.',
    power_reported: '{holder} informó sobre {reported} de {sessions} {sessions|sesión|sesiones}.',
    power_never_reported: '{holder} asistió a {sessions} {sessions|sesión|sesiones} y nunca informó.',
    power_no_sessions: '{holder} aún no asistió a ninguna sesión.',
    power_last_report: 'Último informe hace {days} {days|día|días}.',
    power_unaddressed: '{count} {count|mandato|mandatos} a su cargo que ninguna sesión ha tratado.',
    power_closed_decisions: '{count} {count|sesión|sesiones} a puerta cerrada decidieron algo.',
    power_mandates: 'Mandatos, lo que las bases les encargaron:',
    power_mandate_line:
      '{mandate}, decidido el {decided}, a cargo de {holders}: tratado en {sessions} {sessions|sesión|sesiones}.',
    power_mandate_line_none:
      '{mandate}, decidido el {decided}, a cargo de {holders}: ninguna sesión lo ha tratado todavía.',
    power_mandate_vote: 'Votado {yes} a {no} el {heldOn}.',
    power_satellites: 'Satélites, juzgados solo por lo que hacen a las relaciones y la confianza de las trabajadoras:',
    power_satellite_line: '{person}: {nurturing} nutriendo, {siphoning} drenando, {mixed} mixto (neto {net}).',
    power_satellite_siphons:
      'Su intervención aleja la lucha de las compañeras: hablen con ellos para que decidan las trabajadoras.',
    power_satellite_nurtures: 'Su intervención da a las trabajadoras habilidades, confianza y contactos.',
    power_no_satellites: 'No hay satélites registrados.',
    power_capture: 'Trabajadoras atraídas a espacios luna cuyo tiempo con sus compañeras luego cayó:',
    power_capture_line:
      '{person}: en la mesa desde el {since} ({sessions} {sessions|sesión|sesiones}); su tiempo con compañeras cayó de {before} a {after} al mes.',
    power_capture_advice:
      'Busquen tiempo con esa persona en el piso y acérquenle compañeras: la mesa solo tiene poder mientras ellas lo tengan.',
    strike_title: 'La huelga: los piquetes son espacios sol, sostenidos por los lazos entre huelguistas',
    strike_site_line:
      '{space}: {shifts} {shifts|turno|turnos}, {people} {people|persona|personas}, cubierto {coverage} de las horas de piquete',
    strike_gaps: '{gaps} {gaps|hueco|huecos}',
    strike_gap: 'p. ej. de {from} a {to}',
    strike_aid:
      'Ayuda mutua: {given} {given|vez|veces} a {people} {people|persona|personas}, de {givers} {givers|persona nombrada|personas nombradas}:',
    strike_aid_kind: '{kind} {given}',
    strike_aid_amount: '{kind} {given} ({amount})',
    strike_no_aid: 'No hay ayuda mutua registrada.',
    strike_unchecked:
      'En un piquete en los últimos {days} días, y nadie ha pasado tiempo con ellas desde entonces; vayan a verlas:',
    aid_money: 'dinero',
    aid_food: 'comida',
    aid_childcare: 'cuidado de niños',
    aid_ride: 'transporte',
    aid_housing: 'vivienda',
    aid_other: 'otra',
    plan_nobody:
      '{count} {count|persona|personas} a quienes nadie del comité conoce todavía: conózcanlas antes de pedirles nada.',
    plan_weak:
      '{count} {count|pedido pasaría|pedidos pasarían} por un lazo débil: pasen tiempo juntas primero, o busquen a quien es cercana.',
    plan_uncomfortable:
      '{count} {count|persona dijo|personas dijeron} sentirse incómodas al pedirles algo: no vuelvan a pedir; pregunten cómo están.',
    plan_sand:
      '{count} {count|persona esperada no tiene|personas esperadas no tienen} lazo fuerte con nadie más esperado: arena, no piedra.',
    plan_good: 'Cada pedido pasa por un lazo fuerte: la voz corre de persona a persona.',
  },
};

/**
 * What the organizing model says to people, in English and Spanish: the advice of care signals, what would
 * move a unit forward, and the words of the terminal report (report-text.ts).
 */
import type { Catalog } from '../i18n/i18n.js';

export type ModelMessageKey =
  | 'care_asks_outweigh_care'
  | 'care_ask_on_weak_tie'
  | 'care_ask_after_discomfort'
  | 'care_yes_without_follow_through'
  | 'care_fading_tie'
  | 'care_newcomer_unwelcomed'
  | 'care_isolated_coworker'
  | 'kind_asks_outweigh_care'
  | 'kind_ask_on_weak_tie'
  | 'kind_ask_after_discomfort'
  | 'kind_yes_without_follow_through'
  | 'kind_fading_tie'
  | 'kind_newcomer_unwelcomed'
  | 'kind_isolated_coworker'
  | 'step_get_to_know'
  | 'step_connect_the_agitated'
  | 'step_join_the_circles'
  | 'step_listen'
  | 'step_act_together'
  | 'step_grow_organizers'
  | 'phase_isolated'
  | 'phase_agitated'
  | 'phase_connected'
  | 'phase_ready'
  | 'phase_isolated_means'
  | 'phase_agitated_means'
  | 'phase_connected_means'
  | 'phase_ready_means'
  | 'report_title'
  | 'report_whole'
  | 'report_people'
  | 'report_coverage'
  | 'report_largest_group'
  | 'report_no_group'
  | 'report_cross_unit'
  | 'report_organizers'
  | 'report_forward'
  | 'report_units'
  | 'report_unit_line'
  | 'report_phase_group'
  | 'general_get_to_know'
  | 'general_connect_the_agitated'
  | 'general_grow_organizers'
  | 'need_get_to_know'
  | 'need_connect_the_agitated'
  | 'need_grow_organizers'
  | 'report_no_units'
  | 'report_groups'
  | 'report_no_groups'
  | 'report_group_line'
  | 'report_more'
  | 'report_bridges'
  | 'report_trusted'
  | 'report_nobody'
  | 'report_supporters'
  | 'report_stone'
  | 'report_sand'
  | 'report_grievances'
  | 'report_no_grievances'
  | 'report_grievance_line'
  | 'report_reaches_line'
  | 'report_below_line'
  | 'report_care'
  | 'report_no_care'
  | 'report_care_line'
  | 'report_care_line_nobody'
  | 'report_care_line_plain'
  | 'report_ratio'
  | 'report_ratio_none'
  | 'series_title'
  | 'report_whole_workplace'
  | 'col_month'
  | 'col_people'
  | 'col_strong'
  | 'col_coverage'
  | 'col_cohesion'
  | 'col_heat'
  | 'col_phase'
  | 'series_unit';

export const MODEL_MESSAGES: Catalog<ModelMessageKey> = {
  en: {
    care_asks_outweigh_care:
      '{by} has asked {person} for things more often than they have spent time together. Stop asking for ' +
      'now; spend time with {person} with nothing to ask: a coffee, a walk, a hand on the job.',
    care_ask_on_weak_tie:
      '{by} asked {person} while their relationship is still weak. Get to know {person} first, their life and ' +
      'what they care about; asks can wait until the relationship can carry them.',
    care_ask_after_discomfort:
      '{person} said on {since} that they were uncomfortable being asked, and {by} asked again. Stop asking. ' +
      'Check in with {person} as a person, and let them say when they are ready.',
    care_yes_without_follow_through:
      '{person} said yes to {by}, and it has not happened. Follow up kindly: ask how they are and what got in ' +
      'the way, without pressing. A yes that is not kept often means the ask came too soon.',
    care_fading_tie:
      '{by} and {person} were close but have not spent time together since {since}. Reach out for its own ' +
      'sake: a meal, a call, a break together.',
    care_newcomer_unwelcomed:
      '{person} started on {since} and nobody has spent time with them yet. Welcome them: show them around, ' +
      'eat lunch together, help them on the job.',
    care_isolated_coworker:
      'Nobody has any tie with {person} yet. Find out who works near them and start small: a chat, a hand on ' +
      'the job, an invitation.',
    kind_asks_outweigh_care: 'Asks outweigh care',
    kind_ask_on_weak_tie: 'An ask on a weak tie',
    kind_ask_after_discomfort: 'Asked again after saying they were uncomfortable',
    kind_yes_without_follow_through: 'A yes without follow-through',
    kind_fading_tie: 'A tie fading',
    kind_newcomer_unwelcomed: 'A newcomer not yet welcomed',
    kind_isolated_coworker: 'A coworker on their own',
    step_get_to_know:
      'Spend time getting to know people: {count} {count|person has|people have} no strong tie yet. ' +
      'Break-room chats, meals, walks, a hand on the job.',
    step_connect_the_agitated:
      'Grievances are hot but ties are weak: help the {count} {count|person who raised a grievance and has|' +
      'people who raised grievances and have} no strong tie get to know others before acting.',
    step_join_the_circles:
      'People have strong ties, but in separate circles: bring the circles together over a meal or a social.',
    step_listen:
      'Ties are strong and things are quiet: keep spending time together and listen; grievances will come up.',
    step_act_together:
      'Ties are strong and grievances are hot: group conversations, an ad hoc committee, acting together. ' +
      'Check each grievance against the {line} line before going public.',
    step_grow_organizers:
      'Find {count} more {count|person|people} willing to organize (one for about every {per} coworkers): ' +
      'people others trust, who want to.',
    phase_isolated: 'isolated',
    phase_agitated: 'agitated',
    phase_connected: 'connected',
    phase_ready: 'ready',
    phase_isolated_means: 'ties are weak and grievances quiet',
    phase_agitated_means: 'grievances are hot, ties still weak',
    phase_connected_means: 'ties are strong, grievances quiet',
    phase_ready_means: 'ties are strong and grievances hot',
    report_title: 'Where collective strength is, as of {asOf} (model {version})',
    report_whole: 'The whole workplace: {phase} ({means})',
    report_people: '{people} {people|coworker|coworkers}, {ties} {ties|tie|ties} between them, {strong} strong.',
    report_coverage: '{coverage} have a strong tie; cohesion {cohesion}; heat {heat}.',
    report_largest_group: 'The largest group bound by strong ties has {size} {size|person|people} ({share}).',
    report_no_group: 'No two people are bound by a strong tie yet.',
    report_cross_unit: '{count} strong {count|tie joins|ties join} people of different units.',
    report_organizers: 'Organizers: {count} (the rule of thumb is one for about every {per} coworkers; here {ratio}).',
    report_forward: 'What would move it forward:',
    report_units: 'Units',
    report_phase_group: '{count} {count|unit|units} {count|is|are} {phase} ({means}):',
    general_get_to_know:
      'Spend time getting to know the people who have no strong tie yet: break-room chats, meals, walks, a hand ' +
      'on the job.',
    general_connect_the_agitated:
      'Grievances are hot but ties are weak: help the people who raised grievances and have no strong tie get to ' +
      'know others before acting.',
    general_grow_organizers:
      'Find more people willing to organize (one for about every {per} coworkers): people others trust, who want to.',
    need_get_to_know: '{count} without a strong tie',
    need_connect_the_agitated: '{count} raised a grievance but {count|has|have} no strong tie',
    need_grow_organizers: '{count} more {count|organizer|organizers} wanted',
    report_unit_line:
      '{unit}: {people} {people|person|people}; coverage {coverage}, cohesion ' +
      '{cohesion}, heat {heat}, {organizers} {organizers|organizer|organizers}.',
    report_no_units: 'No unit has anyone counted in it.',
    report_groups: 'Natural groups (people bound together by strong ties)',
    report_no_groups: 'No natural groups bound by strong ties yet.',
    report_group_line: '{n}. {size} {size|person|people}: {members}',
    report_more: '(and {count} more)',
    report_bridges: 'Bridges (people whose ties join groups that would otherwise be apart):',
    report_trusted: 'Trusted (coworkers with a strong tie to them):',
    report_nobody: 'nobody yet',
    report_supporters: 'Supporters by their own word: {stone} stone, {sand} sand.',
    report_stone: 'Stone (a strong tie to another supporter):',
    report_sand: 'Sand (no strong tie to another supporter):',
    report_grievances: 'Grievances, readiness against the {line} line',
    report_no_grievances: 'No grievance has been raised yet.',
    report_grievance_line:
      '{id} "{title}" ({unit}): {affected} affected, {shared} raised it themselves; the largest group bound ' +
      'by strong ties holds {group} of the affected; readiness {readiness}, {verdict}.',
    report_reaches_line: 'at or above the line',
    report_below_line: 'below the line',
    report_care: 'Care signals ({count})',
    report_no_care: 'No care signals.',
    report_care_line: '{kind}: {person}, by {by}, since {since}',
    report_care_line_nobody: '{kind}: {person}, since {since}',
    report_care_line_plain: '{kind}: {person}',
    report_ratio: 'one for every {per}',
    report_ratio_none: 'none yet',
    series_title: 'Month by month, {from} to {to} (model {version})',
    report_whole_workplace: 'the whole workplace',
    col_month: 'month',
    col_people: 'people',
    col_strong: 'strong',
    col_coverage: 'coverage',
    col_cohesion: 'cohesion',
    col_heat: 'heat',
    col_phase: 'phase',
    series_unit: 'Unit {unit}',
  },
  es: {
    care_asks_outweigh_care:
      '{by} le ha pedido cosas a {person} más veces de las que han pasado tiempo juntos. Deja de pedir por ' +
      'ahora; pasa tiempo con {person} sin nada que pedir: un café, un paseo, una mano en el trabajo.',
    care_ask_on_weak_tie:
      '{by} le pidió algo a {person} cuando su relación todavía es débil. Conoce primero a {person}, su vida y ' +
      'lo que le importa; lo que pides puede esperar a que la relación lo sostenga.',
    care_ask_after_discomfort:
      '{person} dijo el {since} que se sentía incómodo con lo que le pedían, y {by} volvió a pedirle. Deja de ' +
      'pedir. Pregúntale a {person} cómo está, como persona, y deja que diga cuándo está listo.',
    care_yes_without_follow_through:
      '{person} le dijo que sí a {by} y todavía no ha pasado. Haz seguimiento con cariño: pregunta cómo está y ' +
      'qué se lo impidió, sin presionar. Un sí que no se cumple suele indicar que se pidió demasiado pronto.',
    care_fading_tie:
      '{by} y {person} eran cercanos pero no han pasado tiempo juntos desde el {since}. Búscalo por el gusto ' +
      'de hacerlo: una comida, una llamada, un descanso juntos.',
    care_newcomer_unwelcomed:
      '{person} empezó el {since} y nadie ha pasado tiempo con esa persona todavía. Dale la bienvenida: ' +
      'enséñale el lugar, coman juntos, échale una mano en el trabajo.',
    care_isolated_coworker:
      'Nadie tiene todavía ningún lazo con {person}. Averigua quién trabaja cerca y empieza poco a poco: una ' +
      'charla, una mano en el trabajo, una invitación.',
    kind_asks_outweigh_care: 'Se pide más de lo que se cuida',
    kind_ask_on_weak_tie: 'Se pide sobre un lazo débil',
    kind_ask_after_discomfort: 'Se volvió a pedir tras decir que se sentía incómodo',
    kind_yes_without_follow_through: 'Un sí sin seguimiento',
    kind_fading_tie: 'Un lazo que se apaga',
    kind_newcomer_unwelcomed: 'Una persona nueva sin bienvenida',
    kind_isolated_coworker: 'Un compañero a solas',
    step_get_to_know:
      'Dedica tiempo a conocer a la gente: {count} {count|persona no tiene|personas no tienen} todavía ningún ' +
      'lazo fuerte. Charlas en el descanso, comidas, paseos, una mano en el trabajo.',
    step_connect_the_agitated:
      'Los agravios están calientes pero los lazos son débiles: ayuda a {count} {count|persona|personas} que ' +
      'plantearon agravios y no tienen lazos fuertes a conocer a otras antes de actuar.',
    step_join_the_circles:
      'Hay lazos fuertes, pero en círculos separados: junta los círculos en una comida o una reunión social.',
    step_listen:
      'Los lazos son fuertes y todo está tranquilo: sigan pasando tiempo juntos y escucha; los agravios saldrán.',
    step_act_together:
      'Los lazos son fuertes y los agravios están calientes: conversaciones en grupo, un comité ad hoc, actuar ' +
      'juntos. Compara cada agravio con la línea del {line} antes de hacerlo público.',
    step_grow_organizers:
      'Encuentra {count} {count|persona más dispuesta|personas más dispuestas} a organizar (una por cada ' +
      '{per} compañeros más o menos): gente en quien otros confían y que quiera hacerlo.',
    phase_isolated: 'aislada',
    phase_agitated: 'agitada',
    phase_connected: 'conectada',
    phase_ready: 'lista',
    phase_isolated_means: 'lazos débiles y agravios tranquilos',
    phase_agitated_means: 'agravios calientes, lazos todavía débiles',
    phase_connected_means: 'lazos fuertes, agravios tranquilos',
    phase_ready_means: 'lazos fuertes y agravios calientes',
    report_title: 'Dónde está la fuerza colectiva, al {asOf} (modelo {version})',
    report_whole: 'Todo el lugar de trabajo: {phase} ({means})',
    report_people:
      '{people} {people|compañero|compañeros}, {ties} {ties|lazo|lazos} entre ellos, {strong} {strong|fuerte|fuertes}.',
    report_coverage: '{coverage} tienen un lazo fuerte; cohesión {cohesion}; calor {heat}.',
    report_largest_group: 'El grupo más grande unido por lazos fuertes tiene {size} {size|persona|personas} ({share}).',
    report_no_group: 'Todavía no hay dos personas unidas por un lazo fuerte.',
    report_cross_unit: '{count} {count|lazo fuerte une|lazos fuertes unen} a personas de unidades distintas.',
    report_organizers:
      'Organizadores: {count} (la regla práctica es uno por cada {per} compañeros más o menos; aquí {ratio}).',
    report_forward: 'Qué la haría avanzar:',
    report_units: 'Unidades',
    report_phase_group: '{count} {count|unidad está|unidades están} {phase} ({means}):',
    general_get_to_know:
      'Dedica tiempo a conocer a quienes todavía no tienen ningún lazo fuerte: charlas en el descanso, comidas, ' +
      'paseos, una mano en el trabajo.',
    general_connect_the_agitated:
      'Los agravios están calientes pero los lazos son débiles: ayuda a quienes plantearon agravios y no tienen ' +
      'lazos fuertes a conocer a otras personas antes de actuar.',
    general_grow_organizers:
      'Encuentra más personas dispuestas a organizar (una por cada {per} compañeros más o menos): gente en quien ' +
      'otros confían y que quiera hacerlo.',
    need_get_to_know: '{count} sin lazo fuerte',
    need_connect_the_agitated:
      '{count} {count|planteó un agravio y no tiene|plantearon un agravio y no tienen} lazo fuerte',
    need_grow_organizers: '{count|falta|faltan} {count} {count|organizador|organizadores}',
    report_unit_line:
      '{unit}: {people} {people|persona|personas}; cobertura {coverage}, cohesión ' +
      '{cohesion}, calor {heat}, {organizers} {organizers|organizador|organizadores}.',
    report_no_units: 'Ninguna unidad tiene a nadie contado.',
    report_groups: 'Grupos naturales (gente unida por lazos fuertes)',
    report_no_groups: 'Todavía no hay grupos naturales unidos por lazos fuertes.',
    report_group_line: '{n}. {size} {size|persona|personas}: {members}',
    report_more: '(y {count} más)',
    report_bridges: 'Puentes (personas cuyos lazos unen grupos que si no estarían separados):',
    report_trusted: 'De confianza (compañeros con un lazo fuerte con esa persona):',
    report_nobody: 'nadie todavía',
    report_supporters: 'Simpatizantes según su propia palabra: {stone} piedra, {sand} arena.',
    report_stone: 'Piedra (un lazo fuerte con otro simpatizante):',
    report_sand: 'Arena (ningún lazo fuerte con otro simpatizante):',
    report_grievances: 'Agravios, preparación frente a la línea del {line}',
    report_no_grievances: 'Todavía nadie ha planteado ningún agravio.',
    report_grievance_line:
      '{id} "{title}" ({unit}): {affected} afectados, {shared} lo plantearon en persona; el grupo más grande ' +
      'unido por lazos fuertes reúne a {group} de los afectados; preparación {readiness}, {verdict}.',
    report_reaches_line: 'en la línea o por encima',
    report_below_line: 'por debajo de la línea',
    report_care: 'Señales de cuidado ({count})',
    report_no_care: 'No hay señales de cuidado.',
    report_care_line: '{kind}: {person}, por {by}, desde {since}',
    report_care_line_nobody: '{kind}: {person}, desde {since}',
    report_care_line_plain: '{kind}: {person}',
    report_ratio: 'uno por cada {per}',
    report_ratio_none: 'ninguno todavía',
    series_title: 'Mes a mes, de {from} a {to} (modelo {version})',
    report_whole_workplace: 'todo el lugar de trabajo',
    col_month: 'mes',
    col_people: 'gente',
    col_strong: 'fuertes',
    col_coverage: 'cobertura',
    col_cohesion: 'cohesión',
    col_heat: 'calor',
    col_phase: 'fase',
    series_unit: 'Unidad {unit}',
  },
};

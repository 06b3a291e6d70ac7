/**
 * Why a field of a power map record was refused by the API (power-checks.ts), in English and Spanish: the
 * rules across records of src/core/power-records.ts, and references to what the person cannot see (a hidden
 * record is refused exactly like a missing one).
 */
import type { Catalog } from '../core/i18n/i18n.js';
import type { PowerProblemCode } from '../core/power-records.js';

export type PowerFieldMessage =
  | PowerProblemCode
  | 'no_such_person'
  | 'no_such_space'
  | 'no_such_mandate'
  | 'no_such_session'
  | 'no_such_decision'
  | 'no_such_action'
  | 'listed_twice';

export const POWER_FIELD_MESSAGES: Catalog<PowerFieldMessage> = {
  en: {
    ends_before_start: 'a shift ends after it starts',
    report_before_session: 'a report-back comes on or after the session',
    reported_to_without_date: 'say when the report-back was (reportedBackOn) as well as to whom',
    space_not_moon: '"{value}" is not a moon space; sessions are held in moon spaces (a bargaining table, a court)',
    space_not_sun: '"{value}" is not a sun space; picket lines are at the workplace',
    holder_is_satellite: '"{value}" is a satellite; a mandate is held by moon people or workers on the team',
    effect_by_worker: '"{value}" is a worker; satellite effects are the doing of satellites or moon people',
    unknown_target: 'there is no person or unit "{value}" here that you can see',
    no_such_person: 'there is no person "{value}" here that you can see',
    no_such_space: 'there is no space "{value}" here that you can see',
    no_such_mandate: 'there is no mandate "{value}" here',
    no_such_session: 'there is no session "{value}" here that you can see',
    no_such_decision: 'there is no conversation or action "{value}" here that you can see',
    no_such_action: 'there is no action "{value}" here that you can see',
    listed_twice: '"{value}" is listed twice',
  },
  es: {
    ends_before_start: 'un turno termina después de empezar',
    report_before_session: 'un informe llega el día de la sesión o después',
    reported_to_without_date: 'digan cuándo se informó (reportedBackOn) además de a quién',
    space_not_moon:
      '"{value}" no es un espacio luna; las sesiones son en espacios luna (una mesa de negociación, un tribunal)',
    space_not_sun: '"{value}" no es un espacio sol; los piquetes están en el lugar de trabajo',
    holder_is_satellite: '"{value}" es un satélite; un mandato lo llevan personas luna o trabajadoras del equipo',
    effect_by_worker: '"{value}" es una trabajadora; los efectos de satélite son obra de satélites o personas luna',
    unknown_target: 'no hay ninguna persona ni unidad "{value}" aquí que puedas ver',
    no_such_person: 'no hay ninguna persona "{value}" aquí que puedas ver',
    no_such_space: 'no hay ningún espacio "{value}" aquí que puedas ver',
    no_such_mandate: 'no hay ningún mandato "{value}" aquí',
    no_such_session: 'no hay ninguna sesión "{value}" aquí que puedas ver',
    no_such_decision: 'no hay ninguna conversación ni acción "{value}" aquí que puedas ver',
    no_such_action: 'no hay ninguna acción "{value}" aquí que puedas ver',
    listed_twice: '"{value}" aparece dos veces',
  },
};

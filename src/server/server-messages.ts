import type { Catalog } from '../core/i18n/i18n.js';
import type { ErrorCode } from './api-error.js';

/**
 * What the API says when it refuses, in English and Spanish. Each message tells the person what to do next.
 * A hidden record and a missing one get the same words, byte for byte: not-found messages do not even repeat
 * the id asked for (need-to-know: docs/security.md).
 */
export const SERVER_MESSAGES: Catalog<ErrorCode> = {
  en: {
    invalid_input: 'Check {field}: {reason}',
    malformed_body: 'The request body is not valid JSON; send the fields as a JSON object.',
    not_signed_in: 'Sign in first (or again: sessions end after a while without use).',
    wrong_credentials: 'That username and password do not match an account. Check both and try again.',
    forbidden: 'Your role does not allow this. Ask a lead or an admin of your committee.',
    cross_site_request: 'This change came from another site and was refused. Make it from Sunspace itself.',
    not_found: 'There is nothing at this address. Check the link.',
    workspace_not_found: 'There is no such workspace that you can enter. Check the name, or ask an admin for access.',
    person_not_found: 'There is no such person here that you can see. Check the link, or ask a lead for access.',
    conversation_not_found: 'There is no such conversation here that you can see. Check the link.',
    grievance_not_found: 'There is no such grievance here that you can see. Check the link.',
    ask_not_found: 'There is no such ask here that you can see. Check the link.',
    unit_not_found: 'There is no such unit here that you can see. Check the unit path.',
    user_not_found: 'There is no such account that you can manage. Check the username.',
    setup_done: 'Sunspace is already set up. Sign in, or ask an admin for an account.',
    username_taken: 'The username "{name}" is taken. Choose another.',
    workspace_exists: 'A workspace named "{name}" exists already. Choose another name, or open that one.',
    last_admin: 'This is the last admin account; make someone else an admin first.',
    payload_too_large: 'The request is too large. Send less at once.',
    internal: 'Something went wrong on the server. Try again; if it keeps happening, tell whoever runs it.',
    demo_unavailable: 'This server cannot load the demo workplace.',
    store_unavailable: 'The database cannot be reached right now. Try again in a moment.',
  },
  es: {
    invalid_input: 'Revisa {field}: {reason}',
    malformed_body: 'El cuerpo de la petición no es JSON válido; envía los campos como un objeto JSON.',
    not_signed_in: 'Inicia sesión primero (o de nuevo: las sesiones terminan tras un rato sin uso).',
    wrong_credentials: 'Ese usuario y contraseña no coinciden con ninguna cuenta. Revisa ambos y vuelve a intentarlo.',
    forbidden: 'Tu rol no permite esto. Pregunta a una persona responsable o administradora de tu comité.',
    cross_site_request: 'Este cambio vino de otro sitio y fue rechazado. Hazlo desde Sunspace.',
    not_found: 'No hay nada en esta dirección. Revisa el enlace.',
    workspace_not_found:
      'No hay ningún espacio de trabajo así al que puedas entrar. Revisa el nombre o pide acceso a quien administra.',
    person_not_found:
      'No hay ninguna persona así aquí que puedas ver. Revisa el enlace o pide acceso a quien coordina.',
    conversation_not_found: 'No hay ninguna conversación así aquí que puedas ver. Revisa el enlace.',
    grievance_not_found: 'No hay ningún agravio así aquí que puedas ver. Revisa el enlace.',
    ask_not_found: 'No hay ninguna petición así aquí que puedas ver. Revisa el enlace.',
    unit_not_found: 'No hay ninguna unidad así aquí que puedas ver. Revisa la ruta de la unidad.',
    user_not_found: 'No hay ninguna cuenta así que puedas gestionar. Revisa el nombre de usuario.',
    setup_done: 'Sunspace ya está configurado. Inicia sesión o pide una cuenta a quien administra.',
    username_taken: 'El usuario "{name}" ya existe. Elige otro.',
    workspace_exists: 'Ya existe un espacio de trabajo llamado "{name}". Elige otro nombre o abre ese.',
    last_admin: 'Esta es la última cuenta de administración; haz primero administradora a otra persona.',
    payload_too_large: 'La petición es demasiado grande. Envía menos de una vez.',
    internal: 'Algo falló en el servidor. Inténtalo de nuevo; si sigue pasando, avisa a quien lo mantiene.',
    demo_unavailable: 'Este servidor no puede cargar el lugar de trabajo de demostración.',
    store_unavailable: 'No se puede acceder a la base de datos ahora. Inténtalo de nuevo en un momento.',
  },
};

export type FieldMessage =
  | 'required'
  | 'expected'
  | 'one_of'
  | 'unknown_fields'
  | 'no_such_person'
  | 'no_such_grievance'
  | 'no_such_space'
  | 'not_a_participant'
  | 'listed_twice'
  | 'same_person'
  | 'unit_not_granted'
  | 'body';

/** Why a field was refused, where the reason is the server's own rather than a schema's. */
export const FIELD_MESSAGES: Catalog<FieldMessage> = {
  en: {
    required: 'this is required',
    expected: 'expected {expected}',
    one_of: 'use one of: {values}',
    unknown_fields: 'unknown field{n|| s} {keys}: check the spelling',
    no_such_person: 'there is no person "{id}" here that you can see',
    no_such_grievance: 'there is no grievance "{id}" here that you can see',
    no_such_space: 'there is no space "{id}" here that you can see',
    not_a_participant: '"{id}" is not among the participants of this conversation',
    listed_twice: '"{id}" is listed twice',
    same_person: 'a relationship is between two different people',
    unit_not_granted: 'you can only use units you were granted ({units})',
    body: 'the request',
  },
  es: {
    required: 'es obligatorio',
    expected: 'se esperaba {expected}',
    one_of: 'usa uno de: {values}',
    unknown_fields: 'campo{n||s} desconocido{n||s} {keys}: revisa cómo se escribe',
    no_such_person: 'no hay ninguna persona "{id}" aquí que puedas ver',
    no_such_grievance: 'no hay ningún agravio "{id}" aquí que puedas ver',
    no_such_space: 'no hay ningún espacio "{id}" aquí que puedas ver',
    not_a_participant: '"{id}" no está entre quienes participaron en esta conversación',
    listed_twice: '"{id}" aparece dos veces',
    same_person: 'una relación es entre dos personas distintas',
    unit_not_granted: 'solo puedes usar las unidades que te asignaron ({units})',
    body: 'la petición',
  },
};

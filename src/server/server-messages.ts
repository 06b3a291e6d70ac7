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
    wrong_code: 'That code is not right, or it was used already. Type the code your app shows now, or a recovery code.',
    passkey_failed: 'That passkey was not accepted. Try again, or sign in with your password.',
    second_factor_expired: 'The sign-in took too long. Start again with your username and password.',
    forbidden: 'Your role does not allow this. Ask a lead or an admin of your committee.',
    cross_site_request: 'This change came from another site and was refused. Make it from Sunspace itself.',
    reauth_required: 'For this, confirm your password again first (it protects you if someone else holds your device).',
    import_needs_whole_workspace:
      'Importing a bundle needs access to the whole workspace, since a bundle can change any record. Ask an admin to import it.',
    not_found: 'There is nothing at this address. Check the link.',
    workspace_not_found: 'There is no such workspace that you can enter. Check the name, or ask an admin for access.',
    person_not_found: 'There is no such person here that you can see. Check the link, or ask a lead for access.',
    conversation_not_found: 'There is no such conversation here that you can see. Check the link.',
    grievance_not_found: 'There is no such grievance here that you can see. Check the link.',
    ask_not_found: 'There is no such ask here that you can see. Check the link.',
    mandate_not_found: 'There is no such mandate here. Check the link.',
    moon_session_not_found: 'There is no such session here that you can see. Check the link.',
    vote_not_found: 'There is no such vote here. Check the link.',
    satellite_effect_not_found: 'There is no such satellite effect here that you can see. Check the link.',
    picket_shift_not_found: 'There is no such picket shift here that you can see. Check the link.',
    mutual_aid_not_found: 'There is no such record of mutual aid here that you can see. Check the link.',
    plan_not_found: 'There is no such plan here. Check the link.',
    space_not_found: 'There is no such space here that you can see. Check the link.',
    unit_not_found: 'There is no such unit here that you can see. Check the unit path.',
    user_not_found: 'There is no such account that you can manage. Check the username.',
    passkey_not_found: 'There is no such passkey on your account. Check the list of your passkeys.',
    setup_done: 'Sunspace is already set up. Sign in, or ask an admin for an account.',
    username_taken: 'The username "{name}" is taken. Choose another.',
    workspace_exists: 'A workspace named "{name}" exists already. Choose another name, or open that one.',
    last_admin: 'This is the last admin account; make someone else an admin first.',
    merge_conflict:
      'These two have {n|a record|records} between just the two of them ({records}): one person cannot have that with themself, so nothing was merged. Check they are the same person.',
    record_in_use:
      'Nothing was removed: {kind} is still named by {records}. Change or remove {n|that record|those records} first.',
    totp_exists: 'Your account already has an authenticator app. Remove it first to set up a new one.',
    totp_not_started: 'Set up the authenticator app first; then type one of its codes to confirm it.',
    payload_too_large: 'The request is too large. Send less at once.',
    bundle_too_large:
      'A bundle sent at once is at most {limit}. Split it: import people.csv first, then the other files.',
    unsupported_media_type: 'The request body is not in a form this address takes. Check how the data is sent.',
    bundle_unreadable: '{reason}',
    too_many_attempts:
      'Too many wrong attempts. Wait an hour and try again, or sign in with a passkey if you have one.',
    internal: 'Something went wrong on the server. Try again; if it keeps happening, tell whoever runs it.',
    demo_unavailable: 'This server cannot load the demo workplace.',
    wipe_unavailable:
      'This server cannot wipe itself: stop it and run `sunspace wipe --yes` on the machine it runs on.',
    store_unavailable: 'The database cannot be reached right now. Try again in a moment.',
  },
  es: {
    invalid_input: 'Revisa {field}: {reason}',
    malformed_body: 'El cuerpo de la petición no es JSON válido; envía los campos como un objeto JSON.',
    not_signed_in: 'Inicia sesión primero (o de nuevo: las sesiones terminan tras un rato sin uso).',
    wrong_credentials: 'Ese usuario y contraseña no coinciden con ninguna cuenta. Revisa ambos y vuelve a intentarlo.',
    wrong_code:
      'Ese código no es correcto o ya se usó. Escribe el código que muestra tu aplicación ahora, o un código de recuperación.',
    passkey_failed: 'No se aceptó esa llave de acceso. Inténtalo de nuevo o inicia sesión con tu contraseña.',
    second_factor_expired: 'El inicio de sesión tardó demasiado. Empieza de nuevo con tu usuario y contraseña.',
    forbidden: 'Tu rol no permite esto. Pregunta a una persona responsable o administradora de tu comité.',
    cross_site_request: 'Este cambio vino de otro sitio y fue rechazado. Hazlo desde Sunspace.',
    reauth_required:
      'Para esto, confirma antes tu contraseña otra vez (te protege si otra persona tiene tu dispositivo).',
    import_needs_whole_workspace:
      'Importar un paquete requiere acceso a todo el espacio de trabajo, porque un paquete puede cambiar cualquier registro. Pide a quien administra que lo importe.',
    not_found: 'No hay nada en esta dirección. Revisa el enlace.',
    workspace_not_found:
      'No hay ningún espacio de trabajo así al que puedas entrar. Revisa el nombre o pide acceso a quien administra.',
    person_not_found:
      'No hay ninguna persona así aquí que puedas ver. Revisa el enlace o pide acceso a quien coordina.',
    conversation_not_found: 'No hay ninguna conversación así aquí que puedas ver. Revisa el enlace.',
    grievance_not_found: 'No hay ningún agravio así aquí que puedas ver. Revisa el enlace.',
    ask_not_found: 'No hay ninguna petición así aquí que puedas ver. Revisa el enlace.',
    mandate_not_found: 'No hay ningún mandato así aquí. Revisa el enlace.',
    moon_session_not_found: 'No hay ninguna sesión así aquí que puedas ver. Revisa el enlace.',
    vote_not_found: 'No hay ninguna votación así aquí. Revisa el enlace.',
    satellite_effect_not_found: 'No hay ningún efecto de satélite así aquí que puedas ver. Revisa el enlace.',
    picket_shift_not_found: 'No hay ningún turno de piquete así aquí que puedas ver. Revisa el enlace.',
    mutual_aid_not_found: 'No hay ningún registro de ayuda mutua así aquí que puedas ver. Revisa el enlace.',
    plan_not_found: 'No hay ningún plan así aquí. Revisa el enlace.',
    space_not_found: 'No hay ningún espacio así aquí que puedas ver. Revisa el enlace.',
    unit_not_found: 'No hay ninguna unidad así aquí que puedas ver. Revisa la ruta de la unidad.',
    user_not_found: 'No hay ninguna cuenta así que puedas gestionar. Revisa el nombre de usuario.',
    passkey_not_found: 'No hay ninguna llave de acceso así en tu cuenta. Revisa la lista de tus llaves.',
    setup_done: 'Sunspace ya está configurado. Inicia sesión o pide una cuenta a quien administra.',
    username_taken: 'El usuario "{name}" ya existe. Elige otro.',
    workspace_exists: 'Ya existe un espacio de trabajo llamado "{name}". Elige otro nombre o abre ese.',
    last_admin: 'Esta es la última cuenta de administración; haz primero administradora a otra persona.',
    merge_conflict:
      'Estas dos fichas tienen {n|un registro|registros} solo entre ellas ({records}): nadie puede tener eso consigo mismo, así que no se fusionó nada. Comprueba que sean la misma persona.',
    record_in_use:
      'No se quitó nada: {kind} todavía figura en {records}. Cambia o quita {n|ese registro|esos registros} primero.',
    totp_exists: 'Tu cuenta ya tiene una aplicación de autenticación. Quítala primero para configurar otra.',
    totp_not_started:
      'Configura primero la aplicación de autenticación; luego escribe uno de sus códigos para confirmarla.',
    payload_too_large: 'La petición es demasiado grande. Envía menos de una vez.',
    bundle_too_large:
      'Un paquete enviado de una vez tiene como máximo {limit}. Divídelo: importa primero people.csv y luego los demás archivos.',
    unsupported_media_type:
      'El cuerpo de la petición no tiene una forma que esta dirección acepte. Revisa cómo se envían los datos.',
    bundle_unreadable: '{reason}',
    too_many_attempts:
      'Demasiados intentos fallidos. Espera una hora y vuelve a intentarlo, o inicia sesión con una llave de acceso si tienes una.',
    internal: 'Algo falló en el servidor. Inténtalo de nuevo; si sigue pasando, avisa a quien lo mantiene.',
    demo_unavailable: 'Este servidor no puede cargar el lugar de trabajo de demostración.',
    wipe_unavailable:
      'Este servidor no puede borrarse a sí mismo: detenlo y ejecuta `sunspace wipe --yes` en la máquina donde corre.',
    store_unavailable: 'No se puede acceder a la base de datos ahora. Inténtalo de nuevo en un momento.',
  },
};

export type FieldMessage =
  | 'required'
  | 'expected'
  | 'expected_string'
  | 'expected_number'
  | 'expected_int'
  | 'expected_boolean'
  | 'expected_array'
  | 'expected_object'
  | 'one_of'
  | 'unknown_fields'
  | 'no_such_person'
  | 'no_such_grievance'
  | 'no_such_space'
  | 'not_a_participant'
  | 'listed_twice'
  | 'same_person'
  | 'unit_not_granted'
  | 'from_after_to'
  | 'too_many_months'
  | 'file_twice'
  | 'merge_into_itself'
  | 'body';

/** Why a field was refused, where the reason is the server's own rather than a schema's. */
export const FIELD_MESSAGES: Catalog<FieldMessage> = {
  en: {
    required: 'this is required',
    expected: 'expected {expected}',
    expected_string: 'this should be text',
    expected_number: 'this should be a number',
    expected_int: 'this should be a whole number',
    expected_boolean: 'this should be true or false',
    expected_array: 'this should be a list',
    expected_object: 'this should be a group of fields (a JSON object)',
    one_of: 'use one of: {values}',
    unknown_fields: 'unknown field{n|| s} {keys}: check the spelling',
    no_such_person: 'there is no person "{id}" here that you can see',
    no_such_grievance: 'there is no grievance "{id}" here that you can see',
    no_such_space: 'there is no space "{id}" here that you can see',
    not_a_participant: '"{id}" is not among the participants of this conversation',
    listed_twice: '"{id}" is listed twice',
    same_person: 'a relationship is between two different people',
    unit_not_granted: 'you can only use units you were granted ({units})',
    from_after_to: 'this is after "to" ({to}); put the earlier date first',
    too_many_months: 'a series covers at most {max} months; choose a shorter span',
    file_twice: 'the file "{name}" is sent twice; send each file of the bundle once',
    merge_into_itself: 'choose another person to keep: a person cannot be merged into themself',
    body: 'the request',
  },
  es: {
    required: 'es obligatorio',
    expected: 'se esperaba {expected}',
    expected_string: 'debe ser un texto',
    expected_number: 'debe ser un número',
    expected_int: 'debe ser un número entero',
    expected_boolean: 'debe ser true o false',
    expected_array: 'debe ser una lista',
    expected_object: 'debe ser un grupo de campos (un objeto JSON)',
    one_of: 'usa uno de: {values}',
    unknown_fields: 'campo{n||s} desconocido{n||s} {keys}: revisa cómo se escribe',
    no_such_person: 'no hay ninguna persona "{id}" aquí que puedas ver',
    no_such_grievance: 'no hay ningún agravio "{id}" aquí que puedas ver',
    no_such_space: 'no hay ningún espacio "{id}" aquí que puedas ver',
    not_a_participant: '"{id}" no está entre quienes participaron en esta conversación',
    listed_twice: '"{id}" aparece dos veces',
    same_person: 'una relación es entre dos personas distintas',
    unit_not_granted: 'solo puedes usar las unidades que te asignaron ({units})',
    from_after_to: 'es posterior a "to" ({to}); pon primero la fecha anterior',
    too_many_months: 'una serie abarca como máximo {max} meses; elige un periodo más corto',
    file_twice: 'el archivo "{name}" se envía dos veces; envía cada archivo del paquete una vez',
    merge_into_itself: 'elige otra persona para conservar: nadie puede fusionarse consigo mismo',
    body: 'la petición',
  },
};

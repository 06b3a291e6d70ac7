import type { Catalog } from '../../core/i18n/i18n.js';

type Key =
  | 'added'
  | 'password_set'
  | 'granted'
  | 'already_granted'
  | 'revoked'
  | 'not_granted'
  | 'no_such_user'
  | 'no_such_unit'
  | 'need_password_stdin'
  | 'empty_password'
  | 'invalid'
  | 'no_users'
  | 'whole_workspace'
  | 'admin_sees_all';

/** What `sunspace user` says, in English and Spanish. */
export const USER_MESSAGES: Catalog<Key> = {
  en: {
    added: 'Added {role} "{name}".',
    password_set: 'Set a new password for "{name}"; their sessions have ended.',
    granted: 'Granted "{name}" {what} in {workspace}.',
    already_granted: '"{name}" already had {what} in {workspace}.',
    revoked: 'Took back {what} in {workspace} from "{name}".',
    not_granted: '"{name}" had no grant of {what} in {workspace}; nothing changed.',
    no_such_user: 'there is no account "{name}" (see `sunspace user list`)',
    no_such_unit: 'there is no unit "{unit}" in {workspace}; its units are: {units}',
    need_password_stdin:
      'give the password on standard input with --password-stdin (never on the command line, where others can read it)',
    empty_password: 'no password came on standard input',
    invalid: '{field}: {reason}',
    no_users: 'No accounts yet. Add the first admin with `sunspace user add NAME --role admin --password-stdin`.',
    whole_workspace: 'the whole workspace',
    admin_sees_all: '(admin: everything)',
  },
  es: {
    added: 'Se añadió "{name}" con el rol {role}.',
    password_set: 'Nueva contraseña para "{name}"; sus sesiones han terminado.',
    granted: 'Se dio a "{name}" {what} en {workspace}.',
    already_granted: '"{name}" ya tenía {what} en {workspace}.',
    revoked: 'Se retiró {what} en {workspace} a "{name}".',
    not_granted: '"{name}" no tenía {what} en {workspace}; no cambió nada.',
    no_such_user: 'no hay ninguna cuenta "{name}" (mira `sunspace user list`)',
    no_such_unit: 'no hay ninguna unidad "{unit}" en {workspace}; sus unidades son: {units}',
    need_password_stdin:
      'da la contraseña por la entrada estándar con --password-stdin (nunca en la línea de órdenes, donde otras personas pueden leerla)',
    empty_password: 'no llegó ninguna contraseña por la entrada estándar',
    invalid: '{field}: {reason}',
    no_users: 'Aún no hay cuentas. Añade la primera con `sunspace user add NOMBRE --role admin --password-stdin`.',
    whole_workspace: 'todo el espacio de trabajo',
    admin_sees_all: '(admin: todo)',
  },
};

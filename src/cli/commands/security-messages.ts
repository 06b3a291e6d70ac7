import type { Catalog } from '../../core/i18n/i18n.js';

type Key =
  | 'audit_none'
  | 'audit_ok'
  | 'audit_problems'
  | 'audit_problem'
  | 'audit_head'
  | 'audit_head_gone'
  | 'backup_written'
  | 'backup_key_env'
  | 'backup_key_db'
  | 'restore_done'
  | 'restore_needs_backup_key'
  | 'wipe_needs_yes'
  | 'wipe_done'
  | 'wipe_files'
  | 'rekey_done'
  | 'rekey_stop_server'
  | 'rekey_sqlite'
  | 'purge_done'
  | 'purge_none'
  | 'retention_set'
  | 'retention_off'
  | 'retention_shown';

/** What the security commands (audit, backup, restore, wipe, rekey, purge, retention) say, in English and Spanish. */
export const SECURITY_MESSAGES: Catalog<Key> = {
  en: {
    audit_none: 'The audit log is empty.',
    audit_ok: 'The audit log holds {entries} entries; every one is as it was written (problems: 0).',
    audit_problems: 'The audit log holds {entries} entries, and {count} of them were edited or removed:',
    audit_problem: '  entry {seq}: {problem}',
    audit_head:
      'Last entry: {seq} {hash}. Note it somewhere else: later, `sunspace audit verify --head {seq}:{hash}` shows whether entries were cut from the end.',
    audit_head_gone: 'The entry noted as the last one ({seq}) is missing or changed: entries were cut from the end.',
    backup_written:
      'Wrote an encrypted backup to {file}: {users} accounts, {workspaces} workspaces, {records} records, {audit} audit entries.',
    backup_key_env: 'Its key comes from SUNSPACE_BACKUP_KEY: without that passphrase it cannot be read.',
    backup_key_db:
      'Its key is derived from this database key: `sunspace restore` needs the same key (key file, SUNSPACE_KEY or master key). A wipe makes it unreadable too; set SUNSPACE_BACKUP_KEY for a backup that survives one.',
    restore_done:
      'Restored {file} into {location}: {users} accounts, {workspaces} workspaces, {records} records, {audit} audit entries.',
    restore_needs_backup_key:
      'this backup was made with SUNSPACE_BACKUP_KEY: set it to the same passphrase and run restore again',
    wipe_needs_yes:
      'this destroys the keys and every record, account and note for good; run `sunspace wipe --yes` to go ahead',
    wipe_done: 'Wiped in {ms} ms: keys destroyed first, then the data. Nothing in {location} can be read any more.',
    wipe_files: '  overwritten and deleted: {file}',
    rekey_done:
      'New data keys for {keys} workspaces (and account secrets); {values} values sealed again ({fresh} for the first time); the old keys are destroyed.',
    rekey_stop_server:
      'Stop the Sunspace server before a rekey, and start it again afterwards: it holds the old keys in memory.',
    rekey_sqlite:
      'rekey rotates the data keys of sealed fields, which only PostgreSQL stores have; an SQLite file is encrypted whole by its own key',
    purge_done: 'Removed {notes} notes older than {before} in "{workspace}".',
    purge_none: 'No workspace keeps notes for a limited time; nothing was removed (set one with `sunspace retention`).',
    retention_set:
      '"{workspace}" keeps private notes {days} days after the conversation; older ones are removed now, when the server starts, and daily.',
    retention_off: '"{workspace}" keeps private notes until they are removed by hand.',
    retention_shown: '"{workspace}": notes kept {days}.',
  },
  es: {
    audit_none: 'El registro de auditoría está vacío.',
    audit_ok: 'El registro de auditoría tiene {entries} entradas; todas están tal como se escribieron (problemas: 0).',
    audit_problems: 'El registro de auditoría tiene {entries} entradas, y {count} fueron cambiadas o quitadas:',
    audit_problem: '  entrada {seq}: {problem}',
    audit_head:
      'Última entrada: {seq} {hash}. Anótala en otro sitio: más adelante, `sunspace audit verify --head {seq}:{hash}` muestra si se cortaron entradas del final.',
    audit_head_gone: 'La entrada anotada como última ({seq}) falta o cambió: se cortaron entradas del final.',
    backup_written:
      'Copia cifrada escrita en {file}: {users} cuentas, {workspaces} espacios de trabajo, {records} registros, {audit} entradas de auditoría.',
    backup_key_env: 'Su clave viene de SUNSPACE_BACKUP_KEY: sin esa frase no se puede leer.',
    backup_key_db:
      'Su clave se deriva de la clave de esta base de datos: `sunspace restore` necesita la misma clave. Un borrado la deja ilegible también; usa SUNSPACE_BACKUP_KEY para una copia que sobreviva a un borrado.',
    restore_done:
      'Restaurada {file} en {location}: {users} cuentas, {workspaces} espacios de trabajo, {records} registros, {audit} entradas de auditoría.',
    restore_needs_backup_key:
      'esta copia se hizo con SUNSPACE_BACKUP_KEY: ponla con la misma frase y vuelve a restaurar',
    wipe_needs_yes:
      'esto destruye las claves y todos los registros, cuentas y notas para siempre; ejecuta `sunspace wipe --yes` para seguir',
    wipe_done: 'Borrado en {ms} ms: primero las claves, luego los datos. Ya no se puede leer nada de {location}.',
    wipe_files: '  sobrescrito y eliminado: {file}',
    rekey_done:
      'Claves nuevas para {keys} espacios de trabajo (y secretos de cuentas); {values} valores sellados de nuevo ({fresh} por primera vez); las claves viejas están destruidas.',
    rekey_stop_server:
      'Detén el servidor de Sunspace antes de cambiar las claves y arráncalo después: guarda las claves viejas en memoria.',
    rekey_sqlite:
      'rekey cambia las claves de los campos sellados, que solo tienen las bases PostgreSQL; un archivo SQLite está cifrado entero con su propia clave',
    purge_done: 'Se quitaron {notes} notas anteriores a {before} en "{workspace}".',
    purge_none:
      'Ningún espacio de trabajo guarda las notas por tiempo limitado; no se quitó nada (configúralo con `sunspace retention`).',
    retention_set:
      '"{workspace}" guarda las notas privadas {days} días después de la conversación; las más viejas se quitan ahora, al arrancar el servidor y cada día.',
    retention_off: '"{workspace}" guarda las notas privadas hasta que alguien las quite.',
    retention_shown: '"{workspace}": notas guardadas {days}.',
  },
};

/**
 * What the CSV bundle says to people, in English and Spanish: one template per error code
 * (bundle-errors.ts), written so that the person with the spreadsheet open knows what to change.
 */
import type { Catalog } from '../core/i18n/i18n.js';
import type { BundleErrorCode } from './bundle-errors.js';
import type { BundleSourceProblem } from './bundle-source.js';

export type BundleMessageKey = BundleErrorCode | BundleSourceProblem | 'summary' | 'summary_more';

export const BUNDLE_MESSAGES: Catalog<BundleMessageKey> = {
  en: {
    unclosed_quote: 'a quoted field starts here and is never closed',
    quote_in_unquoted_field:
      'a quote inside a field that does not start with one; put the whole field in quotes and double the quote ("")',
    text_after_quote:
      'text after the closing quote of a field; a closing quote must be followed by a comma or the end of the line',
    lone_carriage_return: 'a carriage return without a line feed; lines end with LF or CRLF',
    row_too_long: 'this row runs on past {max} characters: is a quote left open?',
    bad_utf8: 'the file is not UTF-8 from here; save it as "CSV UTF-8"',
    empty_file: 'the file is empty; its first line must name the columns: {columns}',
    missing_column: 'the required column "{column}" is missing',
    unknown_column:
      'unknown column "{column}": only known columns are imported, nothing else is kept; the known columns are {known}',
    duplicate_column: 'the column "{column}" appears twice',
    field_count: 'this row has {found} fields; the header has {expected}',
    unknown_file: 'not a file of the bundle; its files are {known}',
    unreadable_file: 'the file cannot be read: {problem}',
    bad_manifest: 'not a Sunspace bundle manifest: {problem}',
    unsupported_version: 'this bundle is version {version}; this Sunspace reads versions up to {supported}',
    required: '{column} is required',
    bad_id: '"{value}" is not a usable id: {problem}',
    bad_date: '"{value}" is not a date; write YYYY-MM-DD, for example 2024-03-14',
    unknown_value: '"{value}" is not a value of {column}; use one of {allowed}',
    bad_unit: '"{value}" is not a unit path: {problem}',
    text_too_long: '{column} is at most {max} characters',
    nul_character: '{column} holds a NUL character, which cannot be stored',
    empty_item: 'an empty item in the list "{value}"',
    duplicate_item: '"{item}" is listed twice in {column}',
    too_few_items: '{column} needs at least {min} items',
    duplicate_id: 'the id "{id}" is used again; it was first used on line {firstLine}',
    duplicate_tie:
      'the same tie observation (a, b, observed_on, observed_by) is given again; it was first given on line {firstLine}',
    same_person: 'a tie joins two different people, but a and b are both "{value}"',
    ask_needs_date: 'an ask needs occurred_on or an interaction',
    raised_by_without_grievances: 'raised_by names who raised grievances, but grievances is empty',
    raised_by_mixed: 'raised_by mixes person:grievance items with plain person ids; use one form or the other',
    bad_raised_item: '"{item}" is not of the form person:grievance',
    raised_by_not_participant: '"{person}" raised a grievance here but is not among the participants',
    raised_grievance_not_listed: '"{item}" names the grievance "{grievance}", which is not in grievances',
    unknown_person: 'unknown person "{value}": not in people.csv nor in the workspace',
    unknown_space: 'unknown space "{value}": not in spaces.csv nor in the workspace',
    unknown_grievance: 'unknown grievance "{value}": not in grievances.csv nor in the workspace',
    unknown_interaction: 'unknown interaction "{value}": not in interactions.csv nor in the workspace',
    unknown_ask: 'unknown ask "{value}": not in asks.csv nor in the workspace',
    unknown_action: 'unknown action "{value}": not in actions.csv nor in the workspace',
    unknown_committee: 'unknown committee "{value}": not in committees.csv nor in the workspace',
    unknown_reference: '"{value}" is in none of {files}, nor in the workspace',
    no_such_folder: 'cannot read the folder {dir} ({problem})',
    no_bundle_files: '{dir} holds no bundle files; a bundle is a folder with some of {known}',
    bad_workspace_name: 'not a workspace name: {problem}',
    no_such_workspace: 'there is no workspace named "{name}"',
    summary: '{total} {total|problem|problems} found; nothing was imported',
    summary_more: '{total} problems found, {more} of them not listed; nothing was imported',
  },
  es: {
    unclosed_quote: 'aquí empieza un campo entre comillas que nunca se cierra',
    quote_in_unquoted_field:
      'una comilla dentro de un campo que no empieza con comilla; ponga todo el campo entre comillas y duplique la comilla ("")',
    text_after_quote:
      'hay texto después de la comilla que cierra un campo; tras esa comilla debe venir una coma o el fin de la línea',
    lone_carriage_return: 'un retorno de carro sin salto de línea; las líneas terminan en LF o CRLF',
    row_too_long: 'esta fila pasa de {max} caracteres: ¿quedó una comilla abierta?',
    bad_utf8: 'a partir de aquí el archivo no está en UTF-8; guárdelo como "CSV UTF-8"',
    empty_file: 'el archivo está vacío; su primera línea debe nombrar las columnas: {columns}',
    missing_column: 'falta la columna obligatoria "{column}"',
    unknown_column:
      'columna desconocida "{column}": solo se importan las columnas conocidas, nada más se guarda; son {known}',
    duplicate_column: 'la columna "{column}" aparece dos veces',
    field_count: 'esta fila tiene {found} campos; la cabecera tiene {expected}',
    unknown_file: 'no es un archivo del paquete; sus archivos son {known}',
    unreadable_file: 'no se puede leer el archivo: {problem}',
    bad_manifest: 'no es un manifiesto de paquete de Sunspace: {problem}',
    unsupported_version: 'este paquete es de la versión {version}; este Sunspace lee hasta la versión {supported}',
    required: '{column} es obligatorio',
    bad_id:
      '"{value}" no sirve como identificador: sin ";" ni ":" ni caracteres de control, sin espacios al principio ni al final, y de {max} caracteres como mucho',
    bad_date: '"{value}" no es una fecha; escríbala AAAA-MM-DD, por ejemplo 2024-03-14',
    unknown_value: '"{value}" no es un valor de {column}; use uno de {allowed}',
    bad_unit:
      '"{value}" no es una ruta de unidad (Sitio/Departamento/Turno): cada parte sin espacios en los extremos, sin ";" ni caracteres de control',
    text_too_long: '{column} tiene como mucho {max} caracteres',
    nul_character: '{column} contiene un carácter NUL, que no se puede guardar',
    empty_item: 'un elemento vacío en la lista "{value}"',
    duplicate_item: '"{item}" aparece dos veces en {column}',
    too_few_items: '{column} necesita al menos {min} elementos',
    duplicate_id: 'el identificador "{id}" se repite; se usó primero en la línea {firstLine}',
    duplicate_tie:
      'la misma observación de vínculo (a, b, observed_on, observed_by) se repite; apareció primero en la línea {firstLine}',
    same_person: 'un vínculo une a dos personas distintas, pero a y b son ambas "{value}"',
    ask_needs_date: 'un pedido necesita occurred_on o una interacción',
    raised_by_without_grievances: 'raised_by dice quién planteó agravios, pero grievances está vacío',
    raised_by_mixed: 'raised_by mezcla elementos persona:agravio con identificadores de persona; use una sola forma',
    bad_raised_item: '"{item}" no tiene la forma persona:agravio',
    raised_by_not_participant: '"{person}" planteó un agravio aquí pero no está entre los participantes',
    raised_grievance_not_listed: '"{item}" nombra el agravio "{grievance}", que no está en grievances',
    unknown_person: 'persona desconocida "{value}": no está en people.csv ni en el espacio de trabajo',
    unknown_space: 'lugar desconocido "{value}": no está en spaces.csv ni en el espacio de trabajo',
    unknown_grievance: 'agravio desconocido "{value}": no está en grievances.csv ni en el espacio de trabajo',
    unknown_interaction: 'interacción desconocida "{value}": no está en interactions.csv ni en el espacio de trabajo',
    unknown_ask: 'pedido desconocido "{value}": no está en asks.csv ni en el espacio de trabajo',
    unknown_action: 'acción desconocida "{value}": no está en actions.csv ni en el espacio de trabajo',
    unknown_committee: 'comité desconocido "{value}": no está en committees.csv ni en el espacio de trabajo',
    unknown_reference: '"{value}" no está en {files} ni en el espacio de trabajo',
    no_such_folder: 'no se puede leer la carpeta {dir} ({problem})',
    no_bundle_files: '{dir} no contiene archivos de paquete; un paquete es una carpeta con algunos de {known}',
    bad_workspace_name: 'no es un nombre de espacio de trabajo válido: {problem}',
    no_such_workspace: 'no hay ningún espacio de trabajo llamado "{name}"',
    summary: '{total} {total|problema encontrado|problemas encontrados}; no se importó nada',
    summary_more: '{total} problemas encontrados, {more} sin listar; no se importó nada',
  },
};

/** What the import and export page says, in English and Spanish. */
import type { Catalog } from '../../src/core/i18n/i18n.js';

const en = {
  'import.title': 'Bring in a bundle',
  'import.text':
    'A bundle is a folder of CSV files: people.csv, spaces.csv, grievances.csv, interactions.csv, ties.csv, asks.csv, actions.csv, committees.csv, each optional, and the manifest.json an export writes. Every row is checked first; only a bundle without problems is written, all at once.',
  'import.files': 'The bundle’s files',
  'import.filesHelp': 'Choose several files at once.',
  'import.folder': 'Or the bundle’s folder',
  'import.folderHelp': 'Every file in the folder is sent.',
  'import.chosen': '{n} {n|file|files} chosen: {names}',
  'import.dryRun': 'Only check it; write nothing',
  'import.send': 'Import the bundle',
  'import.check': 'Check the bundle',
  'import.noFiles': 'Choose the bundle’s files first.',
  'import.written': 'Imported: {counts}.',
  'import.clean': 'The bundle has no problems: {counts}. Nothing was written yet.',
  'import.nothing': 'nothing new',
  'import.problems':
    'The bundle was refused and nothing was written. Each problem says where it is: file, line and column.',
  'import.more': '{n} more not listed; nothing was imported.',
  'export.title': 'Take it with you',
  'export.text':
    'Everything this workspace holds that you may see, as a bundle of CSV files in one zip: the same format import reads, so nothing is lost on the way back.',
  'export.download': 'Download the bundle (zip)',
  'export.confirmNote': 'It holds names and notes in plain text; you may be asked to confirm your password first.',
  'export.working': 'Preparing the bundle…',
  'export.done': 'Downloaded: {name}.',
  'kind.people': '{n} {n|person|people}',
  'kind.ties': '{n} {n|tie|ties}',
  'kind.interactions': '{n} {n|conversation|conversations}',
  'kind.grievances': '{n} {n|grievance|grievances}',
  'kind.asks': '{n} {n|ask|asks}',
  'kind.spaces': '{n} {n|space|spaces}',
  'kind.actions': '{n} {n|action|actions}',
  'kind.committees': '{n} {n|committee|committees}',
  'kind.other': '{n} {kind}',
} as const;

export type ImportExportMessageKey = keyof typeof en;

export const importExportMessages: Catalog<ImportExportMessageKey> = {
  en,
  es: {
    'import.title': 'Traer un paquete',
    'import.text':
      'Un paquete es una carpeta de archivos CSV: people.csv, spaces.csv, grievances.csv, interactions.csv, ties.csv, asks.csv, actions.csv, committees.csv, todos opcionales, y el manifest.json que escribe una exportación. Primero se revisa cada fila; solo se escribe un paquete sin problemas, todo de una vez.',
    'import.files': 'Los archivos del paquete',
    'import.filesHelp': 'Elige varios archivos a la vez.',
    'import.folder': 'O la carpeta del paquete',
    'import.folderHelp': 'Se envían todos los archivos de la carpeta.',
    'import.chosen': '{n} {n|archivo elegido|archivos elegidos}: {names}',
    'import.dryRun': 'Solo revisarlo; no escribir nada',
    'import.send': 'Importar el paquete',
    'import.check': 'Revisar el paquete',
    'import.noFiles': 'Elige primero los archivos del paquete.',
    'import.written': 'Importado: {counts}.',
    'import.clean': 'El paquete no tiene problemas: {counts}. Todavía no se escribió nada.',
    'import.nothing': 'nada nuevo',
    'import.problems':
      'El paquete se rechazó y no se escribió nada. Cada problema dice dónde está: archivo, línea y columna.',
    'import.more': '{n} más sin listar; no se importó nada.',
    'export.title': 'Llévatelo',
    'export.text':
      'Todo lo que guarda este espacio y puedes ver, como un paquete de archivos CSV en un zip: el mismo formato que lee la importación, así que no se pierde nada a la vuelta.',
    'export.download': 'Descargar el paquete (zip)',
    'export.confirmNote':
      'Contiene nombres y notas en texto plano; puede que se te pida confirmar antes tu contraseña.',
    'export.working': 'Preparando el paquete…',
    'export.done': 'Descargado: {name}.',
    'kind.people': '{n} {n|persona|personas}',
    'kind.ties': '{n} {n|lazo|lazos}',
    'kind.interactions': '{n} {n|conversación|conversaciones}',
    'kind.grievances': '{n} {n|agravio|agravios}',
    'kind.asks': '{n} {n|petición|peticiones}',
    'kind.spaces': '{n} {n|espacio|espacios}',
    'kind.actions': '{n} {n|acción|acciones}',
    'kind.committees': '{n} {n|comité|comités}',
    'kind.other': '{n} {kind}',
  },
};

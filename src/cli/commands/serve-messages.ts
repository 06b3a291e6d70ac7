import type { Catalog } from '../../core/i18n/i18n.js';

type Key = 'listening' | 'stopped' | 'bad_port';

/** What `sunspace serve` says, in English and Spanish. */
export const SERVE_MESSAGES: Catalog<Key> = {
  en: {
    listening: 'Sunspace is at {url}  (Ctrl-C to stop)',
    stopped: 'Stopped.',
    bad_port: '--port must be a number from 0 to 65535, not "{value}"',
  },
  es: {
    listening: 'Sunspace está en {url}  (Ctrl-C para parar)',
    stopped: 'Detenido.',
    bad_port: '--port debe ser un número de 0 a 65535, no "{value}"',
  },
};

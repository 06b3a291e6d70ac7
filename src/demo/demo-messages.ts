/**
 * What the demo says to people when it has been generated or loaded, in English and Spanish.
 */
import type { Catalog } from '../core/i18n/i18n.js';
import type { RecordKind } from '../core/records.js';

export type DemoMessageKey = 'summary' | 'summary_count' | RecordKind;

export const DEMO_MESSAGES: Catalog<DemoMessageKey> = {
  en: {
    summary:
      'Demo workplace: {sites} {siteCount|hospital|hospitals}, {units} units, {people} people, from {from} to {to}',
    summary_count: '  {label}: {n}',
    people: 'people',
    spaces: 'spaces',
    grievances: 'grievances',
    interactions: 'interactions',
    ties: 'tie observations',
    asks: 'asks',
    actions: 'actions',
    committees: 'committees',
    mandates: 'mandates',
    moon_sessions: 'sessions at the table',
    votes: 'votes',
    satellite_effects: 'satellite effects',
    picket_shifts: 'picket shifts',
    mutual_aid: 'mutual aid',
  },
  es: {
    summary:
      'Lugar de trabajo de demostración: {sites} {siteCount|hospital|hospitales}, {units} unidades, {people} personas, del {from} al {to}',
    summary_count: '  {label}: {n}',
    people: 'personas',
    spaces: 'espacios',
    grievances: 'agravios',
    interactions: 'interacciones',
    ties: 'observaciones de lazos',
    asks: 'pedidos',
    actions: 'acciones',
    committees: 'comités',
    mandates: 'mandatos',
    moon_sessions: 'sesiones en la mesa',
    votes: 'votaciones',
    satellite_effects: 'efectos de satélites',
    picket_shifts: 'turnos de piquete',
    mutual_aid: 'ayuda mutua',
  },
};

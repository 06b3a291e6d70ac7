/**
 * One person's figures from that person's records alone: the strength of each of their ties and the care
 * signals about them or by them. The web app calls it after every new interaction, so it must not need the
 * whole workspace: give it the person's interactions, the tie observations naming them, the asks to or by
 * them, and the records of the people those name (for who is a coworker).
 * For any tie of the person it gives exactly the strength the full analysis gives.
 */
import type { Lang } from '../i18n/i18n.js';
import type { WorkspaceRecords } from '../records.js';
import { fromDay } from '../dates.js';
import { ModelAccumulator } from './accumulator.js';
import { isCounted, pairStrengths } from './base.js';
import type { CareSignal } from './care-signals.js';
import { careSignals } from './care-signals.js';
import { NO_DAY } from './pair-table.js';
import type { ModelSettings } from './settings.js';
import { MODEL_VERSION } from './settings.js';

export interface PersonTie {
  other: string;
  strength: number;
  strong: boolean;
  /** Their latest interaction together, or null when only observations speak of the tie. */
  lastContact: string | null;
}

export interface PersonFigures {
  asOf: string;
  modelVersion: string;
  person: string;
  /** Counted as a coworker (circle sun, started, not left). */
  counted: boolean;
  /** Every tie above 0, strongest first. */
  ties: PersonTie[];
  strongTies: number;
  careSignals: CareSignal[];
}

export function personFigures(
  personId: string,
  records: Partial<WorkspaceRecords>,
  options: { asOf: string; settings?: ModelSettings; lang?: Lang },
): PersonFigures {
  const acc = new ModelAccumulator({ asOf: options.asOf, settings: options.settings, focus: personId });
  acc.addRecords(records);
  const strength = pairStrengths(acc);
  const counted = new Uint8Array(acc.ids.length);
  for (let i = 0; i < counted.length; i++) counted[i] = isCounted(acc, i) ? 1 : 0;
  const me = acc.focus;
  const ties: PersonTie[] = [];
  const pairs = acc.pairs;
  for (let r = 0; r < pairs.capacity; r++) {
    if (!pairs.used(r)) continue;
    if (!(strength[r]! > 0)) continue;
    const other = pairs.lo(r) === me ? pairs.hi(r) : pairs.lo(r);
    const last = pairs.lastContact(r);
    ties.push({
      other: acc.ids[other]!,
      strength: strength[r]!,
      strong: strength[r]! >= acc.settings.strongTie,
      lastContact: last === NO_DAY ? null : fromDay(last),
    });
  }
  ties.sort((a, b) => b.strength - a.strength || (a.other < b.other ? -1 : 1));
  return {
    asOf: acc.asOf,
    modelVersion: MODEL_VERSION,
    person: personId,
    counted: counted[me] === 1,
    ties,
    strongTies: ties.filter((t) => t.strong).length,
    careSignals: careSignals({ acc, strength, counted }, options.lang ?? 'en', me),
  };
}

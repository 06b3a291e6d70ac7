/**
 * An interaction while it is being made up: people as a site's local numbers, the date as a day of the
 * story. Both the scripted story and the background texture produce drafts; one function turns a draft
 * into the domain record.
 */
import type { Interaction } from '../core/records.js';
import type { InteractionKind, Side } from '../core/vocabulary.js';
import type { Rng } from './random.js';
import type { SiteModel } from './site.js';

export interface Draft {
  day: number;
  participants: number[];
  kind: InteractionKind;
  sides: Side[];
  initiatedBy: number | null;
  space: string | null;
  /** Grievance ids, each raised by one of the participants. */
  raised: { grievance: string; by: number }[];
  notes: string | null;
}

/** `s` for the scripted story, `t` for the texture of everyday life. */
export type Stream = 's' | 't';

/**
 * Interaction ids start with their date, so that sorting ids sorts by date; the site, the stream and a
 * running number keep them unique.
 */
export function interactionId(site: SiteModel, day: number, stream: Stream, seq: number): string {
  return `i-${site.config.calendar.compact(day)}-${site.prefix}${stream}${seq}`;
}

export function toInteraction(site: SiteModel, draft: Draft, id: string): Interaction {
  const iso = site.config.calendar.iso(draft.day);
  return {
    id,
    occurredOn: iso,
    participants: draft.participants.map((p) => site.personId(p)),
    kind: draft.kind,
    sides: draft.sides,
    initiatedBy: draft.initiatedBy === null ? null : site.personId(draft.initiatedBy),
    space: draft.space,
    raised: draft.raised.map((r) => ({ grievance: r.grievance, by: site.personId(r.by) })),
    notes: draft.notes,
  };
}

/** The kinds of time spent together once two people are close, and how often each comes up. */
export const CLOSE_KINDS: readonly (readonly [InteractionKind, number])[] = [
  ['one_on_one', 0.26],
  ['meal', 0.24],
  ['helped', 0.16],
  ['chat', 0.14],
  ['call', 0.1],
  ['message', 0.05],
  ['social', 0.05],
];

/** The sides a close interaction of a given kind touches: always more than one. */
export function closeSides(rng: Rng, kind: InteractionKind, political = false): Side[] {
  const sides: Side[] = kind === 'helped' ? ['mutual_aid', 'social'] : ['social'];
  if (political || rng.chance(kind === 'one_on_one' ? 0.7 : 0.35)) sides.push('political');
  if (kind === 'call' || rng.chance(0.35)) sides.push('emotional');
  if (sides.length === 1) sides.push('emotional');
  return sides;
}

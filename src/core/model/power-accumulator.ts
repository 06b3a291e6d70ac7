/**
 * What the power map needs of a workspace (docs/model.md#power), fed record by record like the model's own
 * accumulator, beside it: spaces, the power map's records and actions whole (they are few), and of the
 * interactions only what the figures need, so that a large workspace's interactions need not be held:
 *
 * - who was in each sun space lately (participants of interactions held there, in the power window);
 * - for each person who attended a moon session, their interactions in the two capture windows (the date and
 *   the others in it; whether the others are coworkers is decided at the end, when everyone's circle is known);
 * - for each person on a picket line lately, when they last spent time with anyone.
 *
 * Feed spaces and the power map's records first, then interactions (the store does, and so does addRecords):
 * which interactions matter depends on the sessions and shifts.
 */
import type { MoonSession, Mandate, MutualAid, PicketShift, SatelliteEffectRecord, Vote } from '../power-records.js';
import type { Action, Interaction, Space, WorkspaceRecords } from '../records.js';
import { isoDay } from './accumulator.js';
import type { ModelSettings } from './settings.js';
import { resolveModelSettings } from './settings.js';

/** A worker's interaction in a capture window: its day and the others in it. */
export interface ContactEntry {
  day: number;
  others: readonly string[];
}

export class PowerAccumulator {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly settings: ModelSettings;
  readonly spaces = new Map<string, Space>();
  readonly mandates: Mandate[] = [];
  readonly sessions: MoonSession[] = [];
  readonly votes: Vote[] = [];
  readonly effects: SatelliteEffectRecord[] = [];
  readonly shifts: PicketShift[] = [];
  readonly aid: MutualAid[] = [];
  /** Participants of collective actions held in each space, in the power window. */
  readonly acted = new Map<string, Set<string>>();
  /** Participants of interactions held in each sun space, in the power window. */
  readonly present = new Map<string, Set<string>>();
  /** Interactions in the capture windows, by person who attended a moon session. */
  readonly contacts = new Map<string, ContactEntry[]>();
  /** The latest interaction day of each person on a picket line lately. */
  readonly lastSeen = new Map<string, number>();
  /** Each moon session attendee's first session day, fixed when interactions start to come. */
  private firstSession: Map<string, number> | null = null;
  /** People on a picket line in the check-in window, and the day of their latest shift there. */
  private strikers: Map<string, number> | null = null;
  private watched: Map<string, [number, number][]> | null = null;

  constructor(options: { asOf: string; settings?: ModelSettings }) {
    this.asOf = options.asOf;
    this.asOfDay = isoDay(options.asOf);
    this.settings = options.settings ?? resolveModelSettings();
  }

  private dated(date: string): boolean {
    return date.slice(0, 10) <= this.asOf;
  }

  private beforeInteractions(what: string): void {
    if (this.firstSession !== null) throw new Error(`${what} must be added before interactions`);
  }

  addSpace(space: Space): void {
    this.spaces.set(space.id, space);
  }

  addMandate(m: Mandate): void {
    if (this.dated(m.decidedOn)) this.mandates.push(m);
  }

  addMoonSession(s: MoonSession): void {
    this.beforeInteractions('moon sessions');
    if (this.dated(s.occurredOn)) this.sessions.push(s);
  }

  addVote(v: Vote): void {
    if (this.dated(v.heldOn)) this.votes.push(v);
  }

  addSatelliteEffect(e: SatelliteEffectRecord): void {
    if (this.dated(e.occurredOn)) this.effects.push(e);
  }

  addPicketShift(s: PicketShift): void {
    this.beforeInteractions('picket shifts');
    if (this.dated(s.startsAt)) this.shifts.push(s);
  }

  addMutualAid(a: MutualAid): void {
    if (this.dated(a.occurredOn)) this.aid.push(a);
  }

  /** An action: only its participants and place are kept, and only in the power window. */
  addAction(a: Action): void {
    if (a.space === null || !this.inWindow(isoDay(a.occurredOn))) return;
    const set = this.acted.get(a.space) ?? new Set<string>();
    for (const p of a.participants) set.add(p);
    this.acted.set(a.space, set);
  }

  private inWindow(day: number): boolean {
    return day <= this.asOfDay && day > this.asOfDay - this.settings.powerWindowDays;
  }

  /** The power window's first and last day (isoDay): who was in a sun space then counts. */
  powerWindow(): [number, number] {
    return [this.asOfDay - this.settings.powerWindowDays + 1, this.asOfDay];
  }

  /** The capture windows of someone whose first moon session was on `first`: before it, and the latest. */
  captureWindows(first: number): { before: [number, number]; after: [number, number] } {
    const w = this.settings.captureWindowDays;
    return { before: [first - w, first - 1], after: [Math.max(first, this.asOfDay - w + 1), this.asOfDay] };
  }

  /** Each moon session attendee's first session day (sessions on or before the analysis date). */
  firstSessions(): ReadonlyMap<string, number> {
    if (this.firstSession === null) {
      const first = new Map<string, number>();
      for (const s of this.sessions) {
        const day = isoDay(s.occurredOn);
        for (const p of s.attendees) if (day < (first.get(p) ?? Infinity)) first.set(p, day);
      }
      this.firstSession = first;
      const strikers = new Map<string, number>();
      for (const s of this.shifts) {
        const day = isoDay(s.startsAt);
        if (day <= this.asOfDay - this.settings.checkInDays) continue;
        for (const p of s.people) if (day > (strikers.get(p) ?? -Infinity)) strikers.set(p, day);
      }
      this.strikers = strikers;
    }
    return this.firstSession;
  }

  /** People on a picket line in the check-in window, with the day of their latest shift. */
  recentStrikers(): ReadonlyMap<string, number> {
    this.firstSessions();
    return this.strikers!;
  }

  /**
   * For each person whose interactions can matter, the days on which they can (inclusive ranges): a moon
   * session attendee's two capture windows, the check-in window of someone on a picket line lately. With
   * powerWindow, what a store needs to pass over the interactions that cannot change the figures.
   */
  watchedDays(): ReadonlyMap<string, readonly (readonly [number, number])[]> {
    if (this.watched === null) {
      const days = new Map<string, [number, number][]>();
      for (const [person, first] of this.firstSessions()) {
        const { before, after } = this.captureWindows(first);
        days.set(person, [before, after]);
      }
      const checkIn: [number, number] = [this.asOfDay - this.settings.checkInDays + 1, this.asOfDay];
      for (const person of this.recentStrikers().keys()) days.set(person, [...(days.get(person) ?? []), checkIn]);
      this.watched = days;
    }
    return this.watched;
  }

  /**
   * People who were in a sun space in the power window, gathered by a store from many interactions held there
   * (addGathering does the same one interaction at a time).
   */
  addPresent(space: string, people: Iterable<string>): void {
    const set = this.present.get(space) ?? new Set<string>();
    for (const p of people) set.add(p);
    this.present.set(space, set);
  }

  addInteraction(i: Interaction): void {
    this.addGathering(isoDay(i.occurredOn), i.space, i.participants);
  }

  /** An interaction as the figures see it: its day (isoDay), where it was held, who took part. */
  addGathering(day: number, spaceId: string | null, participants: readonly string[]): void {
    if (day > this.asOfDay) return;
    const first = this.firstSessions();
    const strikers = this.strikers!;
    const space = spaceId === null ? undefined : this.spaces.get(spaceId);
    if (space?.kind === 'sun' && this.inWindow(day)) this.addPresent(space.id, participants);
    for (const p of participants) {
      if (
        strikers.has(p) &&
        day > this.asOfDay - this.settings.checkInDays &&
        day > (this.lastSeen.get(p) ?? -Infinity)
      ) {
        this.lastSeen.set(p, day);
      }
      const f = first.get(p);
      // time at the table is not time with coworkers at work
      if (f === undefined || space?.kind === 'moon') continue;
      const { before, after } = this.captureWindows(f);
      if ((day >= before[0] && day <= before[1]) || (day >= after[0] && day <= after[1])) {
        const list = this.contacts.get(p) ?? [];
        list.push({ day, others: participants.filter((q) => q !== p) });
        this.contacts.set(p, list);
      }
    }
  }

  /** Every record of a small workspace, in the order the figures need. */
  addRecords(r: Partial<WorkspaceRecords>): this {
    for (const s of r.spaces ?? []) this.addSpace(s);
    for (const m of r.mandates ?? []) this.addMandate(m);
    for (const s of r.moon_sessions ?? []) this.addMoonSession(s);
    for (const v of r.votes ?? []) this.addVote(v);
    for (const e of r.satellite_effects ?? []) this.addSatelliteEffect(e);
    for (const s of r.picket_shifts ?? []) this.addPicketShift(s);
    for (const a of r.mutual_aid ?? []) this.addMutualAid(a);
    for (const a of r.actions ?? []) this.addAction(a);
    for (const i of r.interactions ?? []) this.addInteraction(i);
    return this;
  }
}

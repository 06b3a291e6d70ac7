/**
 * The demo's three-year story, after the source essay (shared/seed): the months it runs over, the beats
 * that happen when, and how each kind of unit moves through it.
 *
 * Year one (months 0-11): the organizer is new; people keep to themselves. Short one-sided small talk,
 * hardly any grievance said out loud.
 * Year two (12-23): the break cut is announced in month 13 and grievances run hot in most units, raised by
 * many people themselves, but ties stay weak: short chats, one person always starting them, a few
 * one-on-ones after work that go nowhere, a staffer-driven push of asks over weak ties.
 * Year three (24-35): ties across departments (repeated one-on-ones, meals, parties, help on the job,
 * several sides, both people starting them), a couple of committed people, group conversations that
 * become an ad hoc committee, then collective action: a delegation, a petition, a march on the boss.
 *
 * Then a bargaining campaign and a strike (issue 6; script-bargaining.ts): mandates decided at a membership
 * meeting, sessions at the table (more and more behind closed doors), a negotiator who stops reporting back,
 * a staffer whose advice pulls the fight away from the workplace, a parents' group that brings food to the
 * picket line, a worker drawn to the table who drifts from her coworkers, five days on strike.
 */
import { addDays, fromDay, monthEnd, toDay } from '../core/dates.js';

export const MONTHS = 36;

/** 0, 1 or 2: which year of the story a month falls in. */
export function yearOf(month: number): number {
  return Math.max(0, Math.min(2, Math.floor(month / 12)));
}

/**
 * How a unit moves through the story: its grievance heat and its ties, year by year.
 * - ready: isolated, then agitated in year two, then strong and still hot (ready) in year three.
 * - cooled: like ready until its grievance is won early in year three, then strong and quiet (connected).
 * - late: quiet throughout, but ties grow in year three (connected).
 * - stuck: hot from year two on, ties never form (agitated to the end): asks without relationships.
 * - unreached: nobody reached it (isolated to the end).
 */
export const ARCS = ['ready', 'cooled', 'late', 'stuck', 'unreached'] as const;
export type Arc = (typeof ARCS)[number];

/** How often each arc is drawn for the sites after the first (whose arcs are written out in hospital.ts). */
export const ARC_WEIGHTS: readonly (readonly [Arc, number])[] = [
  ['ready', 0.42],
  ['cooled', 0.17],
  ['late', 0.17],
  ['stuck', 0.12],
  ['unreached', 0.12],
];

/** The story's beats, as month numbers (0-35) for the first site; later sites shift them by a month or so. */
export const BEATS = {
  /** The organizer's own year-one grievance, said to the few people who listen. */
  organizerVents: [2, 4, 7],
  holidayPotluck: 5,
  /** Management cuts breaks from 30 to 15 minutes: grievances start to run hot. */
  breakCut: 13,
  /** The union staffer's push: asks over weak ties, and a coworker asked again after saying she was uneasy. */
  staffPush: [15, 16, 17, 18, 19, 20],
  infoMeeting: 20,
  /** The organizer meets the people who will become the committed core. */
  coreMet: 19,
  /** Close pairs start spending time together between these months, so that units connect one after another. */
  tiesFrom: 24,
  tiesTo: 30,
  birthdayParty: 25,
  groupConversations: [25, 26, 26],
  committeeFormed: 27,
  stewardTraining: 26,
  delegation: 29,
  lawyerCall: 30,
  /** A newcomer starts work and is welcomed (the other newcomer, six weeks before the end, is not). */
  newcomerWelcomed: 30,
  petition: 31,
  parentsMeeting: 31,
  march: 32,
  bargainingTableMeeting: 33,
  testimony: 34,
  negotiatorReportBack: 34,
  /** The bargaining campaign (issue 6): the membership decides its mandates and votes on them. */
  membershipMeeting: 28,
  /** Sessions at the bargaining table, about two a month from here to the end. */
  bargainingFrom: 29,
  /** A worker active on her floor in these months, before she joins the team at the table... */
  driftActiveFrom: 27,
  /** ...here; from now on the negotiator no longer reports back, and the staffer starts to steer. */
  driftJoins: 31,
  strikeVote: 33,
  /** Five days on the picket lines; parents bring food, the strike fund and coworkers help. */
  strike: 34,
  /** A tentative agreement reached behind closed doors, not reported back. */
  tentativeAgreement: 35,
  /** The organizer's close friendship, strong in months 21-28, then left to fade. */
  fadingFrom: 21,
  fadingTo: 28,
} as const;

/**
 * Share of a unit's active workers who raise a grievance themselves in a given month of the story (the
 * site's month minus its shift). Independent of the density options, so that heat reads the same at any size.
 */
export function raiseShare(arc: Arc, storyMonth: number): number {
  const m = storyMonth;
  if (m < BEATS.breakCut - 1) return 0.002;
  const rumours = m < BEATS.breakCut;
  switch (arc) {
    case 'ready':
      return rumours ? 0.06 : m < 24 ? 0.26 : 0.22;
    case 'stuck':
      return rumours ? 0.06 : 0.26;
    case 'cooled':
      // Its own grievance is won at the start of year three, and the unit goes quiet.
      return rumours ? 0.06 : m < 24 ? 0.26 : m < 26 ? 0.1 : 0.004;
    case 'late':
      return m < 24 ? 0.01 : 0.015;
    case 'unreached':
      return 0.002;
  }
}

/** Whether strong ties form in units of this arc. */
export function arcConnects(arc: Arc): boolean {
  return arc === 'ready' || arc === 'cooled' || arc === 'late';
}

/**
 * The calendar months the story covers: 36 of them, the last ending at `endDate`. Days are counted from
 * the first day of month 0; ISO strings are computed once.
 */
export class StoryCalendar {
  readonly start: string;
  readonly end: string;
  /** First day (index) of each month. */
  readonly monthFirst: number[] = [];
  /** Last day (index) of each month, the last one being endDate. */
  readonly monthLast: number[] = [];
  private readonly isoDays: string[] = [];
  private readonly compactDays: string[] = [];
  private readonly startDay: number;

  constructor(endDate: string) {
    this.end = endDate;
    const y = Number(endDate.slice(0, 4));
    const m = Number(endDate.slice(5, 7));
    const startMonth = (y * 12 + m - 1 - (MONTHS - 1)) | 0;
    this.start = `${String(Math.floor(startMonth / 12)).padStart(4, '0')}-${String((startMonth % 12) + 1).padStart(2, '0')}-01`;
    this.startDay = toDay(this.start);
    const endIdx = toDay(endDate) - this.startDay;
    let first = 0;
    for (let k = 0; k < MONTHS; k++) {
      const last = Math.min(toDay(monthEnd(fromDay(this.startDay + first))) - this.startDay, endIdx);
      this.monthFirst.push(first);
      this.monthLast.push(last);
      first = last + 1;
    }
    for (let d = 0; d <= endIdx; d++) {
      const iso = fromDay(this.startDay + d);
      this.isoDays.push(iso);
      this.compactDays.push(iso.replaceAll('-', ''));
    }
  }

  get days(): number {
    return this.isoDays.length;
  }

  /** The ISO date of a day index (negative indexes reach before the story). */
  iso(day: number): string {
    return this.isoDays[day] ?? addDays(this.start, day);
  }

  /** The date of a day index as YYYYMMDD, for ids that sort by date. */
  compact(day: number): string {
    return this.compactDays[day] ?? this.iso(day).replaceAll('-', '');
  }

  /** The month a day index falls in (before the story: negative; after: 36 or more). */
  monthOfDay(day: number): number {
    if (day < 0) return -1 - Math.floor(-day / 30.44);
    if (day >= this.days) return MONTHS;
    let lo = 0;
    let hi = MONTHS - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.monthFirst[mid] as number) <= day) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** A day index in `month`, uniformly at random given r in [0,1). */
  dayIn(month: number, r: number): number {
    const m = Math.max(0, Math.min(MONTHS - 1, month));
    const first = this.monthFirst[m] as number;
    const last = this.monthLast[m] as number;
    return first + Math.floor(r * (last - first + 1));
  }

  /** The day index of an ISO date. */
  dayOf(iso: string): number {
    return toDay(iso) - this.startDay;
  }
}

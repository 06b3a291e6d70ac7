/**
 * Year three's bargaining campaign and strike (issue 6; shared/CONCEPTS.md §4 and §6, after the essay's
 * strike): the membership decides its mandates and votes on them; the negotiator and the team meet the
 * employer at the table, more and more behind closed doors, and from the turn of February the negotiator no
 * longer reports back; a worker active on her floor joins the team and drifts from her coworkers; the staffer
 * steers the fight away from the workplace while the parents' group brings food to the picket line; five days
 * on strike, with gaps at the loading dock, the strike fund, and coworkers driving and minding each other's
 * children. Most of it is the power map's own records; the few interactions (the drifting worker's time on
 * her floor before she joined the table) come on top of the month's volume (script.ts).
 */
import type { MoonSession, PicketShift } from '../core/power-records.js';
import { rngFor, type Rng } from './random.js';
import type { ScriptBuilder } from './script.js';
import type { SiteModel } from './site.js';
import { BEATS, MONTHS } from './story.js';

/** The hours of a picket day: three shifts. */
const SHIFT_HOURS = [
  ['06:00', '10:00'],
  ['10:00', '14:00'],
  ['14:00', '18:00'],
] as const;
const STRIKE_DAYS = 5;

export function bargainingAndStrike(b: ScriptBuilder): void {
  const rng = rngFor(b.site.config.seed, 'bargaining', b.site.index);
  const campaign = new Campaign(b, rng);
  campaign.membershipMeeting();
  campaign.drifterOnHerFloor();
  campaign.sessions();
  campaign.strike();
  campaign.satellites();
}

class Campaign {
  private readonly site: SiteModel;
  private readonly id: (key: string) => string;
  /** A worker active on her floor who joins the team at the table and drifts from her coworkers. */
  readonly drifter: number;
  /** The strikers on each picket line, captains first. */
  private captains: number[] = [];
  private strikers: number[] = [];

  constructor(
    private readonly b: ScriptBuilder,
    private readonly rng: Rng,
  ) {
    this.site = b.site;
    this.id = (key) => `${b.site.prefix}${key}`;
    this.drifter = this.chooseDrifter();
  }

  private person(p: number): string {
    return this.site.personId(p);
  }

  private out(key: Parameters<SiteModel['outsider']>[0]): number {
    return this.site.outsider(key);
  }

  /** An ISO date in a story month (the site's own month), at a fraction of it. */
  private date(storyMonth: number, at: number): string {
    const cal = this.site.config.calendar;
    return cal.iso(cal.dayIn(this.site.beat(storyMonth), at));
  }

  /** Someone in the story nowhere else: a stayer in a unit where ties formed, with no close pair of her own. */
  private chooseDrifter(): number {
    const site = this.site;
    const c = site.cast;
    const taken = new Set<number>([
      c.organizer,
      ...c.committed,
      c.pushy,
      c.pressed,
      c.friend,
      ...c.flaky,
      c.eager,
      c.welcomed,
      c.unwelcomed,
      c.isolated,
      ...c.organizerCircle,
      ...c.coreCircles[0],
      ...c.coreCircles[1],
      ...c.committee,
      ...c.delegation,
      ...c.opposed,
    ]);
    const paired = new Set<number>();
    for (const p of site.strongPairs) paired.add(p.a).add(p.b);
    const ready = site.units.filter((u) => u.arc === 'ready').flatMap((u) => u.members);
    const everyone = site.units.flatMap((u) => u.members);
    for (const [pool, strict] of [
      [ready, true],
      [ready, false],
      [everyone, false],
    ] as const) {
      const free = pool.filter((p) => site.isStayer(p) && !taken.has(p) && (!strict || !paired.has(p)));
      if (free.length > 0) return this.rng.pick(free);
    }
    return c.committed[1];
  }

  /** The membership meets in the union hall, decides its mandates and votes on them. */
  membershipMeeting(): void {
    const { b, site } = this;
    const { committee, committed } = site.cast;
    const everyone = b.atWork(BEATS.membershipMeeting);
    const meeting = b.action(BEATS.membershipMeeting, {
      title: 'Membership meeting on the bargaining demands',
      kind: 'meeting',
      space: b.space('hall'),
      grievances: ['breaks', 'ratios'],
      people: [...committee, this.drifter, ...this.rng.sample(everyone, Math.round(everyone.length * 0.3))],
      outcome: 'won',
    });
    const negotiator = this.person(this.out('negotiator'));
    const president = this.person(this.out('president'));
    const mandate = (key: string, text: string, holders: string[]) =>
      b.power.mandates.push({
        id: this.id(`md-${key}`),
        decidedOn: meeting.occurredOn,
        decidedIn: meeting.id,
        text,
        holders: [...new Set(holders)],
      });
    mandate('breaks', 'Restore 30-minute breaks on every shift', [negotiator, this.person(this.drifter)]);
    mandate('ratios', 'Safe staffing ratios written into the contract', [negotiator, this.person(committed[0])]);
    mandate('vote', 'No agreement without a vote of the whole membership', [negotiator, president]);
    mandate('report', 'Report back to the floor within a week of every session', [negotiator]);
    mandate('sick', 'End the points system for sick days', [negotiator]);
    const voters = site.workers;
    b.power.votes.push({
      id: this.id('v-demands'),
      mandate: this.id('md-breaks'),
      session: null,
      heldOn: meeting.occurredOn,
      question: 'Adopt the bargaining demands: breaks, staffing ratios, sick days',
      yes: Math.round(voters * 0.58),
      no: Math.round(voters * 0.05),
      abstain: Math.round(voters * 0.03),
    });
  }

  /** Before she joins the table, she is on her floor: one-on-ones, chats and meals with her unit's people. */
  drifterOnHerFloor(): void {
    const { b, site, rng } = this;
    const drifter = this.drifter;
    const around = site.unit(drifter).members.filter((p) => p !== drifter && site.isStayer(p));
    if (around.length === 0) return;
    for (let m: number = BEATS.driftActiveFrom; m < BEATS.driftJoins; m++) {
      for (let k = 0; k < 5; k++) {
        const kind = rng.pick(['one_on_one', 'chat', 'meal', 'helped'] as const);
        b.meet(m, [drifter, rng.pick(around)], {
          kind,
          sides: kind === 'helped' ? ['mutual_aid', 'social'] : ['social', 'political'],
          by: rng.chance(0.6) ? drifter : null,
          notes: null,
        });
      }
    }
  }

  /**
   * About two sessions a month at the bargaining table: reported back within days at first; from February
   * behind closed doors more and more, and never reported back; a tentative agreement at the end.
   */
  sessions(): void {
    const { b, site, rng } = this;
    const { committed } = site.cast;
    const [negotiator, president, drifter, worker] = [
      this.out('negotiator'),
      this.out('president'),
      this.drifter,
      committed[0],
    ].map((p) => this.person(p)) as [string, string, string, string];
    const table = b.space('table');
    const sitePath = site.sitePath;
    let n = 0;
    const sessions: MoonSession[] = b.power.moon_sessions;
    for (let m: number = BEATS.bargainingFrom; m < MONTHS; m++) {
      for (const at of [0.2, 0.65]) {
        const occurredOn = this.date(m, at);
        const early = m < BEATS.driftJoins;
        const attendees = early
          ? [negotiator, worker, ...(at < 0.5 ? [president] : [])]
          : [
              negotiator,
              drifter,
              ...(m === BEATS.driftJoins && at < 0.5 ? [worker] : []),
              ...(rng.chance(0.4) ? [president] : []),
            ];
        const closedDoor = early ? m > BEATS.bargainingFrom && at < 0.5 : at < 0.5 || rng.chance(0.7);
        const agreement = m === BEATS.tentativeAgreement && at > 0.5;
        const reportDays = rng.between(2, 5);
        sessions.push({
          id: this.id(`ms${++n}`),
          space: table,
          occurredOn,
          attendees: [...new Set(attendees)],
          closedDoor: closedDoor || agreement,
          outcome: agreement
            ? 'Tentative agreement: breaks back to 20 minutes; staffing ratios left out'
            : m === BEATS.driftJoins + 1 && at < 0.5
              ? 'The employer offered 20-minute breaks'
              : null,
          mandates: agreement
            ? [this.id('md-breaks'), this.id('md-ratios')]
            : at < 0.5
              ? [this.id(m % 2 === 0 ? 'md-breaks' : 'md-ratios')]
              : [],
          reportedBackOn: early ? site.config.calendar.iso(site.config.calendar.dayOf(occurredOn) + reportDays) : null,
          reportedTo: early ? [sitePath] : [],
        });
      }
    }
    b.power.votes.push({
      id: this.id('v-strike'),
      mandate: null,
      session: null,
      heldOn: this.date(BEATS.strikeVote, 0.5),
      question: 'Strike for five days if there is no agreement on breaks and staffing',
      yes: Math.round(site.workers * 0.66),
      no: Math.round(site.workers * 0.07),
      abstain: Math.round(site.workers * 0.02),
    });
  }

  /** Five days on three picket lines, three shifts a day; the loading dock is thin in the afternoons. */
  strike(): void {
    const { b, site, rng } = this;
    const { committee, opposed } = site.cast;
    const cal = site.config.calendar;
    const month = site.beat(BEATS.strike);
    const first = cal.dayIn(month, 0.25);
    const atWork = b.present(BEATS.strike, b.atWork(BEATS.strike)).filter((p) => !opposed.includes(p));
    if (atWork.length < 6) return;
    const lines = ['picketMain', 'picketEmergency', 'picketDock'] as const;
    const shifts: PicketShift[] = b.power.picket_shifts;
    const strikers = new Set<number>();
    let n = 0;
    for (let d = 0; d < STRIKE_DAYS; d++) {
      const day = cal.iso(Math.min(first + d, cal.days - 1));
      lines.forEach((line, l) => {
        SHIFT_HOURS.forEach(([from, to], h) => {
          // the gaps: no afternoon at the dock; one person there on the second morning; no ER midday on day 3
          if (line === 'picketDock' && h === 2) return;
          if (line === 'picketEmergency' && d === 2 && h === 1) return;
          const size =
            line === 'picketMain'
              ? rng.between(6, 10)
              : line === 'picketEmergency'
                ? rng.between(4, 8)
                : d === 1 && h === 0
                  ? 1
                  : rng.between(2, 3);
          const people = rng.sample(atWork, Math.min(size, atWork.length));
          // a committee member at work captains the main entrance in the mornings
          const captain = committee[(d + l) % Math.max(1, committee.length)];
          if (line === 'picketMain' && h === 0 && captain !== undefined && atWork.includes(captain)) {
            people.unshift(captain);
          }
          const unique = [...new Set(people)];
          unique.forEach((p) => strikers.add(p));
          if (h === 0 && unique.length > 0) this.captains.push(unique[0]!);
          shifts.push({
            id: this.id(`ps${++n}`),
            space: b.space(line),
            startsAt: `${day}T${from}`,
            endsAt: `${day}T${to}`,
            people: unique.map((p) => this.person(p)),
          });
        });
      });
    }
    this.strikers = [...strikers];
    b.action(BEATS.strike, {
      title: 'Five-day strike over breaks and staffing',
      kind: 'strike',
      space: b.space('picketMain'),
      grievances: ['breaks', 'ratios'],
      people: this.strikers,
      outcome: 'pending',
      // the strike began with its first picket day
      day: first,
    });
    this.mutualAid(first);
  }

  /** The strike fund, the parents' group's food, and coworkers minding children and driving each other. */
  private mutualAid(first: number): void {
    const { b, site, rng } = this;
    const cal = site.config.calendar;
    const on = (d: number) => cal.iso(Math.min(first + d, cal.days - 1));
    const aid = b.power.mutual_aid;
    let n = 0;
    const give = (
      d: number,
      by: string | null,
      to: number,
      kind: 'money' | 'food' | 'childcare' | 'ride',
      amount: number | null,
    ) => aid.push({ id: this.id(`ma${++n}`), occurredOn: on(d), givenBy: by, givenTo: this.person(to), kind, amount });
    for (const p of rng.sample(this.strikers, Math.min(12, this.strikers.length))) give(2, null, p, 'money', 250);
    const parentLead = this.person(this.out('parentLead'));
    const parent = this.person(this.out('parent'));
    this.captains.forEach((captain, i) => {
      if (i % 3 === 0) give(Math.floor(i / 3), parentLead, captain, 'food', null);
    });
    for (const p of this.captains.slice(1, 4)) give(1, parent, p, 'food', null);
    const pairs = (count: number) =>
      Array.from({ length: count }, () => rng.sample(this.strikers, 2)).filter((x) => x.length === 2);
    for (const [by, to] of pairs(6)) give(rng.int(STRIKE_DAYS), this.person(by!), to!, 'childcare', null);
    for (const [by, to] of pairs(6)) give(rng.int(STRIKE_DAYS), this.person(by!), to!, 'ride', null);
  }

  /** What the staffer, the parents' group and the lawyer did to workers' relationships and confidence. */
  satellites(): void {
    const { b, site } = this;
    const { committee, committed, organizer, pushy } = site.cast;
    let n = 0;
    const effect = (
      who: Parameters<SiteModel['outsider']>[0],
      storyMonth: number,
      kind: 'nurturing' | 'siphoning' | 'mixed',
      on: string[],
      what: string,
    ) =>
      b.power.satellite_effects.push({
        id: this.id(`se${++n}`),
        satellite: this.person(this.out(who)),
        occurredOn: this.date(storyMonth, 0.5),
        effect: kind,
        on,
        what,
      });
    const people = (list: readonly number[]) => [...new Set(list)].map((p) => this.person(p));
    effect(
      'staffer',
      BEATS.staffPush[0],
      'siphoning',
      people([pushy]),
      'Handed an organizer a script of asks to push cards on people he barely knew',
    );
    effect(
      'staffer',
      BEATS.stewardTraining,
      'nurturing',
      people([committed[0], ...committee.slice(4, 7)]),
      'Ran a steward training where workers practised one-on-ones',
    );
    effect(
      'staffer',
      BEATS.driftJoins + 1,
      'siphoning',
      people(committee.slice(0, 4)),
      'Told the committee to leave the timing of a strike to the negotiating team',
    );
    effect(
      'staffer',
      BEATS.strikeVote,
      'siphoning',
      [site.sitePath],
      'Moved the strike rally downtown, away from the hospital',
    );
    effect(
      'staffer',
      BEATS.strike,
      'siphoning',
      people(this.captains.slice(0, 3)),
      'Told picket captains to wait for instructions from the union office',
    );
    effect(
      'parentLead',
      BEATS.parentsMeeting,
      'nurturing',
      people([committed[1], organizer]),
      "Met the committee and offered the parents' support",
    );
    effect(
      'parentLead',
      BEATS.strike,
      'nurturing',
      people(this.captains.slice(0, 5)),
      'Brought breakfast to the picket lines every morning of the strike',
    );
    effect('parent', BEATS.strike, 'nurturing', [site.sitePath], "Organized childcare for strikers' children");
    effect(
      'lawyer',
      BEATS.lawyerCall,
      'nurturing',
      people([organizer, committed[0]]),
      'Explained what the law protects during a strike',
    );
    effect(
      'lawyer',
      BEATS.strikeVote,
      'siphoning',
      people([committed[0]]),
      'Urged filing charges with the labor board instead of striking',
    );
  }
}

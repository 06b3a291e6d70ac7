/**
 * The texture of everyday life at a site, month by month: the bulk of the logged interactions, shaped by
 * the story so that the model reads it (story.ts). Three layers, in order:
 * 1. grievances raised by the people who feel them, a share of each unit set by its arc (heat);
 * 2. in year three, time spent together by the close pairs: repeated, several sides, both starting it;
 * 3. small talk to fill the month's volume: short, one side, always started by the same one of the two.
 * The first two are the story's signal and do not depend on the density options; the third is the volume
 * knob, so a denser demo has more small talk around the same story.
 */
import { apportion } from './hospital.js';
import { CLOSE_KINDS, closeSides, type Draft } from './draft.js';
import { note } from './notes.js';
import { breakRoomId, spaceId, type GrievanceBook } from './places.js';
import { hashInts, rngFor, type Rng } from './random.js';
import type { SiteModel, StrongPair } from './site.js';
import { MONTHS, raiseShare, yearOf } from './story.js';
import type { InteractionKind, Side } from '../core/vocabulary.js';

/** The texture's volume by year: a sparse first year, a busier second, the third busiest. */
const YEAR_SHARE = [0.15, 0.3, 0.55];

/** How the texture's total splits over the 36 months. */
export function textureVolumes(total: number): number[] {
  const weights = Array.from({ length: MONTHS }, (_, m) => (YEAR_SHARE[yearOf(m)] as number) / 12);
  return apportion(Math.max(0, Math.round(total)), weights);
}

/** Each close pair meets at least this often a month once formed, whatever the density. */
const CLOSE_PER_MONTH = 1.1;
/** At higher densities, the close pairs take this share of a year-three month's volume. */
const CLOSE_SHARE = 0.5;

/** Below this monthly share of raisers a unit is quiet... */
const QUIET_SHARE = 0.05;
/** ...and a quiet unit smaller than this has no raisings at all. */
const QUIET_MIN_UNIT = 10;

class MonthTexture {
  readonly drafts: Draft[] = [];
  /** Reachable workers of each unit this month (never the organizer: the script tells her story). */
  private readonly reach: number[][];
  private readonly everyone: number[];
  private readonly partners = new Map<number, number[]>();
  private readonly formed: StrongPair[] = [];
  private readonly byDepartment = new Map<string, number[]>();
  private readonly storyMonth: number;

  constructor(
    private readonly site: SiteModel,
    private readonly book: GrievanceBook,
    private readonly month: number,
    private readonly rng: Rng,
  ) {
    const organizer = site.cast.organizer;
    this.reach = site.units.map((u) => site.reachable(u, month).filter((p) => p !== organizer));
    this.everyone = this.reach.flat();
    this.storyMonth = site.storyMonth(month);
    const ok = (p: number) => site.untouchable[p] === 0 && site.active(p, month);
    for (const pair of site.strongPairs) {
      if (pair.from > month || !ok(pair.a) || !ok(pair.b)) continue;
      this.formed.push(pair);
      this.partners.set(pair.a, [...(this.partners.get(pair.a) ?? []), pair.b]);
      this.partners.set(pair.b, [...(this.partners.get(pair.b) ?? []), pair.a]);
    }
  }

  run(volume: number): Draft[] {
    if (this.everyone.length < 2) return this.drafts;
    this.raisings();
    this.closeTime(volume);
    while (this.drafts.length < volume) this.smallTalk();
    return this.drafts;
  }

  private departmentReach(department: SiteModel['units'][number]['department']): number[] {
    let pool = this.byDepartment.get(department.name);
    if (!pool) {
      pool = this.site.units.filter((u) => u.department === department).flatMap((u) => this.reach[u.index] ?? []);
      this.byDepartment.set(department.name, pool);
    }
    return pool;
  }

  /** Before year three, the same one of two coworkers always starts their conversations: no reciprocity. */
  private starter(a: number, b: number): number {
    const [lo, hi] = a < b ? [a, b] : [b, a];
    return (hashInts(this.site.config.seed, lo, hi) & 1) === 0 ? lo : hi;
  }

  private day(): number {
    return this.site.config.calendar.dayIn(this.month, this.rng.next());
  }

  /**
   * A coworker of `p`: often from the same unit, else the same department, now and then anyone. Spread
   * this wide so that, in a unit of five, the same two people do not end up talking every other week.
   */
  private coworker(p: number): number | null {
    const unit = this.site.unit(p);
    const roll = this.rng.next();
    let pool = this.reach[unit.index] as number[];
    if (roll > 0.85 || pool.length < 2) pool = this.everyone;
    else if (roll > 0.55) pool = this.departmentReach(unit.department);
    for (let tries = 0; tries < 6 && pool.length > 1; tries++) {
      const other = this.rng.pick(pool);
      if (other !== p) return other;
    }
    return null;
  }

  /** Layer 1: grievances raised by the people who feel them. */
  private raisings(): void {
    this.site.units.forEach((unit, i) => {
      const reach = this.reach[i] as number[];
      const share = raiseShare(unit.arc, this.storyMonth);
      // In a quiet stretch, one person's gripe in a unit of five would already read as heat: small units stay quiet.
      if (share < QUIET_SHARE && unit.members.length < QUIET_MIN_UNIT) return;
      const count = this.rng.round(share * reach.length);
      for (const raiser of this.rng.sample(reach, count)) {
        const grievance = this.book.forWorker(this.rng, unit.department, this.storyMonth);
        const friends = this.partners.get(raiser);
        if (friends && friends.length > 0) {
          this.closeDraft(raiser, this.rng.pick(friends), { grievance, by: raiser });
          continue;
        }
        const other = this.coworker(raiser);
        if (other === null) continue;
        const participants = [raiser, other];
        // In year two, gripes sometimes draw in a third person at the break-room table.
        const third = yearOf(this.storyMonth) === 1 && this.rng.chance(0.15) ? this.coworker(raiser) : null;
        if (third !== null && !participants.includes(third)) participants.push(third);
        this.drafts.push({
          day: this.day(),
          participants,
          kind: this.rng.chance(0.82) ? 'chat' : 'message',
          sides: ['political'],
          initiatedBy: yearOf(this.storyMonth) < 2 ? this.starter(raiser, other) : raiser,
          space: this.rng.chance(0.6) ? breakRoomId(this.site, unit.department) : null,
          raised: [{ grievance, by: raiser }],
          notes: this.rng.chance(0.12) ? note(this.rng, 'grievance', this.site.spanish[raiser] === 1) : null,
        });
      }
    });
  }

  /**
   * Layer 2: the close pairs' time together, at least once every month (a close tie does not go quiet
   * for a season by chance: the one tie left to fade is the script's), and now and then a gathering of
   * friends of friends.
   */
  private closeTime(volume: number): void {
    if (this.formed.length === 0) return;
    const perPair = Math.max(CLOSE_PER_MONTH, (CLOSE_SHARE * volume) / this.formed.length);
    for (const pair of this.formed) {
      const times = this.rng.round(perPair);
      for (let k = 0; k < Math.max(1, times); k++) {
        if (this.rng.chance(0.5)) this.closeDraft(pair.a, pair.b, null);
        else this.closeDraft(pair.b, pair.a, null);
      }
    }
    const gatherings = this.rng.round(this.formed.length / 80);
    for (let g = 0; g < gatherings; g++) {
      const seed = this.rng.pick(this.formed);
      const people = new Set<number>([seed.a, seed.b]);
      for (const p of [...(this.partners.get(seed.a) ?? []), ...(this.partners.get(seed.b) ?? [])]) {
        if (people.size < 8) people.add(p);
      }
      const participants = [...people];
      this.drafts.push({
        day: this.day(),
        participants,
        kind: 'social',
        sides: ['social', 'emotional'],
        initiatedBy: this.rng.pick(participants),
        space: null,
        raised: [],
        notes: this.rng.chance(0.3) ? note(this.rng, 'party') : null,
      });
    }
  }

  private closeDraft(from: number, to: number, raised: Draft['raised'][number] | null): void {
    const kind = this.rng.weighted(CLOSE_KINDS);
    const both = this.site.spanish[from] === 1 && this.site.spanish[to] === 1;
    this.drafts.push({
      day: this.day(),
      participants: [from, to],
      kind,
      sides: closeSides(this.rng, kind, raised !== null),
      initiatedBy: from,
      space: this.closeSpace(kind, from),
      raised: raised ? [raised] : [],
      notes: this.rng.chance(0.18) ? note(this.rng, kind === 'helped' ? 'helped' : 'close', both) : null,
    });
  }

  private closeSpace(kind: InteractionKind, p: number): string | null {
    switch (kind) {
      case 'meal':
        return spaceId(this.site, this.rng.chance(0.5) ? 'diner' : 'cafeteria');
      case 'one_on_one':
        return this.rng.chance(0.6) ? spaceId(this.site, this.rng.chance(0.5) ? 'path' : 'diner') : null;
      case 'helped':
      case 'chat':
        return breakRoomId(this.site, this.site.department(p));
      default:
        return null;
    }
  }

  /** Layer 3: small talk. One side, and the same one of the two always starts it: no reciprocity. */
  private smallTalk(): void {
    const a = this.rng.pick(this.everyone);
    const b = this.coworker(a) ?? this.rng.pick(this.everyone);
    if (a === b) return;
    const year = yearOf(this.storyMonth);
    const roll = this.rng.next();
    const kind: InteractionKind = roll < 0.8 ? 'chat' : roll < 0.92 ? 'message' : 'helped';
    const side: Side = kind === 'helped' ? 'mutual_aid' : year === 1 && this.rng.chance(0.4) ? 'political' : 'social';
    const where = this.rng.next();
    this.drafts.push({
      day: this.day(),
      participants: [a, b],
      kind,
      sides: [side],
      initiatedBy: this.starter(a, b),
      space:
        where < 0.55
          ? breakRoomId(this.site, this.site.department(a))
          : where < 0.8
            ? spaceId(this.site, 'cafeteria')
            : null,
      raised: [],
      notes: this.rng.chance(0.05)
        ? note(this.rng, 'smallTalk', this.site.spanish[a] === 1 && this.site.spanish[b] === 1)
        : null,
    });
  }
}

/** The texture of one month at a site: about `volume` drafts, more when the story's signal needs them. */
export function textureMonth(site: SiteModel, book: GrievanceBook, month: number, volume: number): Draft[] {
  return new MonthTexture(site, book, month, rngFor(site.config.seed, 'texture', site.index, month)).run(volume);
}

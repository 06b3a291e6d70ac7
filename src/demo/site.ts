/**
 * One hospital of the demo, as compact numbers: its units and their arcs, each worker's unit and working
 * window, the story's cast, and the pairs who become close in year three. Every pass of the streaming
 * generator rebuilds the site it is on from the seed (a few hundred workers: cheap), so nothing about
 * other sites is ever held in memory.
 */
import type { DemoConfig } from './config.js';
import { DEPARTMENTS, apportion, shiftSizes, siteName, type Department, type Shift } from './hospital.js';
import { chooseCast, chooseCircles, type Cast } from './cast.js';
import { rngFor, type Rng } from './random.js';
import { ARC_WEIGHTS, BEATS, MONTHS, arcConnects, type Arc } from './story.js';

export interface UnitModel {
  index: number;
  path: string;
  department: Department;
  shift: Shift;
  arc: Arc;
  /** Local indexes of the workers in it. */
  members: number[];
}

export interface StrongPair {
  a: number;
  b: number;
  /** The month the two start spending time together. */
  from: number;
}

/** Outside the workplace: the people at the table and the satellites around it. */
export const OUTSIDERS = [
  { key: 'negotiator', circle: 'moon', role: 'Union negotiator' },
  { key: 'president', circle: 'moon', role: 'Union local president' },
  { key: 'staffer', circle: 'satellite', role: 'Union organizing staff' },
  { key: 'lawyer', circle: 'satellite', role: 'Labor lawyer' },
  { key: 'parentLead', circle: 'satellite', role: "Pediatric parents' group coordinator" },
  { key: 'parent', circle: 'satellite', role: "Pediatric parents' group member" },
] as const;
export type OutsiderKey = (typeof OUTSIDERS)[number]['key'];

const NEVER = 1 << 30;

export class SiteModel {
  readonly name: string;
  /** Prepended to every id of this site: empty when the demo is a single hospital. */
  readonly prefix: string;
  /** The story runs this many months later (or earlier) here than at the first site. */
  readonly shift: number;
  readonly units: UnitModel[] = [];
  readonly workers: number;
  readonly unitOf: Uint16Array;
  /** Day indexes (from the story's first day) of starting and leaving; leaving is far in the future for stayers. */
  readonly startDay: Int32Array;
  readonly leftDay: Int32Array;
  /** First and last month in which the worker is at work for the whole month. */
  readonly activeFrom: Int8Array;
  readonly activeTo: Int8Array;
  readonly spanish: Uint8Array;
  /** Workers nobody ever reaches: no interaction, no tie observation, no action (the care signals' cases). */
  readonly untouchable: Uint8Array;
  readonly cast: Cast;
  readonly strongPairs: StrongPair[];
  private readonly ids: string[] = [];
  private readonly reach = new Map<number, number[]>();

  constructor(
    readonly config: DemoConfig,
    readonly index: number,
  ) {
    this.name = siteName(index);
    this.prefix = config.sites === 1 ? '' : `h${index + 1}-`;
    const rng = rngFor(config.seed, 'site', index);
    this.shift = index === 0 ? 0 : rng.between(-1, 1);
    this.workers = config.siteSize(index);
    this.unitOf = new Uint16Array(this.workers);
    this.startDay = new Int32Array(this.workers);
    this.leftDay = new Int32Array(this.workers).fill(NEVER);
    this.activeFrom = new Int8Array(this.workers);
    this.activeTo = new Int8Array(this.workers).fill(MONTHS - 1);
    this.spanish = new Uint8Array(this.workers);
    this.untouchable = new Uint8Array(this.workers);
    this.buildUnits(rng);
    this.buildWindows(rng);
    const roles = chooseCast(this, rng);
    this.strongPairs = this.buildStrongPairs(rng, roles.organizer);
    this.cast = chooseCircles(this, roles, rng);
  }

  /** The month here of a beat of the story (the beats are written for the first site). */
  beat(storyMonth: number): number {
    return Math.max(0, Math.min(MONTHS - 1, storyMonth + this.shift));
  }

  /** The story month a month here corresponds to. */
  storyMonth(month: number): number {
    return month - this.shift;
  }

  /** A person's id: `p001`..., outsiders `o1`..., each with the site's prefix. Built once per site. */
  personId(local: number): string {
    const cached = this.ids[local];
    if (cached !== undefined) return cached;
    const id =
      local >= this.workers
        ? `${this.prefix}o${local - this.workers + 1}`
        : `${this.prefix}p${String(local + 1).padStart(3, '0')}`;
    this.ids[local] = id;
    return id;
  }

  outsider(key: OutsiderKey): number {
    return this.workers + OUTSIDERS.findIndex((o) => o.key === key);
  }

  get sitePath(): string {
    return this.name;
  }

  departmentPath(department: Department): string {
    return `${this.name}/${department.name}`;
  }

  unit(local: number): UnitModel {
    return this.units[this.unitOf[local] as number] as UnitModel;
  }

  department(local: number): Department {
    return this.unit(local).department;
  }

  /** At work for the whole of `month`, so that any day of it is a fair date for them. */
  active(local: number, month: number): boolean {
    if (local >= this.workers) return true;
    return (this.activeFrom[local] as number) <= month && month <= (this.activeTo[local] as number);
  }

  /** Workers of a unit the story may involve in `month` (remembered: do not change the list). */
  reachable(unit: UnitModel, month: number): readonly number[] {
    const key = unit.index * 64 + month;
    let list = this.reach.get(key);
    if (!list) {
      list = unit.members.filter((p) => this.untouchable[p] === 0 && this.active(p, month));
      this.reach.set(key, list);
    }
    return list;
  }

  /** Set a worker's start, keeping the month window in step (only while the site is being built). */
  setStart(local: number, day: number): void {
    this.startDay[local] = day;
    this.activeFrom[local] = Math.max(0, this.config.calendar.monthOfDay(day) + 1);
  }

  private buildUnits(rng: Rng): void {
    const sizes = apportion(
      this.workers,
      DEPARTMENTS.map((d) => d.weight),
    );
    let next = 0;
    DEPARTMENTS.forEach((department, d) => {
      const perShift = shiftSizes(department, sizes[d] as number);
      department.shifts.forEach((shift, s) => {
        const size = perShift[s] as number;
        if (size === 0) return;
        const arc = this.index === 0 ? (department.arcs[s] as Arc) : rng.weighted(ARC_WEIGHTS);
        const unit: UnitModel = {
          index: this.units.length,
          path: `${this.name}/${department.name}/${shift}`,
          department,
          shift,
          arc,
          members: [],
        };
        for (let k = 0; k < size; k++, next++) {
          unit.members.push(next);
          this.unitOf[next] = unit.index;
          this.spanish[next] = rng.chance(department.spanish) ? 1 : 0;
        }
        this.units.push(unit);
      });
    });
    if (!this.units.some((u) => u.arc === 'ready')) {
      const largest = this.units.reduce((a, b) => (b.members.length > a.members.length ? b : a));
      largest.arc = 'ready';
    }
  }

  /** Most have worked here for years; about one in eight is hired during the story, one in twelve leaves. */
  private buildWindows(rng: Rng): void {
    const cal = this.config.calendar;
    for (let p = 0; p < this.workers; p++) {
      const roll = rng.next();
      if (roll < 0.12) {
        this.setStart(p, cal.dayIn(rng.between(1, MONTHS - 3), rng.next()));
      } else {
        this.setStart(p, -30 - rng.int(365 * 18));
        if (roll > 0.92) {
          const leftMonth = rng.between(2, MONTHS - 1);
          this.leftDay[p] = cal.dayIn(leftMonth, rng.next());
          this.activeTo[p] = leftMonth - 1;
        }
      }
    }
  }

  /** Stayers: at work from before the story to its end, so that any beat can involve them. */
  isStayer(local: number): boolean {
    return this.activeFrom[local] === 0 && this.activeTo[local] === MONTHS - 1 && this.untouchable[local] === 0;
  }

  /**
   * Year three's close pairs outside the organizer's own circle (cast.ts): in each unit that connects,
   * three in four of its stayers join a ring of pairs, and about a third of them also befriend someone in
   * another department. They form over months 24-30, so units connect one after another.
   */
  private buildStrongPairs(rng: Rng, organizer: number): StrongPair[] {
    const pairs: StrongPair[] = [];
    const seen = new Set<number>();
    const add = (a: number, b: number, from: number): void => {
      if (a === b || a === organizer || b === organizer) return;
      const key = Math.min(a, b) * 65536 + Math.max(a, b);
      if (seen.has(key)) return;
      seen.add(key);
      pairs.push({ a, b, from: this.beat(from) });
    };
    const connected: number[] = [];
    for (const unit of this.units) {
      if (!arcConnects(unit.arc)) continue;
      const eligible = unit.members.filter((p) => this.untouchable[p] === 0 && (this.activeFrom[p] as number) <= 27);
      const ring = rng.sample(eligible, Math.round(eligible.length * 0.75));
      const [lo, hi] = unit.arc === 'late' ? [BEATS.tiesFrom + 2, BEATS.tiesTo] : [BEATS.tiesFrom, BEATS.tiesTo - 2];
      for (let i = 0; i + 1 < ring.length; i++) add(ring[i]!, ring[i + 1]!, rng.between(lo, hi));
      if (ring.length >= 4) add(ring[ring.length - 1]!, ring[0]!, rng.between(lo, hi));
      connected.push(...ring);
    }
    for (const p of connected) {
      if (!rng.chance(0.33)) continue;
      const other = rng.pick(connected);
      if (this.unit(other).department !== this.unit(p).department) {
        add(p, other, rng.between(BEATS.tiesFrom + 1, BEATS.tiesTo));
      }
    }
    return pairs;
  }
}

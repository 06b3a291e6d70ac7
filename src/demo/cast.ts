/**
 * The people the demo's story is about, chosen from a site's workers: the organizer who is new in year one,
 * the couple of committed people found later, the coworker a staffer-driven organizer keeps pressing, the
 * close friend left to fade, the newcomer nobody welcomed, the coworker nobody knows, and in year three the
 * organizer's circle across departments and the ad hoc committee that grows out of it.
 */
import type { Rng } from './random.js';
import type { SiteModel, UnitModel } from './site.js';
import { BEATS, MONTHS, type Arc } from './story.js';

/** Roles chosen before year three's pairs are drawn. */
export interface CastRoles {
  organizer: number;
  committed: readonly [number, number];
  /** An organizer who follows the staffer's advice: asks over weak ties, and asks again after discomfort. */
  pushy: number;
  /** The coworker pushy keeps pressing to meet the staffer (the essay's story of Ava). */
  pressed: number;
  /** The organizer's close friend: strong in months 21-28, then no contact. */
  friend: number;
  /** Said yes and did not follow through. */
  flaky: readonly number[];
  /** A new committee member in year three who asks people he barely knows. */
  eager: number;
  /** Hired in year three and welcomed by the organizer. */
  welcomed: number;
  /** Hired six weeks before the end; nobody has spoken to them yet. */
  unwelcomed: number;
  /** At work all three years and nobody has any tie to them. */
  isolated: number;
}

export interface Cast extends CastRoles {
  /** The organizer's ties across departments in year three. */
  organizerCircle: readonly number[];
  /** Each committed person's own circle. */
  coreCircles: readonly [readonly number[], readonly number[]];
  /** The ad hoc committee formed in year three. */
  committee: readonly number[];
  /** The small delegation about lifting equipment. */
  delegation: readonly number[];
  /** People who have said they are against organizing. */
  opposed: readonly number[];
}

class Picker {
  readonly taken = new Set<number>();

  constructor(
    private readonly site: SiteModel,
    private readonly rng: Rng,
  ) {}

  /** A stayer from the first of `units` that has one free, else from anywhere. */
  stayer(units: readonly UnitModel[], prefer?: (p: number) => boolean): number {
    for (const unit of units) {
      const free = unit.members.filter((p) => this.site.isStayer(p) && !this.taken.has(p));
      const preferred = prefer ? free.filter(prefer) : free;
      const pool = preferred.length > 0 ? preferred : free;
      if (pool.length > 0) return this.take(this.rng.pick(pool));
    }
    const anywhere: number[] = [];
    for (let p = 0; p < this.site.workers; p++)
      if (!this.taken.has(p) && this.site.untouchable[p] === 0) anywhere.push(p);
    return this.take(this.rng.pick(anywhere));
  }

  take(p: number): number {
    this.taken.add(p);
    return p;
  }
}

function bySize(units: readonly UnitModel[]): UnitModel[] {
  return [...units].sort((a, b) => b.members.length - a.members.length || a.index - b.index);
}

function withArc(site: SiteModel, ...arcs: Arc[]): UnitModel[] {
  return bySize(site.units.filter((u) => arcs.includes(u.arc)));
}

export function chooseCast(site: SiteModel, rng: Rng): CastRoles {
  const pick = new Picker(site, rng);
  const cal = site.config.calendar;
  const ready = withArc(site, 'ready');
  const nursing = ready.filter((u) => u.department.name === 'Medical-Surgical');
  const organizer = pick.stayer([...nursing, ...ready]);
  // New to the job when the story begins: "my first year at one workplace".
  site.setStart(organizer, -20 - rng.int(20));
  const own = site.unit(organizer).department;
  const elsewhere = (units: UnitModel[], ...not: UnitModel['department'][]) =>
    units.filter((u) => !not.includes(u.department));
  const first = pick.stayer(elsewhere(ready, own));
  const second = pick.stayer(elsewhere(withArc(site, 'ready', 'cooled'), own, site.department(first)), (p) =>
    Boolean(site.spanish[p]),
  );
  const pushy = pick.stayer(elsewhere([...withArc(site, 'stuck'), ...ready], own));
  const pressed = pick.stayer([site.unit(pushy), ...site.units.filter((u) => u.department === site.department(pushy))]);
  const friend = pick.stayer(
    bySize(site.units.filter((u) => u.department === own && u !== site.unit(organizer))).concat(site.unit(organizer)),
  );
  const flaky = [pick.stayer(ready.slice(1)), pick.stayer(ready.slice(2))];
  const eager = pick.stayer(ready.slice(1));

  const welcomed = pick.stayer(bySize(site.units.filter((u) => u.department === own)));
  site.setStart(welcomed, cal.dayIn(site.beat(BEATS.newcomerWelcomed - 1), rng.next()));
  const unwelcomed = pick.stayer(ready.slice(1));
  site.setStart(unwelcomed, cal.days - 45);
  site.untouchable[unwelcomed] = 1;
  const isolated = pick.stayer(withArc(site, 'unreached', 'stuck'));
  site.untouchable[isolated] = 1;
  for (const p of [welcomed, unwelcomed]) {
    site.leftDay[p] = 1 << 30;
    site.activeTo[p] = MONTHS - 1;
  }
  return {
    organizer,
    committed: [first, second],
    pushy,
    pressed,
    friend,
    flaky,
    eager,
    welcomed,
    unwelcomed,
    isolated,
  };
}

/** Year three's circles, drawn among the people who are in close pairs (so that the committee is stone). */
export function chooseCircles(site: SiteModel, roles: CastRoles, rng: Rng): Cast {
  const taken = new Set<number>(Object.values(roles).flat());
  const paired = new Set<number>();
  for (const { a, b } of site.strongPairs) paired.add(a).add(b);
  const candidates = [...paired].filter((p) => site.isStayer(p) && !taken.has(p)).sort((a, b) => a - b);
  const byDepartment = new Map<string, number[]>();
  for (const p of rng.shuffle(candidates)) {
    const name = site.department(p).name;
    byDepartment.set(name, [...(byDepartment.get(name) ?? []), p]);
  }
  // Round-robin over departments so that every circle reaches across them.
  const spread: number[] = [];
  for (let round = 0; spread.length < candidates.length; round++) {
    for (const list of byDepartment.values()) if (list[round] !== undefined) spread.push(list[round] as number);
  }
  const organizerCircle = spread.slice(0, 8);
  const coreCircles = [spread.slice(8, 12), spread.slice(12, 16)] as const;
  const committee = [roles.organizer, ...roles.committed, roles.eager, ...organizerCircle.slice(0, 3)];
  committee.push(...coreCircles[0].slice(0, 1), ...coreCircles[1].slice(0, 1));

  const lifting = site.units.filter((u) => u.department.grievances.includes('lifting'));
  const delegation = lifting
    .flatMap((u) => u.members)
    .filter((p) => site.isStayer(p) && !taken.has(p) && (paired.has(p) || rng.chance(0.3)))
    .slice(0, 7);
  if (lifting.some((u) => u.department === site.department(roles.committed[1]))) delegation.push(roles.committed[1]);

  const inCircles = new Set<number>([...taken, ...spread.slice(0, 16), ...delegation]);
  const others: number[] = [];
  for (let p = 0; p < site.workers; p++) if (site.isStayer(p) && !inCircles.has(p)) others.push(p);
  const opposed = rng.sample(others, Math.max(2, Math.round(site.workers / 100)));
  return { ...roles, organizerCircle, coreCircles, committee, delegation, opposed };
}

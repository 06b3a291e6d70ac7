/**
 * The social map as the committee wrote it down: tie observations, month by month. In year one only the
 * organizer observes, and sees acquaintances (one side, closeness 1, often only one person's side); in year
 * two a few more observe, still mostly acquaintances; in year three the committee maps the close pairs
 * (several sides, friendly then close) and the organizer's circle, and the close friendship of months 21-28
 * is observed while it lasts and never after. Nobody observes the coworker nobody knows or the newcomer
 * nobody welcomed.
 */
import type { TieObservation } from '../core/records.js';
import type { Side, TieSide } from '../core/vocabulary.js';
import { apportion } from './hospital.js';
import { rngFor, type Rng } from './random.js';
import type { SiteModel, StrongPair } from './site.js';
import { BEATS, MONTHS, yearOf } from './story.js';

const YEAR_SHARE = [0.15, 0.25, 0.6];
const SIDES: readonly Side[] = ['social', 'political', 'mutual_aid', 'emotional'];

/** The organizer's own close ties and the committed core's, as pairs with the month they form. */
function castPairs(site: SiteModel): StrongPair[] {
  const c = site.cast;
  const pairs: StrongPair[] = [
    { a: c.organizer, b: c.committed[0], from: site.beat(BEATS.tiesFrom - 1) },
    { a: c.organizer, b: c.committed[1], from: site.beat(BEATS.tiesFrom - 1) },
    { a: c.committed[0], b: c.committed[1], from: site.beat(BEATS.tiesFrom) },
  ];
  c.organizerCircle.forEach((b, i) => pairs.push({ a: c.organizer, b, from: site.beat(BEATS.tiesFrom + (i % 5)) }));
  c.coreCircles.forEach((circle, k) =>
    circle.forEach((b, i) =>
      pairs.push({ a: c.committed[k] as number, b, from: site.beat(BEATS.tiesFrom + 1 + (i % 4)) }),
    ),
  );
  return pairs;
}

class SiteTies {
  private readonly seen = new Set<string>();
  private readonly close: StrongPair[];

  constructor(private readonly site: SiteModel) {
    this.close = [...site.strongPairs, ...castPairs(site)];
  }

  month(month: number, volume: number): TieObservation[] {
    const site = this.site;
    const rng = rngFor(site.config.seed, 'ties', site.index, month);
    const out: TieObservation[] = [];
    const year = yearOf(site.storyMonth(month));
    const observers = this.observers(month, year);
    const workers: number[] = [];
    const byDepartment = new Map<string, number[]>();
    for (const unit of site.units) {
      const reach = site.reachable(unit, month);
      workers.push(...reach);
      byDepartment.set(unit.department.name, [...(byDepartment.get(unit.department.name) ?? []), ...reach]);
    }
    if (observers.length === 0 || workers.length < 3) return out;
    const formed = this.close.filter((p) => p.from <= month && site.active(p.a, month) && site.active(p.b, month));
    const story = site.storyMonth(month);
    if (story >= BEATS.fadingFrom && story <= BEATS.fadingTo && story % 3 === 0) {
      this.push(out, rng, observers, site.cast.organizer, site.cast.friend, month, ['social', 'emotional'], 3, false);
    }
    for (let tries = 0; out.length < volume && tries < volume * 4; tries++) {
      const pair = formed.length > 0 && rng.chance(0.6) ? rng.pick(formed) : null;
      if (pair) {
        const sides = rng.sample(SIDES, rng.between(2, 4));
        const closeness = month - pair.from < 3 ? 2 : 3;
        this.push(out, rng, observers, pair.a, pair.b, month, sides, closeness, false);
        continue;
      }
      const a = rng.pick(workers);
      const near = byDepartment.get(site.department(a).name) ?? workers;
      const b = near.length > 1 && rng.chance(0.85) ? rng.pick(near) : rng.pick(workers);
      if (a === b) continue;
      const tension = site.cast.opposed.includes(a) && rng.chance(0.3);
      const sides: TieSide[] = tension
        ? ['tension']
        : year === 1 && rng.chance(0.35)
          ? [rng.chance(0.6) ? 'political' : 'social', ...(rng.chance(0.3) ? (['social'] as const) : [])]
          : ['social'];
      // Acquaintances: "friendly" and "close" are kept for the pairs who do spend time together.
      this.push(out, rng, observers, a, b, month, [...new Set(sides)], 1, rng.chance(0.25));
    }
    return out;
  }

  /** Who writes observations down: the organizer alone at first, then a few more, then the committee. */
  private observers(month: number, year: number): number[] {
    const c = this.site.cast;
    const list =
      year === 0
        ? [c.organizer]
        : year === 1
          ? [c.organizer, c.pushy, ...(this.site.storyMonth(month) >= BEATS.coreMet ? [c.committed[0]] : [])]
          : [...c.committee];
    return list.filter((p) => this.site.active(p, month));
  }

  private push(
    out: TieObservation[],
    rng: Rng,
    observers: readonly number[],
    a: number,
    b: number,
    month: number,
    sides: TieSide[],
    closeness: 1 | 2 | 3,
    directed: boolean,
  ): void {
    const site = this.site;
    const candidates = observers.filter((o) => o !== a && o !== b);
    const observer = candidates.length > 0 ? rng.pick(candidates) : (observers[0] ?? null);
    const day = site.config.calendar.dayIn(month, rng.next());
    const key = `${a}.${b}.${day}.${observer}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    out.push({
      a: site.personId(a),
      b: site.personId(b),
      sides,
      closeness,
      directed,
      observedOn: site.config.calendar.iso(day),
      observedBy: observer === null ? null : site.personId(observer),
    });
  }
}

/** A site's tie observations, one month at a time (about `workers × tiesPerPerson` in all). */
export function* siteTies(site: SiteModel): Generator<TieObservation[]> {
  const total = Math.round(site.workers * site.config.tiesPerPerson);
  const weights = Array.from({ length: MONTHS }, (_, m) => (YEAR_SHARE[yearOf(m)] as number) / 12);
  const volumes = apportion(total, weights);
  const ties = new SiteTies(site);
  for (let m = 0; m < MONTHS; m++) yield ties.month(m, volumes[m] as number);
}

/**
 * A site's people as records: workers with their unit, job, dates, working language and stance (as they
 * said it themselves), then the moon people and satellites around the hospital.
 */
import type { Person } from '../core/records.js';
import type { Stance } from '../core/vocabulary.js';
import { syntheticName } from './names.js';
import { rngFor, type Rng } from './random.js';
import { OUTSIDERS, type SiteModel } from './site.js';

/** Stances in units where ties formed, among people with close ties: many supporters, some leaning. */
const CONNECTED: readonly (readonly [Stance, number])[] = [
  ['supporter', 0.32],
  ['leaning', 0.25],
  ['undecided', 0.1],
  ['opposed', 0.02],
  ['unknown', 0.31],
];
/** Elsewhere most have never said; a few have. */
const ELSEWHERE: readonly (readonly [Stance, number])[] = [
  ['supporter', 0.04],
  ['leaning', 0.06],
  ['undecided', 0.08],
  ['opposed', 0.02],
  ['unknown', 0.8],
];

function stances(site: SiteModel, rng: Rng): Stance[] {
  const out: Stance[] = [];
  const paired = new Set<number>();
  for (const { a, b } of site.strongPairs) paired.add(a).add(b);
  for (let p = 0; p < site.workers; p++) out.push(rng.weighted(paired.has(p) ? CONNECTED : ELSEWHERE));
  const c = site.cast;
  const set = (people: readonly number[], stance: Stance) => people.forEach((p) => (out[p] = stance));
  set([...c.organizerCircle, ...c.coreCircles[0], ...c.coreCircles[1]], 'supporter');
  set([...c.flaky], 'leaning');
  set([c.pressed], 'undecided');
  set([c.unwelcomed, c.isolated, c.welcomed], 'unknown');
  set([...c.opposed], 'opposed');
  set([c.organizer, ...c.committed, ...c.committee, c.pushy, c.eager], 'supporter');
  return out;
}

export function sitePeople(site: SiteModel): Person[] {
  const rng = rngFor(site.config.seed, 'people', site.index);
  const cal = site.config.calendar;
  const stance = stances(site, rng);
  const people: Person[] = [];
  for (let p = 0; p < site.workers; p++) {
    const unit = site.unit(p);
    const { name, language } = syntheticName(rng, site.spanish[p] === 1);
    const left = site.leftDay[p] as number;
    people.push({
      id: site.personId(p),
      name,
      circle: 'sun',
      unit: unit.path,
      role:
        p === site.cast.organizer && unit.department.roles.includes('Registered nurse')
          ? 'Registered nurse'
          : rng.pick(unit.department.roles),
      startedOn: cal.iso(site.startDay[p] as number),
      leftOn: left < cal.days ? cal.iso(left) : null,
      language,
      stance: stance[p] as Stance,
      contact: null,
    });
  }
  OUTSIDERS.forEach((o, i) => {
    const { name, language } = syntheticName(rng, false);
    people.push({
      id: site.personId(site.workers + i),
      name,
      circle: o.circle,
      unit: null,
      role: o.role,
      startedOn: null,
      leftOn: null,
      language,
      stance: 'unknown',
      contact: null,
    });
  });
  return people;
}

/**
 * The demo's options, checked and filled with defaults once, and what follows from them (the story's
 * calendar, how many hospitals).
 */
import { isIsoDate } from '../core/dates.js';
import { siteSizes } from './hospital.js';
import { StoryCalendar } from './story.js';

export interface DemoOptions {
  /** Same seed, same workplace. Default 1. */
  seed?: number;
  /** Workers (sun people). Default 300: one hospital. Past about 450 the workforce spreads over several. */
  people?: number;
  /** The story's last day (YYYY-MM-DD); its three years end here. */
  endDate: string;
  /** Tie observations per worker (the social map as the committee wrote it down). Default 4. */
  tiesPerPerson?: number;
  /**
   * Logged interactions per worker over the three years. Default 15. The story itself needs about 11 a
   * worker (the script and the close pairs' time together), so lower densities give about that many.
   */
  interactionsPerPerson?: number;
}

/**
 * Defaults: a hospital of 300 workers, with what a committee would plausibly have logged in three years.
 * 15 interactions a worker asked for (about 5,100 come out, as year three's close pairs need a few more) is
 * roughly one note a day from the lone organizer in year one, growing to a handful a day from a dozen
 * committee members in year three; 4 tie observations a worker (1,200) is the social map a committee
 * draws when it sits down with a floor plan now and then.
 */
export const DEMO_DEFAULTS = { seed: 1, people: 300, tiesPerPerson: 4, interactionsPerPerson: 15 } as const;

/** Fewer workers than this cannot carry the story's cast (an organizer, a committed core, a committee...). */
export const MIN_PEOPLE = 30;

export interface DemoConfig {
  seed: number;
  people: number;
  endDate: string;
  tiesPerPerson: number;
  interactionsPerPerson: number;
  calendar: StoryCalendar;
  sites: number;
  siteSize: (site: number) => number;
}

export function demoConfig(options: DemoOptions): DemoConfig {
  const seed = options.seed ?? DEMO_DEFAULTS.seed;
  const people = options.people ?? DEMO_DEFAULTS.people;
  const tiesPerPerson = options.tiesPerPerson ?? DEMO_DEFAULTS.tiesPerPerson;
  const interactionsPerPerson = options.interactionsPerPerson ?? DEMO_DEFAULTS.interactionsPerPerson;
  if (!Number.isInteger(seed)) throw new RangeError('the demo seed must be a whole number');
  if (!Number.isInteger(people) || people < MIN_PEOPLE) {
    throw new RangeError(`the demo needs a whole number of at least ${MIN_PEOPLE} people`);
  }
  if (!(tiesPerPerson >= 0) || !(interactionsPerPerson >= 0)) {
    throw new RangeError('ties and interactions per person cannot be negative');
  }
  if (!isIsoDate(options.endDate)) throw new RangeError('the end date is written YYYY-MM-DD');
  const { sites, sizeOf } = siteSizes(people);
  return {
    seed,
    people,
    endDate: options.endDate,
    tiesPerPerson,
    interactionsPerPerson,
    calendar: new StoryCalendar(options.endDate),
    sites,
    siteSize: sizeOf,
  };
}

/**
 * What the web app's views of a workspace (the relationship map, the wall chart; docs/web-views.md) need
 * beside the model's own accumulator: the people's records (names, stance, dates) and the first day each
 * person and each pair of people appears in the records, for the map's date slider. Records are fed the
 * way the model takes them (accumulator.ts): one at a time or a page at a time, in the same order as
 * `addRecords`, so a stored workspace can be streamed through it.
 *
 * A pair "appears" on the first day evidence of it was recorded that the model counts: an interaction of at
 * most `largestGathering` people holding both, or a tie observation of the two. A person appears on the
 * earliest of their start date, their first interaction and their first tie observation. Records after the
 * analysis date are not seen, as everywhere in the model.
 */
import type { Ask, Committee, Grievance, Interaction, Person, TieObservation, WorkspaceRecords } from '../records.js';
import { isoDay, ModelAccumulator, type AccumulatorOptions } from './accumulator.js';
import { NO_DAY } from './pair-table.js';

/** Person indices stay below this, so that a pair of them makes one exact number as a map key. */
const PAIR_KEY_BASE = 2 ** 26;

export class ViewAccumulator {
  readonly model: ModelAccumulator;
  /** The people's own records, in the order they came. */
  readonly people: Person[] = [];
  /** First day each person appears, by the model's person index (NO_DAY: not seen). */
  private personFirst: Int32Array = new Int32Array(64).fill(NO_DAY);
  /** First day each pair appears, keyed by lo × 2^26 + hi. */
  private readonly pairFirst = new Map<number, number>();
  private readonly seen = new Set<number>();

  constructor(options: AccumulatorOptions) {
    this.model = new ModelAccumulator(options);
  }

  addPerson(person: Person): void {
    this.model.addPerson(person);
    this.people.push(person);
    if (person.startedOn !== null) this.sawPerson(this.model.person(person.id), isoDay(person.startedOn));
  }

  addCommittee(committee: Committee): void {
    this.model.addCommittee(committee);
  }

  addGrievance(grievance: Grievance): void {
    this.model.addGrievance(grievance);
  }

  addAsk(ask: Ask, interactionDate?: string | null): void {
    this.model.addAsk(ask, interactionDate);
  }

  addTie(tie: TieObservation): void {
    this.model.addTie(tie);
    if (tie.a === tie.b) return;
    const day = isoDay(tie.observedOn);
    if (day > this.model.asOfDay) return;
    const a = this.model.person(tie.a);
    const b = this.model.person(tie.b);
    this.sawPerson(a, day);
    this.sawPerson(b, day);
    this.sawPair(a, b, day);
  }

  addInteraction(interaction: Interaction): void {
    this.model.addInteraction(interaction);
    const day = isoDay(interaction.occurredOn);
    if (day > this.model.asOfDay) return;
    const who = this.seen;
    who.clear();
    for (const id of interaction.participants) who.add(this.model.person(id));
    for (const i of who) this.sawPerson(i, day);
    if (who.size > this.model.settings.largestGathering) return;
    const list = [...who];
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) this.sawPair(list[x]!, list[y]!, day);
    }
  }

  /** Every record of a small workspace, in the model's order (asks before interactions). */
  addRecords(records: Partial<WorkspaceRecords>): this {
    for (const p of records.people ?? []) this.addPerson(p);
    for (const c of records.committees ?? []) this.addCommittee(c);
    for (const g of records.grievances ?? []) this.addGrievance(g);
    for (const a of records.asks ?? []) this.addAsk(a);
    for (const t of records.ties ?? []) this.addTie(t);
    for (const i of records.interactions ?? []) this.addInteraction(i);
    return this;
  }

  /** The first day person `i` (a model index) appears, or NO_DAY. */
  firstDayOfPerson(i: number): number {
    return i < this.personFirst.length ? this.personFirst[i]! : NO_DAY;
  }

  /** The first day the pair of model indices appears, or NO_DAY. */
  firstDayOfPair(a: number, b: number): number {
    return this.pairFirst.get(pairKey(a, b)) ?? NO_DAY;
  }

  private sawPerson(i: number, day: number): void {
    if (day > this.model.asOfDay) return;
    if (i >= this.personFirst.length) {
      const grown = new Int32Array(Math.max(i + 1, this.personFirst.length * 2)).fill(NO_DAY);
      grown.set(this.personFirst);
      this.personFirst = grown;
    }
    const had = this.personFirst[i]!;
    if (had === NO_DAY || day < had) this.personFirst[i] = day;
  }

  private sawPair(a: number, b: number, day: number): void {
    const key = pairKey(a, b);
    const had = this.pairFirst.get(key);
    if (had === undefined || day < had) this.pairFirst.set(key, day);
  }
}

function pairKey(a: number, b: number): number {
  if (a >= PAIR_KEY_BASE || b >= PAIR_KEY_BASE) throw new RangeError('too many people for one analysis');
  return a < b ? a * PAIR_KEY_BASE + b : b * PAIR_KEY_BASE + a;
}

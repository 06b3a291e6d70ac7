/**
 * The model's way in: records are fed one at a time or a page at a time, in any order, and only what the
 * figures need is kept (per person a few typed-array cells, per pair the evidence of pair-table.ts, per ask
 * a few numbers). Nothing holds every interaction at once, so a workspace of ten million interactions can be
 * streamed out of the store page by page (src/store/analysis.store.ts). `analyze` (analysis.ts) finishes it.
 */
import type { Ask, Committee, Grievance, Interaction, Person, TieObservation, WorkspaceRecords } from '../records.js';
import type { InteractionKind, Side, TieSide } from '../vocabulary.js';
import { isoDay } from './iso-day.js';
import { F32, F64_CONTACT, I32, NO_DAY, PairTable } from './pair-table.js';
import type { ModelSettings } from './settings.js';
import { resolveModelSettings } from './settings.js';
import {
  IMPLIED_SIDES,
  SIDE_COUNT,
  SIDE_INDEX,
  decay,
  interactionPairWeight,
  observationWeight,
  tensionWeight,
} from './tie-strength.js';

export { isoDay, isoDayAt } from './iso-day.js';

export const CIRCLE_CODE = { unknown: 0, sun: 1, moon: 2, satellite: 3 } as const;

export const RESPONSE_CODE = { yes: 0, no: 1, maybe: 2, no_answer: 3 } as const;
export const COMFORT_CODE = { none: 0, comfortable: 1, hesitant: 2, uncomfortable: 3 } as const;
export const WANTED_CODE = { yes: 0, no: 1, unknown: 2 } as const;
export const FOLLOW_CODE = { yes: 0, no: 1, pending: 2, unknown: 3 } as const;

/** What the model reads of an ask. */
export type AskFields = Pick<
  Ask,
  'interaction' | 'occurredOn' | 'by' | 'to' | 'response' | 'comfort' | 'wanted' | 'followedThrough'
>;

/** Asks, one row per ask, as numbers. */
export class AskColumns {
  size = 0;
  by = new Int32Array(16);
  to = new Int32Array(16);
  day = new Int32Array(16);
  response = new Uint8Array(16);
  comfort = new Uint8Array(16);
  wanted = new Uint8Array(16);
  followed = new Uint8Array(16);

  push(by: number, to: number, day: number, ask: AskFields): number {
    if (this.size === this.by.length) this.grow();
    const r = this.size++;
    this.by[r] = by;
    this.to[r] = to;
    this.day[r] = day;
    this.response[r] = RESPONSE_CODE[ask.response];
    this.comfort[r] = COMFORT_CODE[ask.comfort ?? 'none'];
    this.wanted[r] = WANTED_CODE[ask.wanted];
    this.followed[r] = FOLLOW_CODE[ask.followedThrough];
    return r;
  }

  private grow(): void {
    const cap = this.by.length * 2;
    const more = <T extends Int32Array | Uint8Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    this.by = more(this.by);
    this.to = more(this.to);
    this.day = more(this.day);
    this.response = more(this.response);
    this.comfort = more(this.comfort);
    this.wanted = more(this.wanted);
    this.followed = more(this.followed);
  }
}

/** What is kept of each person, by person index. */
export class PersonColumns {
  size = 0;
  /** 1 once the person's own record was seen. */
  known = new Uint8Array(16);
  circle = new Uint8Array(16);
  startedDay = new Int32Array(16).fill(NO_DAY);
  leftDay = new Int32Array(16).fill(NO_DAY);
  supporter = new Uint8Array(16);
  committee = new Uint8Array(16);
  /** The most recent grievance the person raised themselves, as heat: decay(age, heat half-life); 0 if none. */
  heat = new Float64Array(16);
  unit: (string | null)[] = [];

  grow(): void {
    const cap = this.known.length * 2;
    const more = <T extends Int32Array | Uint8Array | Float64Array>(a: T, fill?: number): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      if (fill !== undefined) b.fill(fill);
      b.set(a);
      return b;
    };
    this.known = more(this.known);
    this.circle = more(this.circle);
    this.startedDay = more(this.startedDay, NO_DAY);
    this.leftDay = more(this.leftDay, NO_DAY);
    this.supporter = more(this.supporter);
    this.committee = more(this.committee);
    this.heat = more(this.heat);
  }
}

export interface GrievanceEntry {
  id: string;
  record: Grievance | null;
  /** Person indices of those who raised it themselves. */
  sharers: Set<number>;
}

/** What the model reads of a person's record. */
export type PersonFields = Pick<Person, 'id' | 'circle' | 'unit' | 'startedOn' | 'leftOn' | 'stance'>;

/** The sides a tie observation names, as the accumulator counts them (see {@link observedSides}). */
export interface ObservedSides {
  /** The side index of each non-tension side named, in order (a side named twice counts twice). */
  readonly sides: readonly number[];
  /** Some side other than tension was named. */
  readonly positive: boolean;
  readonly tension: boolean;
}

export function observedSides(sides: readonly TieSide[]): ObservedSides {
  const out: number[] = [];
  let tension = false;
  for (const side of sides) {
    if (side === 'tension') tension = true;
    else out.push(SIDE_INDEX[side]);
  }
  return { sides: out, positive: out.length > 0, tension };
}

/** The sides an interaction touches, one bit per side index: those it names and the one its kind implies. */
export function interactionSideMask(kind: InteractionKind, sides: readonly Side[]): number {
  let mask = 0;
  for (const side of sides) mask |= 1 << SIDE_INDEX[side];
  const implied: Side | undefined = IMPLIED_SIDES[kind];
  if (implied !== undefined) mask |= 1 << SIDE_INDEX[implied];
  return mask;
}

export interface AccumulatorOptions {
  /** The analysis date (YYYY-MM-DD): records after it are ignored. */
  asOf: string;
  settings?: ModelSettings;
  /** Keep only pairs and asks involving this person (the fast per-person path). */
  focus?: string;
}

export class ModelAccumulator {
  readonly asOf: string;
  readonly asOfDay: number;
  readonly settings: ModelSettings;
  readonly ids: string[] = [];
  readonly people = new PersonColumns();
  readonly pairs = new PairTable();
  readonly asks = new AskColumns();
  readonly grievances = new Map<string, GrievanceEntry>();
  readonly focus: number;
  private readonly index = new Map<string, number>();
  /** Asks without a date of their own wait here for their interaction's date. */
  private readonly undated = new Map<string, { ask: AskFields }[]>();
  private readonly scratch: number[] = [];
  private readonly pairDecay: Decays;
  private readonly heatDecay: Decays;

  constructor(options: AccumulatorOptions) {
    this.asOf = options.asOf;
    this.asOfDay = isoDay(options.asOf);
    this.settings = options.settings ?? resolveModelSettings();
    this.pairDecay = new Decays(this.settings.halfLifeDays);
    this.heatDecay = new Decays(this.settings.heatHalfLifeDays);
    this.focus = options.focus === undefined ? -1 : this.person(options.focus);
  }

  /** The index of a person id, interned on first sight. */
  person(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.ids.push(id);
      this.index.set(id, i);
      const p = this.people;
      if (p.size === p.known.length) p.grow();
      p.size++;
      p.unit.push(null);
    }
    return i;
  }

  /** The index of a person id already seen, or -1. */
  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  addPerson(person: PersonFields): void {
    const i = this.person(person.id);
    const p = this.people;
    p.known[i] = 1;
    p.circle[i] = CIRCLE_CODE[person.circle];
    p.unit[i] = person.unit;
    p.startedDay[i] = person.startedOn ? isoDay(person.startedOn) : NO_DAY;
    p.leftDay[i] = person.leftOn ? isoDay(person.leftOn) : NO_DAY;
    p.supporter[i] = person.stance === 'supporter' ? 1 : 0;
  }

  addCommittee(committee: Pick<Committee, 'members'>): void {
    for (const id of committee.members) this.people.committee[this.person(id)] = 1;
  }

  addGrievance(grievance: Grievance): void {
    this.grievanceEntry(grievance.id).record = grievance;
  }

  private grievanceEntry(id: string): GrievanceEntry {
    let g = this.grievances.get(id);
    if (!g) {
      g = { id, record: null, sharers: new Set() };
      this.grievances.set(id, g);
    }
    return g;
  }

  addInteraction(interaction: Interaction): void {
    const day = isoDay(interaction.occurredOn);
    const waiting = this.undated.size > 0 ? this.undated.get(interaction.id) : undefined;
    if (waiting) {
      this.undated.delete(interaction.id);
      for (const { ask } of waiting) this.addAsk(ask, interaction.occurredOn);
    }
    if (day > this.asOfDay) return;

    for (const r of interaction.raised) if (r.by !== null) this.addRaising(r.grievance, this.person(r.by), day);

    const who = this.scratch;
    who.length = 0;
    if (interaction.participants.length <= 16) {
      for (const id of interaction.participants) {
        const i = this.person(id);
        if (!who.includes(i)) who.push(i);
      }
    } else {
      for (const i of new Set(interaction.participants.map((id) => this.person(id)))) who.push(i);
    }
    if (who.length > this.settings.largestGathering) return;
    const starter = interaction.initiatedBy === null ? -1 : this.person(interaction.initiatedBy);
    this.addGathering(day, interaction.kind, interactionSideMask(interaction.kind, interaction.sides), starter, who);
  }

  /**
   * A grievance raised by person index `by` in an interaction on `day` (days since 1970): the way in for a
   * reader that has interned the people itself (src/store/analysis.store.ts). addInteraction calls it.
   */
  addRaising(grievance: string, by: number, day: number): void {
    const age = this.asOfDay - day;
    if (age < 0) return;
    this.grievanceEntry(grievance).sharers.add(by);
    const h = this.heatDecay.at(age);
    if (h > this.people.heat[by]!) this.people.heat[by] = h;
  }

  /**
   * What an interaction on `day` adds to every pair of `who[from .. to]` (distinct person indices): the way in
   * for a reader that has interned the people itself. `sideMask` is {@link interactionSideMask}; `starter` the
   * index of who started it, or -1. addInteraction calls it.
   */
  addGathering(
    day: number,
    kind: InteractionKind,
    sideMask: number,
    starter: number,
    who: ArrayLike<number>,
    from = 0,
    to = who.length,
  ): void {
    const age = this.asOfDay - day;
    if (age < 0) return;
    const s = this.settings;
    const size = to - from;
    if (size > s.largestGathering) return;
    const w = interactionPairWeight(kind, size, s) * this.pairDecay.at(age);
    const recent = age <= s.careWindowDays ? 1 : 0;
    const pairs = this.pairs;
    for (let x = from; x < to; x++) {
      for (let y = x + 1; y < to; y++) {
        const a = who[x]!;
        const b = who[y]!;
        if (this.focus >= 0 && a !== this.focus && b !== this.focus) continue;
        const r = pairs.row(a, b);
        const i32 = pairs.i32;
        const f32 = pairs.f32;
        const at = r << 4;
        pairs.f64[(r << 3) + F64_CONTACT]! += w;
        for (let k = 0; k < SIDE_COUNT; k++) if (sideMask & (1 << k)) f32[at + F32.sides + k]! += w;
        if (starter >= 0) {
          if (starter === (a < b ? a : b)) f32[at + F32.startedByLo]! += w;
          else if (starter === (a < b ? b : a)) f32[at + F32.startedByHi]! += w;
        }
        if (day > i32[at + I32.lastContact]!) i32[at + I32.lastContact] = day;
        i32[at + I32.recentContacts]! += recent;
      }
    }
  }

  addTie(tie: Omit<TieObservation, 'observedBy'>): void {
    if (tie.a === tie.b) return;
    const day = isoDay(tie.observedOn);
    if (day > this.asOfDay) return;
    this.addObservation(
      this.person(tie.a),
      this.person(tie.b),
      day,
      tie.closeness,
      tie.directed,
      observedSides(tie.sides),
    );
  }

  /**
   * A tie observation of person indices a and b on `day`: the way in for a reader that has interned the people
   * itself. addTie calls it.
   */
  addObservation(
    a: number,
    b: number,
    day: number,
    closeness: 1 | 2 | 3 | null,
    directed: boolean,
    sides: ObservedSides,
  ): void {
    if (a === b) return;
    const age = this.asOfDay - day;
    if (age < 0) return;
    if (this.focus >= 0 && a !== this.focus && b !== this.focus) return;
    const s = this.settings;
    const d = this.pairDecay.at(age);
    const r = this.pairs.row(a, b);
    const f32 = this.pairs.f32;
    const at = r << 4;
    if (sides.positive) {
      const w = observationWeight(closeness, directed, s) * d;
      this.pairs.f64[(r << 3) + F64_CONTACT]! += w;
      for (const k of sides.sides) f32[at + F32.sides + k]! += w;
    }
    if (sides.tension) f32[at + F32.tension]! += tensionWeight(directed, s) * d;
  }

  /**
   * An ask, dated by its own date, else by `interactionDate`, else by its interaction's date once that
   * interaction is added. (An undated ask added after its interaction, without `interactionDate`, is left out:
   * feed asks before interactions, or give the date, as the store does.)
   */
  addAsk(ask: AskFields, interactionDate?: string | null): void {
    if (ask.by === ask.to) return;
    const date = ask.occurredOn ?? interactionDate ?? null;
    if (date === null) {
      if (ask.interaction !== null) {
        const list = this.undated.get(ask.interaction);
        if (list) list.push({ ask });
        else this.undated.set(ask.interaction, [{ ask }]);
      }
      return;
    }
    const day = isoDay(date);
    if (day > this.asOfDay) return;
    const by = this.person(ask.by);
    const to = this.person(ask.to);
    if (this.focus >= 0 && by !== this.focus && to !== this.focus) return;
    this.asks.push(by, to, day, ask);
  }

  /** Every record of a small workspace, asks before interactions so every ask finds its date. */
  addRecords(records: Partial<WorkspaceRecords>): this {
    for (const p of records.people ?? []) this.addPerson(p);
    for (const c of records.committees ?? []) this.addCommittee(c);
    for (const g of records.grievances ?? []) this.addGrievance(g);
    for (const a of records.asks ?? []) this.addAsk(a);
    for (const t of records.ties ?? []) this.addTie(t);
    for (const i of records.interactions ?? []) this.addInteraction(i);
    return this;
  }
}

/**
 * decay(age, half-life) by whole days of age, each worked out once: an analysis asks for the same few thousand
 * ages millions of times. The same numbers as calling decay each time.
 */
class Decays {
  private values = new Float64Array(0);

  constructor(private readonly halfLifeDays: number) {}

  at(age: number): number {
    if (!Number.isInteger(age) || age < 0 || age > 1_000_000) return decay(age, this.halfLifeDays);
    if (age >= this.values.length) {
      const more = new Float64Array(Math.max(age + 1, 2 * this.values.length, 1024)).fill(NaN);
      more.set(this.values);
      this.values = more;
    }
    let value = this.values[age]!;
    if (Number.isNaN(value)) this.values[age] = value = decay(age, this.halfLifeDays);
    return value;
  }
}

/**
 * The scripted story of a site: what the organizer, the committed core, the committee and the people
 * around them did, as interactions, asks, actions and committees. It is small (a few hundred records a
 * site, whatever the density), so each pass of the streaming generator can rebuild it: the asks pass gets
 * the same interaction ids as the interactions pass without keeping anything between them.
 *
 * The beats live in script-*.ts, one file per stretch of the story, run in order by {@link buildScript}; the
 * bargaining campaign and strike (issue 6) run last, and their interactions come on top of the month's volume.
 */
import type { PowerRecords } from '../core/power-records.js';
import type { Action, Ask, Committee, Interaction } from '../core/records.js';
import type {
  ActionKind,
  AskResponse,
  Comfort,
  FollowThrough,
  InteractionKind,
  Outcome,
  Side,
  Wanted,
} from '../core/vocabulary.js';
import { interactionId, toInteraction } from './draft.js';
import { note, type NoteKind } from './notes.js';
import { GrievanceBook, type SharedSpace, spaceId } from './places.js';
import { rngFor, type Rng } from './random.js';
import type { SiteModel } from './site.js';
import { yearOneAndTwo } from './script-early.js';
import { yearThreeTies } from './script-ties.js';
import { yearThreeAction } from './script-action.js';
import { bargainingAndStrike } from './script-bargaining.js';

export interface Script {
  interactions: Interaction[];
  asks: Ask[];
  actions: Action[];
  committees: Committee[];
  /** The bargaining campaign's and the strike's records (script-bargaining.ts). */
  power: PowerRecords;
  /**
   * Interactions of the story before the bargaining campaign: the texture fills what these leave of the
   * month's volume, so that the campaign's few interactions come on top and the earlier story stays as it was.
   */
  storyInteractions: number;
}

export interface Meeting {
  kind: InteractionKind;
  sides: Side[];
  /** Who started it; null when the record does not say. */
  by?: number | null;
  space?: string | null;
  /** Grievances raised, by whom: a grievance key, or null for the person's own (GrievanceBook.forWorker). */
  raised?: readonly (readonly [number, string | null])[];
  notes?: NoteKind | null;
  /** How likely the note is written down at all. */
  noteChance?: number;
}

export interface AskTerms {
  what: string;
  response: AskResponse;
  comfort: Comfort | null;
  wanted: Wanted;
  followedThrough: FollowThrough;
}

export class ScriptBuilder implements Script {
  readonly interactions: Interaction[] = [];
  readonly asks: Ask[] = [];
  readonly actions: Action[] = [];
  readonly committees: Committee[] = [];
  readonly power: PowerRecords = {
    mandates: [],
    moon_sessions: [],
    votes: [],
    satellite_effects: [],
    picket_shifts: [],
    mutual_aid: [],
  };
  storyInteractions = 0;
  readonly book: GrievanceBook;
  /** People who said yes to a step, by step: the petition and the march draw on them. */
  readonly agreed = new Map<string, Set<number>>();
  private readonly atWorkCache = new Map<string, number[]>();
  private interactionSeq = 0;
  private askSeq = 0;
  private actionSeq = 0;

  constructor(
    readonly site: SiteModel,
    readonly rng: Rng,
  ) {
    this.book = new GrievanceBook(site);
  }

  get cast(): SiteModel['cast'] {
    return this.site.cast;
  }

  /**
   * Whether a worker's unit runs hot in a story month (year three by default), so that their conversations
   * carry grievances: quiet units stay quiet in the script as in the texture.
   */
  hot(p: number, storyMonth = 24): boolean {
    if (p >= this.site.workers) return true;
    const arc = this.site.unit(p).arc;
    return arc === 'ready' || arc === 'stuck' || (arc === 'cooled' && storyMonth < 26 && storyMonth >= 12);
  }

  space(key: SharedSpace): string {
    return spaceId(this.site, key);
  }

  /** Workers the story may involve in a story month, in one person's department or anywhere (do not change it). */
  atWork(storyMonth: number, sameDepartmentAs?: number): readonly number[] {
    const month = this.site.beat(storyMonth);
    const department = sameDepartmentAs === undefined ? null : this.site.department(sameDepartmentAs);
    const key = `${month}|${department?.name ?? ''}`;
    let list = this.atWorkCache.get(key);
    if (!list) {
      list = this.site.units
        .filter((u) => department === null || u.department === department)
        .flatMap((u) => this.site.reachable(u, month));
      this.atWorkCache.set(key, list);
    }
    return list;
  }

  /** People of `list` at work for the whole of a story month (outsiders always are), never the untouchable. */
  present(storyMonth: number, list: readonly number[]): number[] {
    const month = this.site.beat(storyMonth);
    return [...new Set(list)].filter((p) => this.site.active(p, month) && this.site.untouchable[p] !== 1);
  }

  /** An interaction in a story month among those of `people` at work then; null when fewer than two are. */
  meet(storyMonth: number, people: readonly number[], m: Meeting): Interaction | null {
    const participants = this.present(storyMonth, people);
    if (participants.length < 2) return null;
    const month = this.site.beat(storyMonth);
    const day = this.site.config.calendar.dayIn(month, this.rng.next());
    const by = m.by === undefined ? participants[0]! : m.by;
    const raised = (m.raised ?? [])
      .filter(([p]) => participants.includes(p))
      .map(([p, key]) => ({
        by: p,
        grievance:
          key === null
            ? this.book.forWorker(this.rng, this.site.department(p), this.site.storyMonth(month))
            : this.book.id(key),
      }));
    const spanish = participants.every((p) => this.site.spanish[p] === 1);
    const written = m.notes && this.rng.chance(m.noteChance ?? 0.5);
    const interaction = toInteraction(
      this.site,
      {
        day,
        participants,
        kind: m.kind,
        sides: m.sides,
        initiatedBy: by !== null && participants.includes(by) ? by : null,
        space: m.space ?? null,
        raised,
        notes: written && m.notes ? note(this.rng, m.notes, spanish) : null,
      },
      interactionId(this.site, day, 's', ++this.interactionSeq),
    );
    this.interactions.push(interaction);
    return interaction;
  }

  /** An ask made in an interaction, by one participant to another; remembered when the answer is yes. */
  ask(interaction: Interaction | null, by: number, to: number, terms: AskTerms, step?: string): Ask | null {
    if (!interaction) return null;
    const [byId, toId] = [this.site.personId(by), this.site.personId(to)];
    if (!interaction.participants.includes(byId) || !interaction.participants.includes(toId)) return null;
    const ask: Ask = {
      id: `${this.site.prefix}a${++this.askSeq}`,
      interaction: interaction.id,
      occurredOn: null,
      by: byId,
      to: toId,
      ...terms,
    };
    this.asks.push(ask);
    if (step && terms.response === 'yes') this.agreed.set(step, (this.agreed.get(step) ?? new Set()).add(to));
    return ask;
  }

  /** A one-on-one conversation in which `by` asks `to` for a step. */
  askInPerson(storyMonth: number, by: number, to: number, terms: AskTerms, m: Partial<Meeting> = {}, step?: string) {
    const interaction = this.meet(storyMonth, [by, to], {
      kind: 'one_on_one',
      sides: ['social', 'political'],
      by,
      ...m,
    });
    return this.ask(interaction, by, to, terms, step);
  }

  action(
    storyMonth: number,
    a: {
      title: string;
      kind: ActionKind;
      space: string | null;
      grievances: string[];
      people: readonly number[];
      outcome: Outcome;
      /** The calendar day it began, when the story fixes it (a strike on its first picket day); else a day of the month. */
      day?: number;
    },
  ): Action {
    const month = this.site.beat(storyMonth);
    const cal = this.site.config.calendar;
    // drawn even when the day is given, so that the rest of the story stays as it was
    const drawn = cal.dayIn(month, this.rng.next());
    const action: Action = {
      id: `${this.site.prefix}act${++this.actionSeq}`,
      title: a.title,
      kind: a.kind,
      occurredOn: cal.iso(a.day ?? drawn),
      space: a.space,
      grievances: [...new Set(a.grievances.map((k) => this.book.id(k)))],
      participants: this.present(storyMonth, a.people).map((p) => this.site.personId(p)),
      outcome: a.outcome,
    };
    this.actions.push(action);
    return action;
  }

  committee(key: string, name: string, members: readonly number[]): void {
    this.committees.push({
      id: `${this.site.prefix}c-${key}`,
      name,
      members: [...new Set(members)].map((p) => this.site.personId(p)),
    });
  }
}

/** The beats of the story, in order. */
const BEAT_FILES: readonly ((b: ScriptBuilder) => void)[] = [yearOneAndTwo, yearThreeTies, yearThreeAction];

export function buildScript(site: SiteModel): Script {
  const builder = new ScriptBuilder(site, rngFor(site.config.seed, 'script', site.index));
  for (const beat of BEAT_FILES) beat(builder);
  builder.storyInteractions = builder.interactions.length;
  bargainingAndStrike(builder);
  return builder;
}

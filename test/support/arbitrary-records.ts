/**
 * fast-check arbitraries for valid workspace records: every reference resolves, every value passes the domain
 * schemas, and text is made to be awkward (quotes, commas, line breaks, leading = + - @ and ', accents, CJK,
 * emoji, spaces inside ids). Raisings come in the bundle's canonical order (raised-by.ts): grouped by
 * grievance, each grievance raised by someone unnamed or by a list of named participants.
 */
import fc from 'fast-check';
import { isValidId } from '../../src/core/ids.js';
import type { z } from 'zod';
import {
  actionSchema,
  askSchema,
  committeeSchema,
  grievanceSchema,
  interactionSchema,
  personSchema,
  spaceSchema,
  tieObservationSchema,
  type Action,
  type Ask,
  type Committee,
  type Grievance,
  type Interaction,
  type Person,
  type RecordKind,
  type Space,
  type TieObservation,
  type WorkspaceRecords,
} from '../../src/core/records.js';
import {
  ACTION_KINDS,
  ASK_RESPONSES,
  CIRCLES,
  CLOSENESS,
  COMFORTS,
  FOLLOW_THROUGH,
  INTERACTION_KINDS,
  OUTCOMES,
  SIDES,
  SPACE_KINDS,
  STANCES,
  TIE_SIDES,
  WANTED,
  WINNABLE,
} from '../../src/core/vocabulary.js';

/** The schema of each kind of record. */
export const RECORD_SCHEMAS = {
  people: personSchema,
  ties: tieObservationSchema,
  interactions: interactionSchema,
  grievances: grievanceSchema,
  asks: askSchema,
  spaces: spaceSchema,
  actions: actionSchema,
  committees: committeeSchema,
} as const satisfies Record<RecordKind, z.ZodObject>;

/** Pieces of text that trip CSV writers, readers and spreadsheets. */
const TRICKY = [
  'a',
  'Z',
  '7',
  ' ',
  ',',
  '"',
  "'",
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\n',
  '\r\n',
  '\r',
  ';',
  ':',
  'é',
  'ñ',
  '名',
  '😀',
  '\u00a0',
];
const ID_UNITS = ['a', 'b', 'Z', '0', '9', '-', '_', '.', ' ', '"', ',', '=', '+', '@', "'", 'é', '名', '😀'];
const UNIT_UNITS = ['A', 'b', 'z', ' ', ',', '"', "'", '=', 'é', '名', '-'];

const id = fc.string({ unit: fc.constantFrom(...ID_UNITS), minLength: 1, maxLength: 8 }).filter(isValidId);

/** Free text as a person types it, untrimmed: optional text is kept as it is. */
const rawText = fc.string({ unit: fc.constantFrom(...TRICKY), minLength: 1, maxLength: 24 });
/** Required text: the schemas trim it and want something left. */
const text = rawText.map((s) => s.trim()).filter((s) => s.length > 0);
const optionalText = fc.option(rawText, { nil: null });

const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2039-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const optionalDate = fc.option(date, { nil: null });

const segment = fc
  .string({ unit: fc.constantFrom(...UNIT_UNITS), minLength: 1, maxLength: 6 })
  .map((s) => s.trim())
  .filter((s) => s.length > 0);
const unitPath = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('/'));
const optionalUnit = fc.option(unitPath, { nil: null });

const ids = (max: number, minLength = 0) => fc.uniqueArray(id, { minLength, maxLength: max });
const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);
const pickOrNull = <T>(items: readonly T[]) =>
  items.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...items), { nil: null });
const someOf = <T>(items: readonly T[], minLength = 0) => fc.shuffledSubarray([...items], { minLength });

export const arbitraryRecords: fc.Arbitrary<WorkspaceRecords> = fc
  .record({ people: ids(8), spaces: ids(3), grievances: ids(4), interactions: ids(6) })
  .chain((keys) => {
    const P = keys.people;
    // An interaction needs two people; without them there are no interactions to name.
    const I = P.length > 1 ? keys.interactions : [];
    const person = (pid: string): fc.Arbitrary<Person> =>
      fc.record({
        id: fc.constant(pid),
        name: text,
        circle: pick(CIRCLES),
        unit: optionalUnit,
        role: optionalText,
        startedOn: optionalDate,
        leftOn: optionalDate,
        language: optionalText,
        stance: pick(STANCES),
        contact: optionalText,
      });
    const space = (sid: string): fc.Arbitrary<Space> =>
      fc.record({ id: fc.constant(sid), name: text, kind: pick(SPACE_KINDS), unit: optionalUnit });
    const grievance = (gid: string): fc.Arbitrary<Grievance> =>
      fc.record({ id: fc.constant(gid), title: text, unit: optionalUnit, winnable: pick(WINNABLE) });
    const interaction = (iid: string): fc.Arbitrary<Interaction> =>
      someOf(P, 2).chain((participants) =>
        fc.record({
          id: fc.constant(iid),
          occurredOn: date,
          participants: fc.constant(participants),
          kind: pick(INTERACTION_KINDS),
          sides: someOf(SIDES),
          initiatedBy: pickOrNull(P),
          space: pickOrNull(keys.spaces),
          raised: someOf(keys.grievances).chain((gs) =>
            fc.tuple(...gs.map(() => fc.option(someOf(participants, 1), { nil: null }))).map((people) =>
              gs.flatMap((g, i): Interaction['raised'] => {
                const by = people[i];
                return by ? by.map((p) => ({ grievance: g, by: p })) : [{ grievance: g, by: null }];
              }),
            ),
          ),
          notes: optionalText,
        }),
      );
    const tie = (): fc.Arbitrary<TieObservation> =>
      fc
        .tuple(pick(P), pick(P))
        .filter(([a, b]) => a !== b)
        .chain(([a, b]) =>
          fc.record({
            a: fc.constant(a),
            b: fc.constant(b),
            sides: someOf(TIE_SIDES, 1),
            closeness: pickOrNull(CLOSENESS),
            directed: fc.boolean(),
            observedOn: date,
            observedBy: pickOrNull(P),
          }),
        );
    const ask = (aid: string): fc.Arbitrary<Ask> =>
      fc
        .record({
          id: fc.constant(aid),
          interaction: pickOrNull(I),
          occurredOn: optionalDate,
          by: pick(P),
          to: pick(P),
          what: text,
          response: pick(ASK_RESPONSES),
          comfort: pickOrNull(COMFORTS),
          wanted: pick(WANTED),
          followedThrough: pick(FOLLOW_THROUGH),
        })
        .map((a) => (a.interaction === null && a.occurredOn === null ? { ...a, occurredOn: '2024-02-29' } : a));
    const action = (xid: string): fc.Arbitrary<Action> =>
      fc.record({
        id: fc.constant(xid),
        title: text,
        kind: pick(ACTION_KINDS),
        occurredOn: date,
        space: pickOrNull(keys.spaces),
        grievances: someOf(keys.grievances),
        participants: someOf(P),
        outcome: pickOrNull(OUTCOMES),
      });
    const committee = (cid: string): fc.Arbitrary<Committee> =>
      fc.record({ id: fc.constant(cid), name: text, members: someOf(P) });

    const withPeople = P.length > 0;
    const pairs = P.length > 1;
    return fc.record({
      people: fc.tuple(...P.map(person)),
      spaces: fc.tuple(...keys.spaces.map(space)),
      grievances: fc.tuple(...keys.grievances.map(grievance)),
      interactions: fc.tuple(...I.map(interaction)),
      ties: pairs
        ? fc.uniqueArray(tie(), { maxLength: 6, selector: (t) => `${t.a}\0${t.b}\0${t.observedOn}\0${t.observedBy}` })
        : fc.constant([]),
      asks: withPeople ? ids(4).chain((as) => fc.tuple(...as.map(ask))) : fc.constant([]),
      actions: ids(3).chain((xs) => fc.tuple(...xs.map(action))),
      committees: ids(3).chain((cs) => fc.tuple(...cs.map(committee))),
    });
  });

/** Records sorted into a stable order (ids, tie keys), for comparing what came back with what went in. */
export function sortedRecords(records: Partial<WorkspaceRecords>): Partial<WorkspaceRecords> {
  const byId = <T extends { id: string }>(xs: T[] | undefined) =>
    xs && [...xs].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const tieKey = (t: TieObservation) => `${t.a}\0${t.b}\0${t.observedOn}\0${t.observedBy ?? ''}`;
  const out: Partial<WorkspaceRecords> = {};
  if (records.people) out.people = byId(records.people)!;
  if (records.spaces) out.spaces = byId(records.spaces)!;
  if (records.grievances) out.grievances = byId(records.grievances)!;
  if (records.interactions) out.interactions = byId(records.interactions)!;
  if (records.asks) out.asks = byId(records.asks)!;
  if (records.actions) out.actions = byId(records.actions)!;
  if (records.committees) out.committees = byId(records.committees)!;
  if (records.ties)
    out.ties = [...records.ties].sort((x, y) => (tieKey(x) < tieKey(y) ? -1 : tieKey(x) > tieKey(y) ? 1 : 0));
  return out;
}

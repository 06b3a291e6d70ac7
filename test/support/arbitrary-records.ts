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
  mandateSchema,
  moonSessionSchema,
  mutualAidSchema,
  picketShiftSchema,
  satelliteEffectSchema,
  voteSchema,
  type Mandate,
  type MoonSession,
  type MutualAid,
  type PicketShift,
  type PowerRecords,
  type SatelliteEffectRecord,
} from '../../src/core/power-records.js';
import { unitAncestry } from '../../src/core/units.js';
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
  AID_KINDS,
  ASK_RESPONSES,
  CIRCLES,
  CLOSENESS,
  COMFORTS,
  FOLLOW_THROUGH,
  INTERACTION_KINDS,
  OUTCOMES,
  SATELLITE_EFFECTS,
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
  mandates: mandateSchema,
  moon_sessions: moonSessionSchema,
  votes: voteSchema,
  satellite_effects: satelliteEffectSchema,
  picket_shifts: picketShiftSchema,
  mutual_aid: mutualAidSchema,
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

const relationshipRecords: fc.Arbitrary<Omit<WorkspaceRecords, keyof PowerRecords>> = fc
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

/**
 * The power map's records over given relationship records, keeping the rules across records
 * (power-records.ts): sessions in moon spaces, shifts in sun spaces, no satellite holding a mandate, no
 * worker's doing taken for a satellite's, targets that name a person or a unit of the bundle.
 */
function powerRecords(r: Omit<WorkspaceRecords, keyof PowerRecords>): fc.Arbitrary<PowerRecords> {
  const P = r.people.map((p) => p.id);
  const holders = r.people.filter((p) => p.circle !== 'satellite').map((p) => p.id);
  const outsiders = r.people.filter((p) => p.circle !== 'sun').map((p) => p.id);
  const moon = r.spaces.filter((s) => s.kind === 'moon').map((s) => s.id);
  const sun = r.spaces.filter((s) => s.kind === 'sun').map((s) => s.id);
  const units = new Set<string>();
  for (const x of [...r.people, ...r.spaces, ...r.grievances])
    if (x.unit) unitAncestry(x.unit).forEach((u) => units.add(u));
  const targets = [...new Set([...P, ...units])];
  const decisions = [...r.interactions.map((i) => i.id), ...r.actions.map((a) => a.id)];
  const count = fc.integer({ min: 0, max: 10_000_000 });
  const dateTime = fc
    .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2039-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 16));
  const some = <T>(items: readonly T[], minLength = 0) => fc.shuffledSubarray([...items], { minLength });
  const none = <T>(): fc.Arbitrary<T[]> => fc.constant([]);
  return ids(3)
    .chain((mandateIds) =>
      fc.record({
        mandates:
          holders.length === 0
            ? none<Mandate>()
            : fc.tuple<Mandate[]>(
                ...mandateIds.map((id) =>
                  fc.record({
                    id: fc.constant(id),
                    decidedOn: date,
                    decidedIn: pickOrNull(decisions),
                    text,
                    holders: some(holders, 1),
                  }),
                ),
              ),
        sessions: moon.length === 0 || P.length === 0 ? none<string>() : ids(3),
      }),
    )
    .chain(({ mandates, sessions }) =>
      fc.record<PowerRecords>({
        mandates: fc.constant(mandates),
        moon_sessions: fc.tuple<MoonSession[]>(
          ...sessions.map((id) =>
            fc
              .record({
                id: fc.constant(id),
                space: pick(moon),
                occurredOn: date,
                attendees: some(P, 1),
                closedDoor: fc.boolean(),
                outcome: optionalText,
                mandates: some(mandates.map((m) => m.id)),
                reportedBackOn: optionalDate,
                reportedTo: some(targets),
              })
              .map((x) => ({
                ...x,
                reportedBackOn:
                  x.reportedBackOn !== null && x.reportedBackOn < x.occurredOn ? x.occurredOn : x.reportedBackOn,
                reportedTo: x.reportedBackOn === null ? [] : x.reportedTo,
              })),
          ),
        ),
        votes: ids(3).chain((vs) =>
          fc.tuple(
            ...vs.map((id) =>
              fc.record({
                id: fc.constant(id),
                mandate: pickOrNull(mandates.map((m) => m.id)),
                session: pickOrNull(sessions),
                heldOn: date,
                question: text,
                yes: count,
                no: count,
                abstain: fc.option(count, { nil: null }),
              }),
            ),
          ),
        ),
        satellite_effects:
          outsiders.length === 0
            ? none<SatelliteEffectRecord>()
            : ids(3).chain((es) =>
                fc.tuple(
                  ...es.map((id) =>
                    fc.record({
                      id: fc.constant(id),
                      satellite: pick(outsiders),
                      occurredOn: date,
                      effect: pick(SATELLITE_EFFECTS),
                      on: some(targets),
                      what: optionalText,
                    }),
                  ),
                ),
              ),
        picket_shifts:
          sun.length === 0
            ? none<PicketShift>()
            : ids(3).chain((ss) =>
                fc.tuple(
                  ...ss.map((id) =>
                    fc
                      .record({
                        id: fc.constant(id),
                        space: pick(sun),
                        startsAt: dateTime,
                        hours: fc.integer({ min: 1, max: 12 }),
                        people: some(P),
                      })
                      .map(({ hours, ...x }) => ({
                        ...x,
                        endsAt: new Date(Date.parse(`${x.startsAt}Z`) + hours * 3_600_000).toISOString().slice(0, 16),
                      })),
                  ),
                ),
              ),
        mutual_aid:
          P.length === 0
            ? none<MutualAid>()
            : ids(3).chain((as) =>
                fc.tuple(
                  ...as.map((id) =>
                    fc.record({
                      id: fc.constant(id),
                      occurredOn: date,
                      givenBy: pickOrNull(P),
                      givenTo: pick(P),
                      kind: pick(AID_KINDS),
                      amount: fc.option(
                        fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100),
                        { nil: null },
                      ),
                    }),
                  ),
                ),
              ),
      }),
    );
}

export const arbitraryRecords: fc.Arbitrary<WorkspaceRecords> = relationshipRecords.chain((r) =>
  powerRecords(r).map((power) => ({ ...r, ...power })),
);

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
  if (records.mandates) out.mandates = byId(records.mandates)!;
  if (records.moon_sessions) out.moon_sessions = byId(records.moon_sessions)!;
  if (records.votes) out.votes = byId(records.votes)!;
  if (records.satellite_effects) out.satellite_effects = byId(records.satellite_effects)!;
  if (records.picket_shifts) out.picket_shifts = byId(records.picket_shifts)!;
  if (records.mutual_aid) out.mutual_aid = byId(records.mutual_aid)!;
  if (records.ties)
    out.ties = [...records.ties].sort((x, y) => (tieKey(x) < tieKey(y) ? -1 : tieKey(x) > tieKey(y) ? 1 : 0));
  return out;
}

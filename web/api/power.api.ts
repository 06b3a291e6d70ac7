/**
 * The power map's records, plans and spaces (src/server/routes: mandates, moon-sessions, votes, satellite-effects,
 * picket-shifts, mutual-aid, plans, spaces, actions): what the power map, accountability, strike and plan pages
 * read, write, correct and remove. Writing mandates and votes is for leads (the API refuses a member); everything
 * else is for members. A removal answers `{ id, removed }`, or a refusal saying what still names the record.
 */
import { api, call, encoded, type OkBody } from './client.js';

const ws = api.workspaces[':workspace'];
const sessions = ws['moon-sessions'];
const shifts = ws['picket-shifts'];

export const listMandates = (workspace: string) => call(() => ws.mandates.$get({ param: encoded({ workspace }) }));
export type MandateInput = Parameters<typeof ws.mandates.$post>[0]['json'];
export const createMandate = (workspace: string, input: MandateInput) =>
  call(() => ws.mandates.$post({ param: encoded({ workspace }), json: input }));
export type MandatePatch = Parameters<(typeof ws.mandates)[':id']['$patch']>[0]['json'];
export const updateMandate = (workspace: string, id: string, patch: MandatePatch) =>
  call(() => ws.mandates[':id'].$patch({ param: encoded({ workspace, id }), json: patch }));
/** Refused while a vote or a session names it. */
export const removeMandate = (workspace: string, id: string) =>
  call(() => ws.mandates[':id'].$delete({ param: encoded({ workspace, id }) }));

export const listMoonSessions = (workspace: string) => call(() => sessions.$get({ param: encoded({ workspace }) }));
export type MoonSessionInput = Parameters<typeof sessions.$post>[0]['json'];
export const createMoonSession = (workspace: string, input: MoonSessionInput) =>
  call(() => sessions.$post({ param: encoded({ workspace }), json: input }));
export type MoonSessionPatch = Parameters<(typeof sessions)[':id']['$patch']>[0]['json'];
/** Above all, the report-back: when, and to whom. */
export const updateMoonSession = (workspace: string, id: string, patch: MoonSessionPatch) =>
  call(() => sessions[':id'].$patch({ param: encoded({ workspace, id }), json: patch }));
/** Refused while a vote names it. */
export const removeMoonSession = (workspace: string, id: string) =>
  call(() => sessions[':id'].$delete({ param: encoded({ workspace, id }) }));

export const listVotes = (workspace: string) => call(() => ws.votes.$get({ param: encoded({ workspace }) }));
export type VoteInput = Parameters<typeof ws.votes.$post>[0]['json'];
export const createVote = (workspace: string, input: VoteInput) =>
  call(() => ws.votes.$post({ param: encoded({ workspace }), json: input }));
export type VotePatch = Parameters<(typeof ws.votes)[':id']['$patch']>[0]['json'];
/** A count corrected, the question reworded, the mandate changed. */
export const updateVote = (workspace: string, id: string, patch: VotePatch) =>
  call(() => ws.votes[':id'].$patch({ param: encoded({ workspace, id }), json: patch }));
export const removeVote = (workspace: string, id: string) =>
  call(() => ws.votes[':id'].$delete({ param: encoded({ workspace, id }) }));

export const listSatelliteEffects = (workspace: string) =>
  call(() => ws['satellite-effects'].$get({ param: encoded({ workspace }) }));
export type SatelliteEffectInput = Parameters<(typeof ws)['satellite-effects']['$post']>[0]['json'];
/** What a satellite (or a moon person) did to workers' relationships and confidence. */
export const createSatelliteEffect = (workspace: string, input: SatelliteEffectInput) =>
  call(() => ws['satellite-effects'].$post({ param: encoded({ workspace }), json: input }));
export type SatelliteEffectPatch = Parameters<(typeof ws)['satellite-effects'][':id']['$patch']>[0]['json'];
export const updateSatelliteEffect = (workspace: string, id: string, patch: SatelliteEffectPatch) =>
  call(() => ws['satellite-effects'][':id'].$patch({ param: encoded({ workspace, id }), json: patch }));
export const removeSatelliteEffect = (workspace: string, id: string) =>
  call(() => ws['satellite-effects'][':id'].$delete({ param: encoded({ workspace, id }) }));

export const listPicketShifts = (workspace: string) => call(() => shifts.$get({ param: encoded({ workspace }) }));
export type PicketShiftInput = Parameters<typeof shifts.$post>[0]['json'];
export const createPicketShift = (workspace: string, input: PicketShiftInput) =>
  call(() => shifts.$post({ param: encoded({ workspace }), json: input }));
export type PicketShiftPatch = Parameters<(typeof shifts)[':id']['$patch']>[0]['json'];
/** Who is on a shift, or when it runs. */
export const updatePicketShift = (workspace: string, id: string, patch: PicketShiftPatch) =>
  call(() => shifts[':id'].$patch({ param: encoded({ workspace, id }), json: patch }));
export const removePicketShift = (workspace: string, id: string) =>
  call(() => shifts[':id'].$delete({ param: encoded({ workspace, id }) }));

export const listMutualAid = (workspace: string) =>
  call(() => ws['mutual-aid'].$get({ param: encoded({ workspace }) }));
export type MutualAidInput = Parameters<(typeof ws)['mutual-aid']['$post']>[0]['json'];
export const createMutualAid = (workspace: string, input: MutualAidInput) =>
  call(() => ws['mutual-aid'].$post({ param: encoded({ workspace }), json: input }));
export type MutualAidPatch = Parameters<(typeof ws)['mutual-aid'][':id']['$patch']>[0]['json'];
export const updateMutualAid = (workspace: string, id: string, patch: MutualAidPatch) =>
  call(() => ws['mutual-aid'][':id'].$patch({ param: encoded({ workspace, id }), json: patch }));
export const removeMutualAid = (workspace: string, id: string) =>
  call(() => ws['mutual-aid'][':id'].$delete({ param: encoded({ workspace, id }) }));

/** Collective actions the viewer may see, the latest first: for a plan's action, a mandate's meeting. */
export const listActions = (workspace: string) => call(() => ws.actions.$get({ param: encoded({ workspace }) }));

export const listPlans = (workspace: string) => call(() => ws.plans.$get({ param: encoded({ workspace }) }));
/** A plan with its pairing, its flags and who was reached by `asOf` (default: today). */
export const getPlan = (workspace: string, id: string, asOf?: string) =>
  call(() => ws.plans[':id'].$get({ param: encoded({ workspace, id }), query: asOf ? { asOf } : {} }));
export type PlanInput = Parameters<typeof ws.plans.$post>[0]['json'];
export const createPlan = (workspace: string, input: PlanInput) =>
  call(() => ws.plans.$post({ param: encoded({ workspace }), json: input }));
export type PlanPatch = Parameters<(typeof ws.plans)[':id']['$patch']>[0]['json'];
export const updatePlan = (workspace: string, id: string, patch: PlanPatch) =>
  call(() => ws.plans[':id'].$patch({ param: encoded({ workspace, id }), json: patch }));
export const removePlan = (workspace: string, id: string) =>
  call(() => ws.plans[':id'].$delete({ param: encoded({ workspace, id }) }));

export type SpacePatch = Parameters<(typeof ws.spaces)[':id']['$patch']>[0]['json'];
/** A space renamed, moved to another unit, or of another kind (as what is held there allows). */
export const updateSpace = (workspace: string, id: string, patch: SpacePatch) =>
  call(() => ws.spaces[':id'].$patch({ param: encoded({ workspace, id }), json: patch }));
/** Refused, saying what still names it, while anything does. */
export const removeSpace = (workspace: string, id: string) =>
  call(() => ws.spaces[':id'].$delete({ param: encoded({ workspace, id }) }));

export type Mandate = OkBody<Awaited<ReturnType<typeof ws.mandates.$get>>>[number];
export type MoonSession = OkBody<Awaited<ReturnType<typeof sessions.$get>>>[number];
export type Vote = OkBody<Awaited<ReturnType<typeof ws.votes.$get>>>[number];
export type SatelliteEffect = OkBody<Awaited<ReturnType<(typeof ws)['satellite-effects']['$get']>>>[number];
export type PicketShift = OkBody<Awaited<ReturnType<typeof shifts.$get>>>[number];
export type MutualAid = OkBody<Awaited<ReturnType<(typeof ws)['mutual-aid']['$get']>>>[number];
export type ActionSummary = OkBody<Awaited<ReturnType<typeof ws.actions.$get>>>[number];
export type Plan = OkBody<Awaited<ReturnType<typeof ws.plans.$get>>>[number];
export type PlanWithReport = OkBody<Awaited<ReturnType<(typeof ws.plans)[':id']['$get']>>>;

/**
 * The closed vocabularies of the domain, shared by the store, the CSV bundle, the API and the web app.
 * Words come from shared/CONCEPTS.md; changing one is a bundle format change (docs/bundle.md).
 */

/** Where a person stands in the power map: workers, the people at the table, outside actors. */
export const CIRCLES = ['sun', 'moon', 'satellite'] as const;
export type Circle = (typeof CIRCLES)[number];

/** A person's stance, only ever as they have said it themselves. */
export const STANCES = ['supporter', 'leaning', 'undecided', 'opposed', 'unknown'] as const;
export type Stance = (typeof STANCES)[number];

/** The sides a relationship or an interaction can touch. */
export const SIDES = ['social', 'political', 'mutual_aid', 'emotional'] as const;
export type Side = (typeof SIDES)[number];

/** What an observer can see of a tie: its sides, or tension between the two. */
export const TIE_SIDES = [...SIDES, 'tension'] as const;
export type TieSide = (typeof TIE_SIDES)[number];

export const INTERACTION_KINDS = [
  'chat',
  'one_on_one',
  'meal',
  'social',
  'helped',
  'meeting',
  'action',
  'picket',
  'call',
  'message',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

/** 1 acquaintance, 2 friendly, 3 close. */
export const CLOSENESS = [1, 2, 3] as const;
export type Closeness = (typeof CLOSENESS)[number];

export const WINNABLE = ['yes', 'no', 'unknown'] as const;
export type Winnable = (typeof WINNABLE)[number];

export const ASK_RESPONSES = ['yes', 'no', 'maybe', 'no_answer'] as const;
export type AskResponse = (typeof ASK_RESPONSES)[number];

export const COMFORTS = ['comfortable', 'hesitant', 'uncomfortable'] as const;
export type Comfort = (typeof COMFORTS)[number];

/** Did the person want this step themselves? */
export const WANTED = ['yes', 'no', 'unknown'] as const;
export type Wanted = (typeof WANTED)[number];

export const FOLLOW_THROUGH = ['yes', 'no', 'pending', 'unknown'] as const;
export type FollowThrough = (typeof FOLLOW_THROUGH)[number];

export const SPACE_KINDS = ['sun', 'moon', 'other'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

export const ACTION_KINDS = [
  'petition',
  'march',
  'work_to_rule',
  'sick_out',
  'strike',
  'picket',
  'testimony',
  'rally',
  'meeting',
  'other',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const OUTCOMES = ['won', 'partial', 'lost', 'pending'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const PHASES = ['isolated', 'agitated', 'connected', 'ready'] as const;
export type Phase = (typeof PHASES)[number];

/** What an outside actor's involvement did to workers' relationships and confidence (CONCEPTS §4). */
export const SATELLITE_EFFECTS = ['nurturing', 'siphoning', 'mixed'] as const;
export type SatelliteEffect = (typeof SATELLITE_EFFECTS)[number];

/** The kinds of mutual aid a strike runs on (CONCEPTS §6). */
export const AID_KINDS = ['money', 'food', 'childcare', 'ride', 'housing', 'other'] as const;
export type AidKind = (typeof AID_KINDS)[number];

/**
 * Small builders for the model's tests: a person, an interaction, an observation, an ask, with every field the
 * schemas require and the rest at their defaults. Used by tests only.
 */
import type { Ask, Interaction, Person, TieObservation } from '../records.js';

export function person(id: string, fields: Partial<Person> = {}): Person {
  return {
    id,
    name: id,
    circle: 'sun',
    unit: null,
    role: null,
    startedOn: null,
    leftOn: null,
    language: null,
    stance: 'unknown',
    contact: null,
    ...fields,
  };
}

let counter = 0;

export function interaction(
  occurredOn: string,
  participants: string[],
  fields: Partial<Interaction> = {},
): Interaction {
  return {
    id: `i${++counter}`,
    occurredOn,
    participants,
    kind: 'one_on_one',
    sides: [],
    initiatedBy: null,
    space: null,
    raised: [],
    notes: null,
    ...fields,
  };
}

export function observation(
  a: string,
  b: string,
  observedOn: string,
  fields: Partial<TieObservation> = {},
): TieObservation {
  return { a, b, sides: ['social'], closeness: null, directed: false, observedOn, observedBy: null, ...fields };
}

/** A close tie: closeness 3, social and emotional, undirected. Strong on its own (0.81 the day it is seen). */
export function closeTie(a: string, b: string, observedOn: string): TieObservation {
  return observation(a, b, observedOn, { sides: ['social', 'emotional'], closeness: 3 });
}

export function ask(by: string, to: string, occurredOn: string, fields: Partial<Ask> = {}): Ask {
  return {
    id: `a${++counter}`,
    interaction: null,
    occurredOn,
    by,
    to,
    what: 'come to the meeting',
    response: 'maybe',
    comfort: null,
    wanted: 'unknown',
    followedThrough: 'unknown',
    ...fields,
  };
}

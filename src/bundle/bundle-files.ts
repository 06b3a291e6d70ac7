/**
 * The files of a bundle, in the order they are read and checked: a file comes after the files it names
 * records of, the order writeRecords stores them in. A new file is a spec in files/ and a line here
 * (docs/bundle.md, "Adding a file").
 */
import type { AnyFileSpec, BundleKind, FileSpec } from './bundle-spec.js';
import { actionsFile } from './files/actions.file.js';
import { asksFile } from './files/asks.file.js';
import { committeesFile } from './files/committees.file.js';
import { grievancesFile } from './files/grievances.file.js';
import { interactionsFile } from './files/interactions.file.js';
import { mandatesFile } from './files/mandates.file.js';
import { moonSessionsFile } from './files/moon-sessions.file.js';
import { mutualAidFile } from './files/mutual-aid.file.js';
import { peopleFile } from './files/people.file.js';
import { picketShiftsFile } from './files/picket-shifts.file.js';
import { satelliteEffectsFile } from './files/satellite-effects.file.js';
import { spacesFile } from './files/spaces.file.js';
import { tiesFile } from './files/ties.file.js';
import { votesFile } from './files/votes.file.js';

export const BUNDLE_FILES = [
  peopleFile,
  spacesFile,
  grievancesFile,
  interactionsFile,
  tiesFile,
  asksFile,
  actionsFile,
  committeesFile,
  // the power map (issue 6)
  mandatesFile,
  moonSessionsFile,
  votesFile,
  satelliteEffectsFile,
  picketShiftsFile,
  mutualAidFile,
] as const satisfies readonly AnyFileSpec[];

/** The spec of each kind. */
export const FILE_OF: { [K in BundleKind]: FileSpec<K> } = {
  people: peopleFile,
  spaces: spacesFile,
  grievances: grievancesFile,
  interactions: interactionsFile,
  ties: tiesFile,
  asks: asksFile,
  actions: actionsFile,
  committees: committeesFile,
  mandates: mandatesFile,
  moon_sessions: moonSessionsFile,
  votes: votesFile,
  satellite_effects: satelliteEffectsFile,
  picket_shifts: picketShiftsFile,
  mutual_aid: mutualAidFile,
};

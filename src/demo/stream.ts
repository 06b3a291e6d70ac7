/**
 * The demo as a stream of chunks, in the order references need (people, spaces, grievances, interactions,
 * ties, asks, actions, committees, then, when asked for, the power map's kinds), so that any size up to a million workers can be written with bounded
 * memory: each pass walks the sites one at a time, rebuilds the site from the seed, and lets go of it.
 * Nothing but the current site and the current chunk is ever held.
 */
import {
  POWER_KINDS,
  type Interaction,
  type PowerKind,
  type RecordKind,
  type WorkspaceRecords,
} from '../core/records.js';
import { demoConfig, type DemoConfig, type DemoOptions } from './config.js';
import { interactionId, toInteraction } from './draft.js';
import { sitePeople } from './people.js';
import { GrievanceBook, siteGrievances, siteSpaces } from './places.js';
import { buildScript } from './script.js';
import { SiteModel } from './site.js';
import { MONTHS } from './story.js';
import { textureMonth, textureVolumes } from './texture.js';
import { siteTies } from './ties.js';

/** A chunk of records of one kind. */
export type DemoChunk = { [K in RecordKind]: { kind: K; records: WorkspaceRecords[K] } }[RecordKind];

export interface StreamOptions {
  /** Records per chunk, at most. Default 5,000. */
  chunkSize?: number;
  /**
   * Also the power map's records of the bargaining campaign and the strike (mandates, sessions, votes,
   * satellite effects, picket shifts, mutual aid), after the others. Off unless asked for, so that a stream
   * of the relationship records is what tools written before the power map expect.
   */
  power?: boolean;
}

export const DEFAULT_CHUNK_SIZE = 5000;

function* bySite<T>(config: DemoConfig, make: (site: SiteModel) => Iterable<T[]>): Generator<T[]> {
  for (let s = 0; s < config.sites; s++) yield* make(new SiteModel(config, s));
}

function* chunked<K extends RecordKind>(
  kind: K,
  batches: Iterable<WorkspaceRecords[K]>,
  size: number,
): Generator<DemoChunk> {
  let chunk: WorkspaceRecords[K] = [];
  for (const batch of batches) {
    for (const record of batch) {
      (chunk as unknown[]).push(record);
      if (chunk.length >= size) {
        yield { kind, records: chunk } as DemoChunk;
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) yield { kind, records: chunk } as DemoChunk;
}

/**
 * A site's interactions, a month at a time: the scripted story merged with the texture, sorted by date.
 * The texture fills what the script leaves of `workers × interactionsPerPerson`.
 */
function* siteInteractions(site: SiteModel): Generator<Interaction[]> {
  const cal = site.config.calendar;
  const script = buildScript(site);
  const volumes = textureVolumes(site.workers * site.config.interactionsPerPerson - script.storyInteractions);
  const scripted: Interaction[][] = Array.from({ length: MONTHS }, () => []);
  for (const i of script.interactions) scripted[cal.monthOfDay(cal.dayOf(i.occurredOn))]?.push(i);
  const book = new GrievanceBook(site);
  let seq = 0;
  for (let m = 0; m < MONTHS; m++) {
    const drafts = textureMonth(site, book, m, volumes[m] as number).sort((a, b) => a.day - b.day);
    const month = drafts.map((d) => toInteraction(site, d, interactionId(site, d.day, 't', ++seq)));
    month.push(...(scripted[m] as Interaction[]));
    yield month.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
  }
}

/**
 * Stream the demo workplace (see generateDemo for what it holds) in chunks of at most `chunkSize` records,
 * kind by kind in dependency order. Deterministic: the same options give the same chunks.
 */
export function* streamDemo(options: DemoOptions, stream: StreamOptions = {}): Generator<DemoChunk> {
  const config = demoConfig(options);
  const size = Math.max(1, stream.chunkSize ?? DEFAULT_CHUNK_SIZE);
  yield* chunked(
    'people',
    bySite(config, (site) => [sitePeople(site)]),
    size,
  );
  yield* chunked(
    'spaces',
    bySite(config, (site) => [siteSpaces(site)]),
    size,
  );
  yield* chunked(
    'grievances',
    bySite(config, (site) => [siteGrievances(site)]),
    size,
  );
  yield* chunked('interactions', bySite(config, siteInteractions), size);
  yield* chunked('ties', bySite(config, siteTies), size);
  yield* chunked(
    'asks',
    bySite(config, (site) => [buildScript(site).asks]),
    size,
  );
  yield* chunked(
    'actions',
    bySite(config, (site) => [buildScript(site).actions]),
    size,
  );
  yield* chunked(
    'committees',
    bySite(config, (site) => [buildScript(site).committees]),
    size,
  );
  if (!stream.power) return;
  for (const kind of POWER_KINDS) yield* powerChunks(config, kind, size);
}

function powerChunks<K extends PowerKind>(config: DemoConfig, kind: K, size: number): Generator<DemoChunk> {
  type Item = WorkspaceRecords[K][number];
  const batches = bySite<Item>(config, (site) => [buildScript(site).power[kind]]);
  return chunked(kind, batches as Iterable<WorkspaceRecords[K]>, size);
}

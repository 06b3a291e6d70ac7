/**
 * The demo workplace: a synthetic hospital whose three years of records follow the source essay's story
 * (story.ts), for trying Sunspace, for tests of the organizing model, and, scaled up, for benchmarks.
 *
 * - {@link generateDemo}: all records in memory (the default hospital of 300 workers and a few thousand
 *   interactions, or anything that fits).
 * - {@link streamDemo}: the same records in chunks with bounded memory, up to a million workers.
 * - {@link summarizeDemo} / {@link DemoTally} / {@link formatDemoSummary}: counts, units and dates to print.
 *
 * Every name, note and number is made up from the seed; nobody in it is a real person.
 */
import { emptyRecords, type WorkspaceRecords } from '../core/records.js';
import type { DemoOptions } from './config.js';
import { streamDemo } from './stream.js';

export { DEMO_DEFAULTS, MIN_PEOPLE, type DemoOptions } from './config.js';
export { DEFAULT_CHUNK_SIZE, streamDemo, type DemoChunk, type StreamOptions } from './stream.js';
export { DemoTally, formatDemoSummary, summarizeDemo, type DemoSummary } from './summary.js';

/**
 * The whole demo workplace in memory. Deterministic: the same options always give the same records, and
 * a different seed a different workplace. For more than a few tens of thousands of workers, stream it.
 */
export function generateDemo(options: DemoOptions): WorkspaceRecords {
  const records = emptyRecords();
  for (const chunk of streamDemo(options, { power: true })) {
    (records[chunk.kind] as unknown[]).push(...chunk.records);
  }
  return records;
}

/**
 * The streaming generator at benchmark sizes: its densities hold, its chunks stay small, and the memory it
 * needs does not grow with the number of people. No timings here (docs/HELPERS.md): only counts and heap.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { RecordKind } from '../core/records.js';
import { DEFAULT_CHUNK_SIZE, streamDemo, type DemoOptions } from './demo.js';

function count(options: DemoOptions): { counts: Partial<Record<RecordKind, number>>; largestChunk: number } {
  const counts: Partial<Record<RecordKind, number>> = {};
  let largestChunk = 0;
  for (const chunk of streamDemo(options)) {
    counts[chunk.kind] = (counts[chunk.kind] ?? 0) + chunk.records.length;
    largestChunk = Math.max(largestChunk, chunk.records.length);
  }
  return { counts, largestChunk };
}

/** A full garbage collection, to read the heap of what is really still held. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** The most heap in use, after a full collection, at points spread through a whole stream. */
function peakHeap(options: DemoOptions): number {
  let peak = 0;
  let chunks = 0;
  for (const chunk of streamDemo(options)) {
    if (chunk.records.length === 0) continue;
    if (++chunks % 40 === 0) {
      collectGarbage();
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
  }
  return peak;
}

describe('the demo at scale', () => {
  it('10,000 people at 10 ties and 100 interactions each give about 100,000 ties and 1,000,000 interactions', () => {
    const { counts, largestChunk } = count({
      people: 10_000,
      endDate: '2025-06-30',
      tiesPerPerson: 10,
      interactionsPerPerson: 100,
    });
    expect(counts.ties).toBeGreaterThan(95_000);
    expect(counts.ties).toBeLessThan(105_000);
    expect(counts.interactions).toBeGreaterThan(950_000);
    expect(counts.interactions).toBeLessThan(1_050_000);
    expect(counts.people).toBeGreaterThan(10_000);
    expect(largestChunk).toBeLessThanOrEqual(DEFAULT_CHUNK_SIZE);
  });

  // Light densities keep this quick; the working set is one hospital and one chunk whatever the density.
  it('needs no more memory for 200,000 people than for 20,000', { timeout: 300_000 }, () => {
    const options = { endDate: '2025-06-30', tiesPerPerson: 1, interactionsPerPerson: 2 };
    collectGarbage();
    const small = peakHeap({ ...options, people: 20_000 });
    const large = peakHeap({ ...options, people: 200_000 });
    expect(large).toBeLessThan(small * 1.5 + 16 * 2 ** 20);
  });
});

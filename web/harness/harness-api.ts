/**
 * What the component harness exposes on `window.sunspaceHarness` for the browser tests: the map's handle,
 * its state, and frame timing measured inside the page.
 */
import type { MapStats } from '../components/map/map-types.js';

export interface FrameSample {
  /** Milliseconds between consecutive animation frames. */
  deltas: number[];
  /** Wall-clock length of the run. */
  ms: number;
}

export interface HarnessApi {
  story: string;
  /** Milliseconds to generate the synthetic data in the page. */
  generateMs: number;
  /** Set once the map's layout has settled. */
  layout: { ms: number; iterations: number } | null;
  /** Ids passed to onOpenPerson, in order. */
  opened: string[];
  stats: MapStats | null;
  dates: { first: string; last: string } | null;
  setAsOf(asOf: string | null): void;
  viewportPosition(id: string): { x: number; y: number } | null;
  renderedCounts(): { people: number; ties: number };
  /** Zoom the map's camera by `factor` (>1 zooms in). */
  zoom(factor: number, durationMs: number): Promise<void>;
  /** Every person's id, in the data's order. */
  ids: string[];
  /** Frame deltas while the camera zooms in and out. */
  measureZoom(): Promise<FrameSample>;
  /** Frame deltas while the date moves from the first date to the last, one step per frame. */
  measureReplay(steps: number): Promise<FrameSample>;
}

declare global {
  interface Window {
    sunspaceHarness?: HarnessApi;
  }
}

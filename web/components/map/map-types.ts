/**
 * The relationship map's props: plain data, no API calls. A page maps the model's output (people, tie
 * strength, natural groups, trust) onto these shapes; the map only draws them.
 */
import type { Side } from '../../../src/core/vocabulary.js';

/** One person on the map. */
export interface MapPerson {
  /** The person's id (their bundle id). */
  id: string;
  /** What the map shows on hover and in search: a display name or pseudonym. */
  label: string;
  /** Their unit path (`Site/Department/Shift`), or null for people outside the workplace tree. */
  unit: string | null;
  /** Their natural group (community detection on strong ties), or null. */
  group: string | null;
  /** How many coworkers trust them, in [0, 1]; drawn as the size of the dot. */
  trust: number;
  /** The date (YYYY-MM-DD) they first appear in the records; null when unknown (always shown). */
  since: string | null;
  /** A position computed earlier (see `onLayout`); when every person has one, no layout runs. */
  x?: number;
  y?: number;
}

/** One tie between two people, undirected. */
export interface MapTie {
  a: string;
  b: string;
  /** Tie strength in [0, 1] (docs/model.md). */
  strength: number;
  /** Above the model's threshold for a strong tie: drawn thicker and darker. */
  strong: boolean;
  /** The sides the relationship touches. */
  sides: readonly Side[];
  /** The date the tie was first seen; null when unknown. A tie never shows before both its people do. */
  since: string | null;
}

export type MapColourBy = 'unit' | 'group';

export interface MapFilters {
  /** Units to show (each with everything under it); empty shows every unit. */
  units: readonly string[];
  /**
   * Sides to show: a tie is drawn when it touches one of them. All four shows every tie, including ties
   * whose sides nobody recorded.
   */
  sides: readonly Side[];
}

/** What the map shows right now, for the page's own summary and for tests. */
export interface MapStats {
  people: number;
  ties: number;
  strongTies: number;
  totalPeople: number;
  totalTies: number;
}

export interface MapLayoutResult {
  /** Positions by person id, to cache and pass back as `x`/`y`. */
  positions: Record<string, { x: number; y: number }>;
  /** Wall-clock time of the layout, seed and ForceAtlas2 iterations together. */
  ms: number;
  iterations: number;
}

export interface RelationshipMapProps {
  nodes: readonly MapPerson[];
  edges: readonly MapTie[];
  colourBy: MapColourBy;
  filters: MapFilters;
  /** Show the web as it stood on this date (YYYY-MM-DD); null shows everything. */
  asOf: string | null;
  onOpenPerson: (id: string) => void;
  /** Called once the layout has settled, with positions a page may cache. */
  onLayout?: (result: MapLayoutResult) => void;
  onStats?: (stats: MapStats) => void;
  /** ForceAtlas2 iterations after the seed layout (bounded; default scales down with size). */
  layoutIterations?: number;
  /** Accessible name of the map region. */
  label?: string;
}

/** What a parent (or a test) can ask of a mounted map. */
export interface RelationshipMapHandle {
  /** Where a person's dot is, in pixels from the map's top-left corner, or null when hidden or unknown. */
  viewportPosition(id: string): { x: number; y: number } | null;
  /** Zoom the camera by a factor (>1 zooms in) over `durationMs`. */
  zoom(factor: number, durationMs?: number): Promise<void>;
  /** Back to the whole web. */
  resetCamera(durationMs?: number): Promise<void>;
  stats(): MapStats;
  /**
   * What the renderer holds to draw, read back from sigma: agrees with `stats()` unless something is wrong.
   * On a large web some of it rests while the camera or the date moves, and is drawn once it stops.
   */
  renderedCounts(): { people: number; ties: number };
  /** True once the layout has settled (at once when positions were given). */
  layoutSettled(): boolean;
}

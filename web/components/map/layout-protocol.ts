/** Messages between the map and its layout worker. Arrays are transferred, not copied. */
export interface LayoutRequest {
  /** Seed positions, one per person. */
  x: Float32Array;
  y: Float32Array;
  /** Person indices of each tie, two per tie. */
  pairs: Int32Array;
  /** One weight per tie: stronger ties pull harder. */
  weights: Float32Array;
  iterations: number;
}

export type LayoutReply =
  | { kind: 'done'; x: Float32Array; y: Float32Array; ms: number; iterations: number }
  | { kind: 'error'; message: string };

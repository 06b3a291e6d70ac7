/** Run the layout worker for one data set; the answer comes back once, or null when the worker failed. */
import type { LayoutReply, LayoutRequest } from './layout-protocol.js';
import type { MapModel } from './map-model.js';

export interface LayoutDone {
  x: Float32Array;
  y: Float32Array;
  iterations: number;
}

/** Start ForceAtlas2 from `seed`; returns a function that stops it. */
export function runLayout(
  model: MapModel,
  seed: { x: Float32Array; y: Float32Array },
  iterations: number,
  done: (result: LayoutDone | null) => void,
): () => void {
  let worker: Worker | null = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  const stop = () => {
    worker?.terminate();
    worker = null;
  };
  const pairs = new Int32Array(model.edgeA.length * 2);
  const weights = new Float32Array(model.edgeA.length);
  for (let e = 0; e < model.edgeA.length; e++) {
    pairs[2 * e] = model.edgeA[e]!;
    pairs[2 * e + 1] = model.edgeB[e]!;
    // Stronger ties pull harder; weak ones still hold people near their acquaintances.
    weights[e] = 0.25 + model.edgeStrength[e]!;
  }
  const request: LayoutRequest = { x: seed.x.slice(), y: seed.y.slice(), pairs, weights, iterations };
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    stop();
    const reply = event.data;
    done(reply.kind === 'done' ? { x: reply.x, y: reply.y, iterations: reply.iterations } : null);
  };
  worker.onerror = () => {
    stop();
    done(null);
  };
  worker.postMessage(request, [request.x.buffer, request.y.buffer, pairs.buffer, weights.buffer]);
  return stop;
}

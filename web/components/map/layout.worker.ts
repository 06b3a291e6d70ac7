/**
 * ForceAtlas2 in a Web Worker, so the page stays responsive while ten thousand people find their places.
 * Vite bundles this file as its own script (same origin), which the strict CSP allows; the worker that
 * ships with graphology-layout-forceatlas2 is built from a Blob URL, which `script-src 'self'` refuses.
 */
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { LayoutReply, LayoutRequest } from './layout-protocol.js';
import { pullInStragglers } from './map-layout.js';

/** Floats per node and per edge in ForceAtlas2's matrices (graphology-layout-forceatlas2/helpers.js). */
const PPN = 10;
const PPE = 3;

function run(req: LayoutRequest): LayoutReply {
  const started = performance.now();
  const n = req.x.length;
  const nodes = new Float32Array(n * PPN);
  for (let i = 0; i < n; i++) {
    const j = i * PPN;
    nodes[j] = req.x[i]!;
    nodes[j + 1] = req.y[i]!;
    nodes[j + 6] = 1; // mass, grown by weighted degree below
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
  }
  const m = req.weights.length;
  const edges = new Float32Array(m * PPE);
  for (let e = 0; e < m; e++) {
    const a = req.pairs[2 * e]!;
    const b = req.pairs[2 * e + 1]!;
    const w = req.weights[e]!;
    nodes[a * PPN + 6] = nodes[a * PPN + 6]! + w;
    nodes[b * PPN + 6] = nodes[b * PPN + 6]! + w;
    edges[e * PPE] = a * PPN;
    edges[e * PPE + 1] = b * PPN;
    edges[e * PPE + 2] = w;
  }
  const settings = {
    linLogMode: false,
    outboundAttractionDistribution: false,
    adjustSizes: false,
    edgeWeightInfluence: 1,
    scalingRatio: 2,
    strongGravityMode: true,
    gravity: 0.02,
    slowDown: 1 + Math.log(Math.max(n, 1)),
    barnesHutOptimize: n > 1000,
    barnesHutTheta: 0.6,
  };
  for (let k = 0; k < req.iterations; k++) iterate(settings, nodes, edges);

  const x = new Float32Array(n);
  const y = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = nodes[i * PPN]!;
    y[i] = nodes[i * PPN + 1]!;
  }
  pullInStragglers(x, y);
  return { kind: 'done', x, y, ms: performance.now() - started, iterations: req.iterations };
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  let reply: LayoutReply;
  try {
    reply = run(event.data);
  } catch (err) {
    reply = { kind: 'error', message: err instanceof Error ? err.message : String(err) };
  }
  if (reply.kind === 'done') postMessage(reply, { transfer: [reply.x.buffer, reply.y.buffer] });
  else postMessage(reply);
};

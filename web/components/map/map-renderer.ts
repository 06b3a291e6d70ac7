/**
 * The map's graph and its sigma.js renderer. Visibility and colour come from reducers that read the current
 * view, so filters and the date slider never rebuild the graph (map-model.ts decides what is visible).
 */
import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram, NodePointProgram } from 'sigma/rendering';
import { categoryColour, STRONG_TIE, trustSize, WEAK_TIE } from './map-colours.js';
import { edgeShown, nodeShown, type MapModel, type MapView } from './map-model.js';
import type { MapColourBy, MapPerson } from './map-types.js';

export type NodeAttrs = {
  i: number;
  x: number;
  y: number;
  size: number;
  label: string;
  color: string;
  groupColor: string;
  hidden?: boolean;
};

export type EdgeAttrs = {
  i: number;
  type: 'strong' | 'weak';
  size: number;
  color: string;
  hidden?: boolean;
};

export type MapGraph = UndirectedGraph<NodeAttrs, EdgeAttrs>;
export type MapSigma = Sigma<NodeAttrs, EdgeAttrs>;

/** Above this many ties, ties rest while the camera moves and come back when it stops. */
const LARGE_WEB_TIES = 20_000;
/** How long the camera must rest before hidden ties are drawn again. */
const REST_MS = 250;

export const tieKey = (e: number) => `t${e}`;

export function buildGraph(model: MapModel, people: readonly MapPerson[], x: Float32Array, y: Float32Array): MapGraph {
  const graph: MapGraph = new UndirectedGraph<NodeAttrs, EdgeAttrs>({ allowSelfLoops: false });
  // Smaller dots on a big web, so that ties stay visible between them.
  const scale = Math.min(1, Math.max(0.35, Math.sqrt(1500 / Math.max(1, people.length))));
  people.forEach((p, i) => {
    const unit = model.nodeUnit[i]!;
    const group = model.nodeGroup[i]!;
    graph.addNode(p.id, {
      i,
      x: x[i]!,
      y: y[i]!,
      size: trustSize(p.trust) * scale,
      label: p.label,
      color: categoryColour(unit, model.units[unit]!),
      groupColor: categoryColour(group, model.groups[group]!),
    });
  });
  for (let e = 0; e < model.edgeA.length; e++) {
    const strong = model.edgeStrong[e] === 1;
    const style = strong ? STRONG_TIE : WEAK_TIE;
    graph.addEdgeWithKey(tieKey(e), model.ids[model.edgeA[e]!]!, model.ids[model.edgeB[e]!]!, {
      i: e,
      type: strong ? 'strong' : 'weak',
      size: style.size,
      color: style.color,
    });
  }
  return graph;
}

export function createRenderer(
  graph: MapGraph,
  container: HTMLElement,
  model: MapModel,
  current: { view(): MapView; colourBy(): MapColourBy },
): MapSigma {
  const hideEdgesOnMove = model.edgeA.length > LARGE_WEB_TIES;
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    itemSizesReference: 'screen',
    // Round points and one-pixel lines cost the least per item; strong ties keep a real thickness.
    // Measured in docs/adr/0003: circles drawn as quads and thick weak ties made software rendering crawl.
    defaultNodeType: 'point',
    nodeProgramClasses: { point: NodePointProgram },
    defaultEdgeType: 'weak',
    // Weak ties first, so that strong ones are drawn over them.
    edgeProgramClasses: { weak: EdgeLineProgram, strong: EdgeRectangleProgram },
    minEdgeThickness: 1,
    hideEdgesOnMove,
    zIndex: false,
    labelFont: 'system-ui, sans-serif',
    labelSize: 12,
    labelColor: { color: '#1f2328' },
    labelRenderedSizeThreshold: 7,
    labelDensity: 0.6,
    enableCameraRotation: false,
    // Sigma hands the reducers a fresh copy of the attributes and keeps what they return.
    nodeReducer: (_key, data) => {
      if (!nodeShown(model, current.view(), data.i)) data.hidden = true;
      else if (current.colourBy() === 'group') data.color = data.groupColor;
      return data;
    },
    edgeReducer: (_key, data) => {
      if (!edgeShown(model, current.view(), data.i)) data.hidden = true;
      return data;
    },
  });
  if (hideEdgesOnMove) {
    // Sigma draws nothing after the last frame of a camera animation, which was drawn without ties: once the
    // camera has rested a moment, draw again so that they come back.
    let rest: number | undefined;
    sigma.getCamera().on('updated', () => {
      window.clearTimeout(rest);
      rest = window.setTimeout(() => sigma.scheduleRender(), REST_MS);
    });
    sigma.on('kill', () => window.clearTimeout(rest));
  }
  return sigma;
}

/**
 * The map's graph and its sigma.js renderer. Visibility and colour come from reducers that read the current
 * view, so filters and the date slider never rebuild the graph (map-model.ts decides what is visible).
 */
import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { NodePointProgram } from 'sigma/rendering';
import { DateMotion } from './date-motion.js';
import { categoryColour, STRONG_TIE, trustSize, WEAK_TIE } from './map-colours.js';
import { changedBetween, edgeShown, nodeShown, type MapModel, type MapView } from './map-model.js';
import type { MapColourBy, MapPerson } from './map-types.js';
import { tiePrograms } from './tie-programs.js';

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
  /** The tie's first day (map-model.ts), read by the tie programs. */
  day: number;
  type: 'strong' | 'weak';
  size: number;
  color: string;
  hidden?: boolean;
};

export type MapGraph = UndirectedGraph<NodeAttrs, EdgeAttrs>;
export type MapSigma = Sigma<NodeAttrs, EdgeAttrs>;

/**
 * Above this many ties, ties rest while the camera moves, and weak ties rest while the date moves (all but
 * the newest); they come back when the camera or the date stops.
 */
const LARGE_WEB_TIES = 20_000;
/** True when the map lets ties rest while the camera or the date moves. */
export const isLargeWeb = (model: MapModel) => model.edgeA.length > LARGE_WEB_TIES;
/** How long the camera or the date must rest before resting ties are drawn again. */
const REST_MS = 250;
/** While the date moves on a large web, how long a newly seen weak tie stays drawn. */
const RECENT_MS = 400;

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
  // In date order: the tie programs then hold each kind of tie sorted by day (tie-programs.ts).
  for (const e of model.edgeOrder) {
    const strong = model.edgeStrong[e] === 1;
    const style = strong ? STRONG_TIE : WEAK_TIE;
    graph.addEdgeWithKey(tieKey(e), model.ids[model.edgeA[e]!]!, model.ids[model.edgeB[e]!]!, {
      i: e,
      day: model.edgeDay[e]!,
      type: strong ? 'strong' : 'weak',
      size: style.size,
      color: style.color,
    });
  }
  return graph;
}

export interface MapRenderer {
  sigma: MapSigma;
  /**
   * The view's date moved from `from` to `to` (days): ask the reducers again about the people and ties
   * first seen in between, and draw at the next frame, so that several moves in one frame draw once.
   */
  moveDate(from: number, to: number): void;
}

export function createRenderer(
  graph: MapGraph,
  container: HTMLElement,
  model: MapModel,
  current: { view(): MapView; colourBy(): MapColourBy },
  /**
   * Told when weak ties start resting because the date keeps moving (true), and when the date has rested and
   * they are drawn again (false): once each per motion, not per frame. Only ever called on a large web.
   */
  onWeakTiesResting?: (resting: boolean) => void,
): MapRenderer {
  const large = isLargeWeb(model);
  // The date slider's replay, on a large web: drawing every tie of 100,000 takes about 0.3 s a frame in
  // software WebGL, most of it the weak ties' lines. So while the date moves, the map draws every person and
  // strong tie of each date, and weak ties only while they are new (RECENT_MS); once the date rests, every
  // tie returns (and the map says so meanwhile: onWeakTiesResting). The reducers still answer for every tie, so
  // what sigma holds is always the chosen date's ties. Figures in docs/adr/0003.
  const motion = new DateMotion(RECENT_MS, REST_MS);
  const until = () => current.view().day;
  const programs = tiePrograms({
    strong: { since: () => -Infinity, until },
    weak: {
      since: () => (large ? motion.recentSince(performance.now(), until()) : null) ?? -Infinity,
      until,
    },
  });
  const sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, container, {
    itemSizesReference: 'screen',
    // Round points and one-pixel lines cost the least per item; strong ties keep a real thickness.
    // Measured in docs/adr/0003: circles drawn as quads and thick weak ties made software rendering crawl.
    defaultNodeType: 'point',
    nodeProgramClasses: { point: NodePointProgram },
    defaultEdgeType: 'weak',
    // Weak ties first, so that strong ones are drawn over them.
    edgeProgramClasses: { weak: programs.weak, strong: programs.strong },
    minEdgeThickness: 1,
    hideEdgesOnMove: large,
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

  // Sigma draws nothing after the last frame of a camera animation, which was drawn without ties, nor after
  // the date's last move: once the camera or the date has rested a moment, draw again so that they come back.
  // A camera animation that changes nothing (back to where it already is) sends no update, and a frame drawn
  // while it runs leaves the ties out: wait for it to end.
  let rest: number | undefined;
  let weakResting = false;
  const setWeakResting = (resting: boolean) => {
    if (resting === weakResting) return;
    weakResting = resting;
    onWeakTiesResting?.(resting);
  };
  const drawAfterRest = () => {
    window.clearTimeout(rest);
    rest = window.setTimeout(() => {
      if (sigma.getCamera().isAnimated()) {
        drawAfterRest();
        return;
      }
      sigma.scheduleRender();
      // Every date move restarts this wait too: the date has rested, so the next frame has every tie.
      setWeakResting(false);
    }, REST_MS);
  };
  if (large) sigma.getCamera().on('updated', drawAfterRest);
  sigma.on('kill', () => window.clearTimeout(rest));

  return {
    sigma,
    moveDate(from, to) {
      if (large) {
        const now = performance.now();
        motion.moved(now, from, to);
        if (!motion.resting(now)) {
          drawAfterRest();
          setWeakResting(true);
        }
      }
      const changed = changedBetween(model, from, to);
      sigma.refresh({
        partialGraph: { nodes: changed.nodes.map((i) => model.ids[i]!), edges: changed.edges.map(tieKey) },
        // Positions and sizes stay: only the changed items' display data is written again.
        skipIndexation: true,
        schedule: true,
      });
    },
  };
}

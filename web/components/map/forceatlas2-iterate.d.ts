/**
 * One ForceAtlas2 iteration over the library's flat matrices (10 floats per node, 3 per edge). Not part of
 * the package's typed surface; the version is pinned exactly in package.json for that reason (docs/adr/0003).
 */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  export interface IterateSettings {
    linLogMode: boolean;
    outboundAttractionDistribution: boolean;
    adjustSizes: boolean;
    edgeWeightInfluence: number;
    scalingRatio: number;
    strongGravityMode: boolean;
    gravity: number;
    slowDown: number;
    barnesHutOptimize: boolean;
    barnesHutTheta: number;
  }
  export default function iterate(settings: IterateSettings, nodes: Float32Array, edges: Float32Array): void;
}

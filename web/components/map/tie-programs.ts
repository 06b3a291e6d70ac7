/**
 * The WebGL programs that draw the map's ties, written for software rendering (SwiftShader in the browser
 * tests, and any machine without a GPU), where drawing cost follows what is drawn item by item.
 *
 * - Every tie knows its first day, and the map adds ties to the graph in date order, so each program holds
 *   its ties sorted by day and draws only the run of them a `TieWindow` asks for: ties not yet seen on the
 *   slider's date cost nothing, instead of being drawn as empty shapes.
 * - Strong ties are bands of two triangles written out per tie. sigma's EdgeRectangleProgram draws the same
 *   band with instancing, which SwiftShader runs instance by instance: 28,000 strong ties took 0.4 to 0.5 s
 *   a frame that way, shown or hidden, and under 0.1 s as plain triangles (docs/adr/0003).
 * - Weak ties are one-pixel lines, as in sigma's EdgeLineProgram.
 */
import { EdgeProgram, type EdgeProgramType, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import type { EdgeAttrs, NodeAttrs } from './map-renderer.js';

/** Which ties a program draws right now: those first seen after `since()` and on or before `until()`. */
export interface TieWindow {
  since(): number;
  until(): number;
}

const { FLOAT, UNSIGNED_BYTE, LINES, TRIANGLES } = WebGLRenderingContext;

/** The first position in `days[0, end)` whose day is above `day`; `days` is sorted. */
function above(days: Float64Array, end: number, day: number): number {
  let lo = 0;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A tie program that draws only the ties of its window. It records each position's day as sigma fills the
 * buffer; if the days ever come out unsorted (a tie without a day, or ties added out of order), it draws
 * every position: slower, still right, since the reducer hides ties the view does not show.
 */
abstract class DatedTieProgram<U extends string> extends EdgeProgram<U, NodeAttrs, EdgeAttrs> {
  protected abstract readonly tieWindow: TieWindow;
  private days = new Float64Array(0);
  /** Null until checked again after the buffer changed. */
  private sorted: boolean | null = null;

  override reallocate(capacity: number): void {
    super.reallocate(capacity);
    if (this.days.length !== capacity) this.days = new Float64Array(capacity);
    this.sorted = null;
  }

  override process(
    edgeIndex: number,
    offset: number,
    sourceData: NodeDisplayData,
    targetData: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    this.days[offset] = 'day' in data && typeof data.day === 'number' ? data.day : Number.NaN;
    this.sorted = null;
    super.process(edgeIndex, offset, sourceData, targetData, data);
  }

  override drawWebGL(method: number, { gl, frameBuffer }: ProgramInfo): void {
    const end = this.capacity;
    if (this.sorted === null) {
      // NaN compares false, so a missing day counts as unsorted.
      let sorted = end === 0 || !Number.isNaN(this.days[0]);
      for (let i = 1; i < end && sorted; i++) sorted = this.days[i - 1]! <= this.days[i]!;
      this.sorted = sorted;
    }
    let first = 0;
    let last = end;
    if (this.sorted) {
      last = above(this.days, end, this.tieWindow.until());
      first = Math.min(last, above(this.days, last, this.tieWindow.since()));
    }
    if (last <= first) return;
    gl.bindFramebuffer(gl.FRAMEBUFFER, frameBuffer);
    gl.drawArrays(method, first * this.VERTICES, (last - first) * this.VERTICES);
  }
}

/** Every vertex's colour and, for picking, its tie's id, each packed into one float. */
const COLOUR_AND_ID = [
  { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
  { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
];

// The shaders follow sigma's edge line and edge rectangle shaders. PICKING_MODE is only compiled if sigma
// asks for edge picking, which the map does not (enableEdgeEvents is off).

/** The end of both vertex shaders: the tie's colour, or its id when sigma draws for picking. */
const PASS_COLOUR = /* glsl */ `
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;`;

const LINE_VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
uniform mat3 u_matrix;
varying vec4 v_color;
const float bias = 255.0 / 254.0;
void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
${PASS_COLOUR}
}`;

const LINE_FRAGMENT = /* glsl */ `
precision mediump float;
varying vec4 v_color;
void main(void) {
  gl_FragColor = v_color;
}`;

/** One-pixel lines: the cheapest tie to draw. */
abstract class TieLineProgram extends DatedTieProgram<'u_matrix'> {
  getDefinition() {
    return {
      VERTICES: 2,
      VERTEX_SHADER_SOURCE: LINE_VERTEX,
      FRAGMENT_SHADER_SOURCE: LINE_FRAGMENT,
      METHOD: LINES,
      UNIFORMS: ['u_matrix'] as const,
      ATTRIBUTES: [{ name: 'a_position', size: 2, type: FLOAT }, ...COLOUR_AND_ID],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    start: number,
    source: NodeDisplayData,
    target: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const a = this.array;
    const color = floatColor(data.color);
    a[start] = source.x;
    a[start + 1] = source.y;
    a[start + 2] = color;
    a[start + 3] = edgeIndex;
    a[start + 4] = target.x;
    a[start + 5] = target.y;
    a[start + 6] = color;
    a[start + 7] = edgeIndex;
  }

  setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<'u_matrix'>): void {
    gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
  }
}

const BAND_VERTEX = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;
attribute vec2 a_normal;
uniform mat3 u_matrix;
uniform float u_sizeRatio;
uniform float u_zoomRatio;
uniform float u_pixelRatio;
uniform float u_correctionRatio;
uniform float u_minEdgeThickness;
uniform float u_feather;
varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
const float bias = 255.0 / 254.0;
void main() {
  float normalLength = length(a_normal);
  // A hidden tie has a zero normal: keep its corners on one point (sigma's shader divides by zero there).
  vec2 unitNormal = normalLength > 0.0 ? a_normal / normalLength : vec2(0.0);
  float pixelsThickness = max(normalLength, u_minEdgeThickness * u_sizeRatio);
  float webGLThickness = pixelsThickness * u_correctionRatio / u_sizeRatio;
  gl_Position = vec4((u_matrix * vec3(a_position + unitNormal * webGLThickness, 1)).xy, 0, 1);
  v_thickness = webGLThickness / u_zoomRatio;
  v_normal = unitNormal;
  v_feather = u_feather * u_correctionRatio / u_zoomRatio / u_pixelRatio * 2.0;
${PASS_COLOUR}
}`;

const BAND_FRAGMENT = /* glsl */ `
precision mediump float;
varying vec4 v_color;
varying vec2 v_normal;
varying float v_thickness;
varying float v_feather;
const vec4 transparent = vec4(0.0, 0.0, 0.0, 0.0);
void main(void) {
  #ifdef PICKING_MODE
  gl_FragColor = v_color;
  #else
  float dist = length(v_normal) * v_thickness;
  float t = smoothstep(v_thickness - v_feather, v_thickness, dist);
  gl_FragColor = mix(v_color, transparent, t);
  #endif
}`;

const BAND_UNIFORMS = [
  'u_matrix',
  'u_sizeRatio',
  'u_zoomRatio',
  'u_pixelRatio',
  'u_correctionRatio',
  'u_minEdgeThickness',
  'u_feather',
] as const;
type BandUniform = (typeof BAND_UNIFORMS)[number];

/** Two triangles per tie, as (end, side) pairs: end 0 is the source, 1 the target; side 1 or -1 of the tie. */
const BAND_CORNERS = [0, 1, 0, -1, 1, 1, 1, 1, 0, -1, 1, -1] as const;

/** Bands `size` pixels thick with soft edges, as sigma's EdgeRectangleProgram draws them, without instancing. */
abstract class TieBandProgram extends DatedTieProgram<BandUniform> {
  getDefinition() {
    return {
      VERTICES: 6,
      VERTEX_SHADER_SOURCE: BAND_VERTEX,
      FRAGMENT_SHADER_SOURCE: BAND_FRAGMENT,
      METHOD: TRIANGLES,
      UNIFORMS: BAND_UNIFORMS,
      ATTRIBUTES: [
        { name: 'a_position', size: 2, type: FLOAT },
        { name: 'a_normal', size: 2, type: FLOAT },
        ...COLOUR_AND_ID,
      ],
    };
  }

  processVisibleItem(
    edgeIndex: number,
    start: number,
    source: NodeDisplayData,
    target: NodeDisplayData,
    data: EdgeDisplayData,
  ): void {
    const thickness = data.size || 1;
    const dx = target.x - source.x;
    const dy = target.y - source.y;
    const length = Math.hypot(dx, dy);
    const nx = length > 0 ? (-dy / length) * thickness : 0;
    const ny = length > 0 ? (dx / length) * thickness : 0;
    const color = floatColor(data.color);
    const a = this.array;
    let i = start;
    for (let k = 0; k < BAND_CORNERS.length; k += 2) {
      const end = BAND_CORNERS[k] === 0 ? source : target;
      const side = BAND_CORNERS[k + 1]!;
      a[i++] = end.x;
      a[i++] = end.y;
      a[i++] = nx * side;
      a[i++] = ny * side;
      a[i++] = color;
      a[i++] = edgeIndex;
    }
  }

  setUniforms(params: RenderParams, { gl, uniformLocations: u }: ProgramInfo<BandUniform>): void {
    gl.uniformMatrix3fv(u.u_matrix, false, params.matrix);
    gl.uniform1f(u.u_sizeRatio, params.sizeRatio);
    gl.uniform1f(u.u_zoomRatio, params.zoomRatio);
    gl.uniform1f(u.u_pixelRatio, params.pixelRatio);
    gl.uniform1f(u.u_correctionRatio, params.correctionRatio);
    gl.uniform1f(u.u_minEdgeThickness, params.minEdgeThickness);
    gl.uniform1f(u.u_feather, params.antiAliasingFeather);
  }
}

/** The programs for one renderer: weak ties as lines, strong ties as bands, each drawing its own window. */
export function tiePrograms(windows: { weak: TieWindow; strong: TieWindow }): {
  weak: EdgeProgramType<NodeAttrs, EdgeAttrs>;
  strong: EdgeProgramType<NodeAttrs, EdgeAttrs>;
} {
  return {
    weak: class WeakTies extends TieLineProgram {
      protected readonly tieWindow = windows.weak;
    },
    strong: class StrongTies extends TieBandProgram {
      protected readonly tieWindow = windows.strong;
    },
  };
}

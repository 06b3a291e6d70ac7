/**
 * Where the parts of the power map go (CONCEPTS §4): the workplace at the centre, the sun spaces that
 * generate its power on one side with arrows into it, the moon spaces that only reflect it on the other with
 * dimmer arrows out of it, the moon people beside the moon spaces, and the satellites on an orbit around it.
 * Two arrangements: `wide` (side by side, from about 640 px) and `narrow` (stacked, for a phone). Pure: the
 * component draws what this returns, and the tests check that nothing overlaps.
 */

export type Effect = 'nurturing' | 'siphoning' | 'mixed';

/** A satellite's net effect: more nurturing than siphoning, the reverse, or even (including only mixed). */
export function effectOf(s: { net: number }): Effect {
  return s.net > 0 ? 'nurturing' : s.net < 0 ? 'siphoning' : 'mixed';
}

export interface SunInput {
  id: string;
  name: string;
  power: number;
}
export interface MoonInput {
  id: string;
  name: string;
  sessions: number;
  closedDoor: number;
}
export interface MoonPersonInput {
  id: string;
  name: string;
  /** The moon space they sat in most, when known. */
  space: string | null;
  overdue: number;
}
export interface SatelliteInput {
  id: string;
  name: string;
  net: number;
}

export interface DiagramInput {
  suns: readonly SunInput[];
  moons: readonly MoonInput[];
  moonPeople: readonly MoonPersonInput[];
  satellites: readonly SatelliteInput[];
}

export interface Point {
  x: number;
  y: number;
}

/** A label's lines, where the first line's baseline sits, and how the lines align. */
export interface Label {
  lines: string[];
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  size: number;
}

export interface PlacedSun extends Point {
  id: string;
  r: number;
  /** Arrow width, by power. */
  weight: number;
  label: Label;
  /** The sun spaces folded into "n more" (empty for a real space). */
  others: string[];
}
export interface PlacedMoon extends Point {
  id: string;
  r: number;
  weight: number;
  label: Label;
}
export interface PlacedMoonPerson extends Point {
  id: string;
  r: number;
  /** The moon space they are drawn beside (a line joins them), or null. */
  tie: Point | null;
  label: Label;
}
export interface PlacedSatellite extends Point {
  id: string;
  r: number;
  effect: Effect;
  label: Label;
}

export interface DiagramLayout {
  kind: 'wide' | 'narrow';
  width: number;
  height: number;
  workplace: Point & { r: number };
  suns: PlacedSun[];
  moons: PlacedMoon[];
  moonPeople: PlacedMoonPerson[];
  satellites: PlacedSatellite[];
  /** How many of each were left out of the drawing (they are in the table and the words). */
  left: { moons: number; moonPeople: number; satellites: number };
  orbit: { rx: number; ry: number };
}

/** Characters per em of the system sans, a little generous: enough to keep labels from running into each other. */
const CHAR_EM = 0.56;

/** Roughly how wide a line of text is at a font size. */
export function textWidth(text: string, size: number): number {
  return text.length * size * CHAR_EM;
}

/**
 * Words wrapped into at most `maxLines` lines of at most `maxChars` characters; what does not fit ends in an
 * ellipsis (the whole name is in the table and the title beside it).
 */
export function wrapWords(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= maxChars || line === '') {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  const out = lines.slice(0, maxLines).map((l) => (l.length > maxChars ? `${l.slice(0, maxChars - 1)}…` : l));
  if (lines.length > maxLines) {
    const last = out[maxLines - 1]!;
    out[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1) : last}…`;
  }
  return out;
}

/** n evenly spread positions from `from` to `to` (the middle when there is one). */
function spread(n: number, from: number, to: number): number[] {
  if (n === 1) return [(from + to) / 2];
  return Array.from({ length: n }, (_, i) => from + ((to - from) * i) / (n - 1));
}

const sunRadius = (power: number, max: number, lo: number, hi: number) =>
  max <= 0 ? lo : lo + (hi - lo) * Math.sqrt(Math.max(0, power) / max);

/** The strongest sun spaces, and the rest folded into one "n more" entry. */
function foldSuns(suns: readonly SunInput[], keep: number): (SunInput & { others: string[] })[] {
  const sorted = [...suns].sort((a, b) => b.power - a.power || (a.id < b.id ? -1 : 1));
  if (sorted.length <= keep) return sorted.map((s) => ({ ...s, others: [] }));
  const shown = sorted.slice(0, keep - 1).map((s) => ({ ...s, others: [] as string[] }));
  const rest = sorted.slice(keep - 1);
  return [
    ...shown,
    { id: '', name: '', power: rest.reduce((n, s) => n + s.power, 0) / rest.length, others: rest.map((s) => s.id) },
  ];
}

/** Moon spaces with the most sessions first (a space nobody has met in yet comes last). */
function bySessions(moons: readonly MoonInput[]): MoonInput[] {
  return [...moons].sort((a, b) => b.sessions - a.sessions || (a.id < b.id ? -1 : 1));
}

/** The layout for a container `width` CSS pixels wide. `moreLabel(n)` names a folded group of n sun spaces. */
export function layoutDiagram(
  input: DiagramInput,
  width: number,
  words: {
    moreSuns: (n: number) => string;
    moonLine: (m: MoonInput) => string;
    effect: (e: Effect, net: number) => string;
    overdue: (n: number) => string;
  },
): DiagramLayout {
  return width >= 640 ? wide(input, words) : narrow(input, words);
}

type Words = Parameters<typeof layoutDiagram>[2];

function wide(input: DiagramInput, words: Words): DiagramLayout {
  const width = 960;
  const height = 600;
  const workplace = { x: 480, y: 300, r: 80 };
  const maxPower = Math.max(0, ...input.suns.map((s) => s.power));

  const sunList = foldSuns(input.suns, 7);
  const sunYs = spread(sunList.length, 70, 530);
  const suns: PlacedSun[] = sunList.map((s, i) => {
    const r = sunRadius(s.power, maxPower, 9, 28);
    const x = 280;
    const y = sunYs[i]!;
    const name = s.others.length > 0 ? words.moreSuns(s.others.length) : s.name;
    const lines = wrapWords(name, 24, 2);
    return {
      id: s.id,
      x,
      y,
      r,
      weight: 1.5 + 5 * (maxPower > 0 ? s.power / maxPower : 0),
      others: s.others,
      label: { lines, x: x - 28 - 14, y: y + 4 - (lines.length - 1) * 8, anchor: 'end', size: 13 },
    };
  });

  const moonList = bySessions(input.moons).slice(0, 3);
  const maxSessions = Math.max(1, ...moonList.map((m) => m.sessions));
  const peopleList = input.moonPeople.slice(0, 5);
  // Each moon space with its people right beneath it; anyone whose space is not drawn comes last.
  const column: ({ moon: MoonInput } | { person: MoonPersonInput })[] = [];
  for (const m of moonList) {
    column.push({ moon: m });
    for (const p of peopleList) if (p.space === m.id) column.push({ person: p });
  }
  for (const p of peopleList) if (!moonList.some((m) => m.id === p.space)) column.push({ person: p });
  // As tall as the sun spaces' column: at 8 items that leaves 65.7 between rows, room for two moon spaces'
  // four-line labels one under the other (64.75 each).
  const ys = spread(column.length, 70, 530);
  const moons: PlacedMoon[] = [];
  const moonPeople: PlacedMoonPerson[] = [];
  column.forEach((item, i) => {
    const y = ys[i]!;
    if ('moon' in item) {
      const m = item.moon;
      const r = 14 + 14 * Math.sqrt(m.sessions / maxSessions);
      const lines = [...wrapWords(m.name, 24, 2), ...wrapWords(words.moonLine(m), 26, 2)];
      moons.push({
        id: m.id,
        x: 720,
        y,
        r,
        weight: 1.2 + 2.5 * (m.sessions / maxSessions),
        label: { lines, x: 720 + 28 + 10, y: y + 4 - (lines.length - 1) * 8, anchor: 'start', size: 13 },
      });
    } else {
      const p = item.person;
      const home = moons.find((m) => m.id === p.space) ?? null;
      const lines = [...wrapWords(p.name, 22, 1), ...(p.overdue > 0 ? [words.overdue(p.overdue)] : [])];
      moonPeople.push({
        id: p.id,
        x: 750,
        y,
        r: 9,
        tie: home ? { x: home.x, y: home.y } : null,
        label: { lines, x: 750 + 9 + 10, y: y + 4 - (lines.length - 1) * 8, anchor: 'start', size: 13 },
      });
    }
  });

  const orbit = { rx: 175, ry: 205 };
  const shown = input.satellites.slice(0, 6);
  const top = shown.slice(0, Math.ceil(shown.length / 2));
  const bottom = shown.slice(Math.ceil(shown.length / 2));
  const satellites: PlacedSatellite[] = [];
  for (const [arc, side] of [
    [top, -1],
    [bottom, 1],
  ] as const) {
    const angles = arc.length === 1 ? [0] : spread(arc.length, -32, 32);
    arc.forEach((s, i) => {
      const a = (angles[i]! * Math.PI) / 180;
      const x = workplace.x + orbit.rx * Math.sin(a);
      const y = workplace.y + side * orbit.ry * Math.cos(a);
      const effect = effectOf(s);
      const lines = [...wrapWords(s.name, 16, 1), words.effect(effect, s.net)];
      // Labels outside the orbit: above the satellites on top, below those underneath.
      const labelY = side < 0 ? y - 14 - 16 * (lines.length - 1) : y + 26;
      satellites.push({ id: s.id, x, y, r: 11, effect, label: { lines, x, y: labelY, anchor: 'middle', size: 12.5 } });
    });
  }

  return {
    kind: 'wide',
    width,
    height,
    workplace,
    suns,
    moons,
    moonPeople,
    satellites,
    left: {
      moons: input.moons.length - moonList.length,
      moonPeople: input.moonPeople.length - peopleList.length,
      satellites: input.satellites.length - shown.length,
    },
    orbit,
  };
}

function narrow(input: DiagramInput, words: Words): DiagramLayout {
  const width = 340;
  const maxPower = Math.max(0, ...input.suns.map((s) => s.power));
  // Sun spaces in a row at the top, their names above them so the arrows down never cross a name.
  const sunList = foldSuns(input.suns, 3);
  const sunXs = spread(sunList.length, 60, 280);
  const sunY = 88;
  const suns: PlacedSun[] = sunList.map((s, i) => {
    const r = sunRadius(s.power, maxPower, 7, 20);
    const x = sunXs[i]!;
    const name = s.others.length > 0 ? words.moreSuns(s.others.length) : s.name;
    const lines = wrapWords(name, 16, 3);
    return {
      id: s.id,
      x,
      y: sunY,
      r,
      weight: 1.2 + 3.5 * (maxPower > 0 ? s.power / maxPower : 0),
      others: s.others,
      label: { lines, x, y: sunY - 20 - 10 - (lines.length - 1) * 15, anchor: 'middle', size: 12 },
    };
  });

  const workplace = { x: 170, y: 236, r: 52 };
  const orbit = { rx: 118, ry: 70 };
  // Satellites beside the workplace: up to two on each side, their words beneath them.
  const shown = input.satellites.slice(0, 4);
  const satellites: PlacedSatellite[] = shown.map((s, i) => {
    const side = i % 2 === 0 ? -1 : 1;
    const row = Math.floor(i / 2);
    const x = 170 + side * 122;
    const y = 180 + row * 92;
    const effect = effectOf(s);
    return {
      id: s.id,
      x,
      y,
      r: 9,
      effect,
      label: {
        lines: [...wrapWords(s.name, 11, 2), words.effect(effect, s.net)],
        x,
        y: y + 24,
        anchor: 'middle',
        size: 11.5,
      },
    };
  });

  // Moon spaces in a row under the workplace, each with its people stacked beneath its words.
  const moonList = bySessions(input.moons).slice(0, 2);
  const maxSessions = Math.max(1, ...moonList.map((m) => m.sessions));
  const moonXs = moonList.length === 1 ? [170] : spread(moonList.length, 90, 250);
  const moonY = 376;
  const moons: PlacedMoon[] = moonList.map((m, i) => {
    const x = moonXs[i]!;
    return {
      id: m.id,
      x,
      y: moonY,
      r: 12 + 8 * Math.sqrt(m.sessions / maxSessions),
      weight: 1.2 + 2 * (m.sessions / maxSessions),
      label: {
        lines: [...wrapWords(m.name, 18, 2), ...wrapWords(words.moonLine(m), 20, 2)],
        x,
        y: moonY + 40,
        anchor: 'middle',
        size: 12,
      },
    };
  });

  const peopleList = input.moonPeople.slice(0, 4);
  const peopleTop = moonY + 40 + 15 * 3 + 34;
  const homeOf = (p: MoonPersonInput) => moons.find((m) => m.id === p.space);
  const rows = new Map<number, number>();
  for (const p of peopleList) {
    const home = homeOf(p);
    if (home) rows.set(home.x, (rows.get(home.x) ?? 0) + 1);
  }
  // Anyone whose space is not drawn goes in the middle below everyone else: beside two moon spaces' people
  // (80 apart) there is no room for a third name (up to 121 wide).
  let deepest = Math.max(0, ...rows.values());
  const placed = new Map<number, number>();
  const moonPeople: PlacedMoonPerson[] = peopleList.map((p) => {
    const home = homeOf(p);
    const x = home?.x ?? 170;
    const row = home ? (placed.get(x) ?? 0) : deepest++;
    if (home) placed.set(x, row + 1);
    const y = peopleTop + row * 54;
    return {
      id: p.id,
      x,
      y,
      r: 8,
      tie: null,
      label: {
        lines: [...wrapWords(p.name, 18, 1), ...(p.overdue > 0 ? [words.overdue(p.overdue)] : [])],
        x,
        y: y + 24,
        anchor: 'middle',
        size: 12,
      },
    };
  });
  const height = deepest > 0 ? peopleTop + deepest * 54 - 6 : peopleTop - 24;

  return {
    kind: 'narrow',
    width,
    height,
    workplace,
    suns,
    moons,
    moonPeople,
    satellites,
    left: {
      moons: input.moons.length - moonList.length,
      moonPeople: input.moonPeople.length - peopleList.length,
      satellites: input.satellites.length - shown.length,
    },
    orbit,
  };
}

/** The rectangle a label covers (for the overlap check in tests, and nothing else). */
export function labelBox(label: Label): { x0: number; x1: number; y0: number; y1: number } {
  const w = Math.max(...label.lines.map((l) => textWidth(l, label.size)));
  const x0 = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
  const lineHeight = label.size * 1.25;
  return { x0, x1: x0 + w, y0: label.y - label.size, y1: label.y + lineHeight * (label.lines.length - 1) + 3 };
}

/** Where an arrow from a circle at `from` (radius rf) to one at `to` (radius rt) starts and ends, `gap` short. */
export function arrowBetween(from: Point, rf: number, to: Point, rt: number, gap = 4): { a: Point; b: Point } {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  return {
    a: { x: from.x + ux * (rf + gap), y: from.y + uy * (rf + gap) },
    b: { x: to.x - ux * (rt + gap), y: to.y - uy * (rt + gap) },
  };
}

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/core/graph/random.js';
import { translator, type Lang } from '../../../src/core/i18n/i18n.js';
import { powerMessages } from '../../i18n/power-messages.js';
import {
  labelBox,
  layoutDiagram,
  type DiagramInput,
  type DiagramLayout,
  type Label,
  type MoonInput,
  type MoonPersonInput,
  type SatelliteInput,
  type SunInput,
} from './power-layout.js';

/**
 * How far two shapes may run into each other (or a shape past the edge), in diagram units, and still count as
 * touching: labelBox estimates from a generous character width, so a fraction of a unit is below what it can
 * tell. On a phone, "siphoning (−12)" under a satellite at x 48 is estimated 96.6 wide, 0.3 past the left edge.
 * One unit, never more.
 */
const MARGIN = 1;

/** The words PowerDiagram gives the layout, in one language. */
function wordsFor(lang: Lang): Parameters<typeof layoutDiagram>[2] {
  const t = translator(powerMessages, lang);
  return {
    moreSuns: (n) => t('diagram.moreSuns', { n }),
    moonLine: (m) =>
      m.sessions === 0 ? t('diagram.moonNone') : t('diagram.moonLine', { sessions: m.sessions, closed: m.closedDoor }),
    effect: (e, net) => `${t(`effect.${e}`)} (${net > 0 ? '+' : net < 0 ? '−' : '±'}${Math.abs(net)})`,
    overdue: (n) => t('diagram.overdue', { n }),
  };
}

const SPACE_NAMES = [
  'Cafeteria',
  'Kitchen',
  'Lab break room',
  'Picket line at the main entrance',
  'Nursing break room on the fourth floor, east wing',
  'Sala de descanso de enfermería',
  'Cocina',
  'Línea de piquete en la entrada de urgencias',
  'Mesa de negociación',
  'Sala de audiencias de la junta de salud del condado',
  'Krankenhausbetriebsratsversammlungsraum',
  'Bargaining table',
  'County health board hearing room',
  'Almacén',
];
const PERSON_NAMES = [
  'Ana',
  'Ricardo López',
  'María José Fernández Gutiérrez',
  'Héctor Torres',
  'Begoña Ibáñez',
  'Adebayo Obi',
  'Emily Wright',
  'Juan Nwosu',
  'Ñusta Quispe Mamani de la Cruz',
  'Fernando Ramos',
  'Zoë Ångström-Ødegaard',
  'Maximiliano Bartolomé Echeverría',
];

/** A few dozen inputs drawn from a seeded generator: any mix of kinds, from none to more than the diagram holds. */
function randomInput(seed: number): DiagramInput {
  const random = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]) => list[int(0, list.length - 1)]!;
  const count = () => pick([0, 0, 1, 2, 3, int(1, 5), int(4, 9), int(8, 14)]);
  // Sometimes every figure is the same, as when nothing has happened yet or a survey gave round numbers.
  const equal = random() < 0.25;
  const suns: SunInput[] = Array.from({ length: count() }, (_, i) => ({
    id: `s-${seed}-${i}`,
    name: pick(SPACE_NAMES),
    power: equal ? 12 : pick([0, 0.8, Math.round(random() * 1000) / 10, int(50, 400)]),
  }));
  const moons: MoonInput[] = Array.from({ length: count() }, (_, i) => {
    const sessions = equal ? 4 : pick([0, 1, int(2, 30), int(100, 120)]);
    return { id: `m-${seed}-${i}`, name: pick(SPACE_NAMES), sessions, closedDoor: int(0, sessions) };
  });
  const moonPeople: MoonPersonInput[] = Array.from({ length: count() }, (_, i) => ({
    id: `o-${seed}-${i}`,
    name: pick(PERSON_NAMES),
    // Their space may be drawn, folded away, unknown, or one the diagram was not given.
    space: moons.length > 0 && random() < 0.7 ? pick(moons).id : pick([null, 'm-elsewhere']),
    overdue: pick([0, 0, 1, int(2, 12), int(20, 140)]),
  }));
  const satellites: SatelliteInput[] = Array.from({ length: count() }, (_, i) => ({
    id: `x-${seed}-${i}`,
    name: pick(PERSON_NAMES),
    net: equal ? 0 : pick([0, 1, -1, int(-15, 15), int(-99, 99)]),
  }));
  return { suns, moons, moonPeople, satellites };
}

const NONE: DiagramInput = { suns: [], moons: [], moonPeople: [], satellites: [] };
const sun = (i: number, name: string, power: number): SunInput => ({ id: `s${i}`, name, power });
const moon = (i: number, name: string, sessions: number, closedDoor = 0): MoonInput => ({
  id: `m${i}`,
  name,
  sessions,
  closedDoor,
});
const person = (i: number, name: string, space: string | null, overdue: number): MoonPersonInput => ({
  id: `o${i}`,
  name,
  space,
  overdue,
});
const satellite = (i: number, name: string, net: number): SatelliteInput => ({ id: `x${i}`, name, net });
const many = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));
const LONG_SPACE = 'Sala de audiencias de la junta de salud del condado';
const LONG_PERSON = 'María José Fernández Gutiérrez';

const HAND_WRITTEN: { name: string; input: DiagramInput }[] = [
  { name: 'nothing recorded yet', input: NONE },
  {
    name: 'one of each',
    input: {
      suns: [sun(0, 'Cafeteria', 3)],
      moons: [moon(0, 'Bargaining table', 1, 1)],
      moonPeople: [person(0, 'Ricardo López', 'm0', 1)],
      satellites: [satellite(0, 'Emily Wright', -1)],
    },
  },
  {
    name: 'the hospital of the component harness',
    input: {
      suns: [
        sun(0, 'Picket line at the main entrance', 130),
        sun(1, 'Cafeteria', 110),
        sun(2, 'Nursing break room', 42),
        sun(3, 'Kitchen', 18),
        sun(4, 'Lab break room', 6),
        sun(5, 'Pharmacy', 1.5),
        sun(6, 'Laundry', 0.8),
      ],
      moons: [moon(0, 'Bargaining table', 14, 10), moon(1, 'County health board hearing room', 0)],
      moonPeople: [person(0, 'Ricardo López', 'm0', 10), person(1, 'Fernando Ramos', 'm0', 0)],
      satellites: [
        satellite(0, 'Emily Wright', -2),
        satellite(1, 'Héctor Torres', 0),
        satellite(2, 'Juan Nwosu', 1),
        satellite(3, 'Adebayo Obi', 2),
      ],
    },
  },
  {
    name: 'more of everything than the diagram holds, every name long',
    input: {
      suns: many(12, (i) => sun(i, `${LONG_SPACE} ${i}`, 100 - i)),
      moons: many(6, (i) => moon(i, `${LONG_SPACE} ${i}`, 120 - i, 99)),
      moonPeople: many(9, (i) => person(i, LONG_PERSON, `m${i % 6}`, 140)),
      satellites: many(12, (i) => satellite(i, LONG_PERSON, i % 2 === 0 ? -88 : 88)),
    },
  },
  {
    name: 'three long-named moon spaces first and five people whose space is not drawn',
    input: {
      suns: [],
      moons: many(3, (i) => moon(i, `${LONG_SPACE} ${i}`, 12, 3)),
      moonPeople: many(5, (i) => person(i, LONG_PERSON, null, 12)),
      satellites: [],
    },
  },
  {
    name: 'moon people beside two moon spaces and beside none',
    input: {
      suns: [sun(0, 'Cocina', 1)],
      moons: [moon(0, 'Mesa de negociación', 30, 30), moon(1, 'Sala de audiencias', 2, 0)],
      moonPeople: [
        person(0, LONG_PERSON, 'm0', 3),
        person(1, 'Ñusta Quispe Mamani de la Cruz', null, 0),
        person(2, 'Begoña Ibáñez', 'm1', 40),
        person(3, 'Zoë Ångström-Ødegaard', 'm-elsewhere', 2),
      ],
      satellites: [],
    },
  },
  {
    name: 'every figure the same',
    input: {
      suns: many(5, (i) => sun(i, 'Sala de descanso de enfermería', 7)),
      moons: many(3, (i) => moon(i, 'Mesa de negociación', 5, 5)),
      moonPeople: many(3, (i) => person(i, 'Héctor Torres', `m${i}`, 5)),
      satellites: many(6, (i) => satellite(i, 'Begoña Ibáñez', 3)),
    },
  },
  {
    name: 'every figure zero',
    input: {
      suns: many(4, (i) => sun(i, 'Almacén', 0)),
      moons: many(2, (i) => moon(i, 'Almacén', 0)),
      moonPeople: many(2, (i) => person(i, 'Ana', `m${i}`, 0)),
      satellites: many(3, (i) => satellite(i, 'Ana', 0)),
    },
  },
  {
    name: 'one word longer than any line',
    input: {
      suns: [sun(0, 'Krankenhausbetriebsratsversammlungsraum', 5)],
      moons: [moon(0, 'Krankenhausbetriebsratsversammlungsraum', 1)],
      moonPeople: [person(0, 'Maximiliano-Bartolomé-Echeverría-Ibáñez', 'm0', 1)],
      satellites: [satellite(0, 'Maximiliano-Bartolomé-Echeverría-Ibáñez', -1)],
    },
  },
  {
    name: 'satellites only, as many as the orbit holds',
    input: { ...NONE, satellites: many(6, (i) => satellite(i, PERSON_NAMES[i]!, i - 3)) },
  },
];

const CASES = [...HAND_WRITTEN, ...many(40, (i) => ({ name: `random input ${i + 1}`, input: randomInput(i + 1) }))];

/** Every case in both languages, on a phone and on a desktop. */
const LAYOUTS = CASES.flatMap(({ name, input }) =>
  (['en', 'es'] as const).flatMap((lang) =>
    [360, 1280].map((width) => ({
      name: `${name} (${lang}, ${width} px)`,
      input,
      layout: layoutDiagram(input, width, wordsFor(lang)),
    })),
  ),
);

interface Circle {
  what: string;
  x: number;
  y: number;
  r: number;
}
interface Box {
  what: string;
  /** The circle the label names. */
  of: Circle;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

const n1 = (v: number) => String(Math.round(v * 10) / 10);
const showCircle = (c: Circle) => `${c.what} at (${n1(c.x)}, ${n1(c.y)}) r ${n1(c.r)}`;
const showBox = (b: Box) => `the label of ${b.what} [x ${n1(b.x0)}..${n1(b.x1)}, y ${n1(b.y0)}..${n1(b.y1)}]`;

/** What the layout draws, named as a person would name it: every circle, and every label with its circle. */
function shapesOf(layout: DiagramLayout, input: DiagramInput): { circles: Circle[]; boxes: Box[] } {
  const names = new Map(
    [...input.suns, ...input.moons, ...input.moonPeople, ...input.satellites].map((x) => [x.id, x.name]),
  );
  const circles: Circle[] = [];
  const boxes: Box[] = [];
  const add = (what: string, at: { x: number; y: number; r: number }, label?: Label) => {
    const circle = { what, x: at.x, y: at.y, r: at.r };
    circles.push(circle);
    if (label) boxes.push({ what, of: circle, ...labelBox(label) });
  };
  add('the workplace', layout.workplace);
  for (const s of layout.suns) {
    const what =
      s.others.length > 0 ? `the folded sun spaces "${s.label.lines.join(' ')}"` : `sun space "${names.get(s.id)}"`;
    add(what, s, s.label);
  }
  for (const m of layout.moons) add(`moon space "${names.get(m.id)}"`, m, m.label);
  for (const p of layout.moonPeople) add(`moon person "${names.get(p.id)}" (${p.id})`, p, p.label);
  for (const s of layout.satellites) add(`satellite "${names.get(s.id)}" (${s.id})`, s, s.label);
  return { circles, boxes };
}

const pairs = <T>(list: readonly T[]): [T, T][] =>
  list.flatMap((a, i) => list.slice(i + 1).map((b) => [a, b] as [T, T]));

function circlesOverlapping(circles: readonly Circle[]): string[] {
  return pairs(circles).flatMap(([a, b]) => {
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    return d < a.r + b.r - MARGIN
      ? [`${showCircle(a)} overlaps ${showCircle(b)}: centres ${n1(d)} apart, radii ${n1(a.r + b.r)}`]
      : [];
  });
}

function labelsOverlapping(boxes: readonly Box[]): string[] {
  return pairs(boxes).flatMap(([a, b]) => {
    const across = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
    const down = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
    return across > MARGIN && down > MARGIN
      ? [`${showBox(a)} overlaps ${showBox(b)} by ${n1(across)} × ${n1(down)}`]
      : [];
  });
}

function labelsOverCircles(circles: readonly Circle[], boxes: readonly Box[]): string[] {
  return boxes.flatMap((b) =>
    circles.flatMap((c) => {
      if (c === b.of) return [];
      // How far the circle's centre is from the nearest point of the box (0 inside it).
      const dx = Math.max(b.x0 - c.x, 0, c.x - b.x1);
      const dy = Math.max(b.y0 - c.y, 0, c.y - b.y1);
      const d = Math.hypot(dx, dy);
      return d < c.r - MARGIN ? [`${showBox(b)} runs ${n1(c.r - d)} into ${showCircle(c)}`] : [];
    }),
  );
}

function outside(layout: DiagramLayout, circles: readonly Circle[], boxes: readonly Box[]): string[] {
  const { width, height } = layout;
  const out = (x0: number, x1: number, y0: number, y1: number) =>
    x0 < -MARGIN || y0 < -MARGIN || x1 > width + MARGIN || y1 > height + MARGIN;
  return [
    ...circles.filter((c) => out(c.x - c.r, c.x + c.r, c.y - c.r, c.y + c.r)).map(showCircle),
    ...boxes.filter((b) => out(b.x0, b.x1, b.y0, b.y1)).map(showBox),
  ].map((what) => `${what} is outside the ${width} × ${height} picture`);
}

/** Each problem that `check` finds in each layout, with the case it was found in. */
function everywhere(check: (layout: DiagramLayout, shapes: ReturnType<typeof shapesOf>) => string[]): string[] {
  return LAYOUTS.flatMap(({ name, input, layout }) =>
    check(layout, shapesOf(layout, input)).map((problem) => `${name}, ${layout.kind}: ${problem}`),
  );
}

describe('the power diagram’s layout', () => {
  it('draws no mark over another: suns, moons, the workplace, moon people and satellites each have their room', () => {
    expect(everywhere((_, { circles }) => circlesOverlapping(circles))).toEqual([]);
  });

  it('writes no name over another name', () => {
    expect(everywhere((_, { boxes }) => labelsOverlapping(boxes))).toEqual([]);
  });

  it('writes no name over a mark it does not name', () => {
    expect(everywhere((_, { circles, boxes }) => labelsOverCircles(circles, boxes))).toEqual([]);
  });

  it('keeps every mark and every name inside the picture', () => {
    expect(everywhere((layout, { circles, boxes }) => outside(layout, circles, boxes))).toEqual([]);
  });

  it('draws each space and person once, or counts them among those left to the tables', () => {
    const problems = LAYOUTS.flatMap(({ name, input, layout }) => {
      const drawnSuns = [
        ...layout.suns.filter((s) => s.others.length === 0).map((s) => s.id),
        ...layout.suns.flatMap((s) => s.others),
      ];
      const found = [
        ['sun spaces', drawnSuns.length, 0, input.suns.length],
        ['moon spaces', layout.moons.length, layout.left.moons, input.moons.length],
        ['moon people', layout.moonPeople.length, layout.left.moonPeople, input.moonPeople.length],
        ['satellites', layout.satellites.length, layout.left.satellites, input.satellites.length],
      ] as const;
      const ids = [drawnSuns, layout.moons, layout.moonPeople, layout.satellites].flatMap((list) =>
        list.map((x) => (typeof x === 'string' ? x : x.id)),
      );
      return [
        ...found
          .filter(([, shown, left, given]) => shown + left !== given)
          .map(([kind, shown, left, given]) => `${name}: ${shown} ${kind} drawn and ${left} left, of ${given}`),
        ...(new Set(ids).size === ids.length ? [] : [`${name}: something is drawn twice (${ids.join(', ')})`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('is tried on inputs that fold, wrap and leave people to the tables, in both arrangements', () => {
    // If the inputs above stopped reaching these, the checks would pass without looking.
    const wide = LAYOUTS.filter((l) => l.layout.kind === 'wide').map((l) => l.layout);
    const narrow = LAYOUTS.filter((l) => l.layout.kind === 'narrow').map((l) => l.layout);
    for (const layouts of [wide, narrow]) {
      expect(layouts.some((l) => l.suns.some((s) => s.others.length > 0))).toBe(true);
      expect(layouts.some((l) => l.left.moons > 0 && l.left.moonPeople > 0 && l.left.satellites > 0)).toBe(true);
      expect(layouts.some((l) => l.suns.some((s) => s.label.lines.length > 1))).toBe(true);
      expect(layouts.some((l) => l.moons.some((m) => m.label.lines.length === 4))).toBe(true);
      expect(layouts.some((l) => l.satellites.some((s) => s.label.lines.some((line) => line.endsWith('…'))))).toBe(
        true,
      );
      expect(
        layouts.some((l) => l.suns.length + l.moons.length + l.moonPeople.length + l.satellites.length === 0),
      ).toBe(true);
    }
  });

  it('would notice a name moved onto another name or onto a mark, a mark onto another, or one off the edge', () => {
    const { input, layout } = LAYOUTS.find((l) => l.name.startsWith('the hospital') && l.layout.kind === 'wide')!;
    const [first, second] = layout.suns;
    const moved: DiagramLayout = {
      ...layout,
      suns: [
        { ...first!, label: { ...first!.label, y: second!.label.y } },
        { ...second!, y: first!.y + 10 },
      ],
      satellites: layout.satellites.map((s, i) =>
        i === 0 ? { ...s, x: -40 } : i === 1 ? { ...s, label: { ...s.label, x: 480, y: 300 } } : s,
      ),
    };
    const { circles, boxes } = shapesOf(moved, input);
    expect(labelsOverlapping(boxes).join('\n')).toMatch(/Picket line.*overlaps the label of sun space "Cafeteria"/);
    expect(circlesOverlapping(circles).join('\n')).toMatch(/sun space "Picket line.* overlaps sun space "Cafeteria"/);
    expect(labelsOverCircles(circles, boxes).join('\n')).toMatch(
      /satellite "Héctor Torres" .* runs .* into the workplace/,
    );
    expect(outside(moved, circles, boxes).join('\n')).toMatch(/satellite "Emily Wright" .* is outside the 960 × 600/);
  });
});

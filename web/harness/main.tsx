/**
 * The component harness: each component with synthetic props, one story per page, for the browser tests
 * and for looking at them by eye. Built only with `vite build --mode harness` (vite.config.ts).
 *
 *   /harness/?story=map&people=300&ties=1200   the map with its controls
 *   /harness/?story=wall&people=80             the wall chart
 *   /harness/?story=charts                     phase plot, timeline, readiness bars
 *   /harness/?story=power&satellites=4         the power map's diagram
 *   &lang=es                                   in Spanish
 */
import { StrictMode, useMemo, useRef, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { fromDay, toDay } from '../../src/core/dates.js';
import { isLang } from '../../src/core/i18n/i18n.js';
import { SIDES } from '../../src/core/vocabulary.js';
import { LangProvider } from '../app/lang.js';
import { MapControls } from '../components/map/MapControls.js';
import { PersonFinder } from '../components/map/PersonFinder.js';
import { RelationshipMap } from '../components/map/RelationshipMap.js';
import { dateRange } from '../components/map/map-model.js';
import type { MapColourBy, MapFilters, RelationshipMapHandle } from '../components/map/map-types.js';
import { WallChart } from '../components/charts/WallChart.js';
import { ChartsStory } from './charts-story.js';
import { PowerStory } from './power-story.js';
import type { FrameSample, HarnessApi } from './harness-api.js';
import { syntheticWorkplace } from './synthetic.js';
import '../styles/app.css';
import '../styles/controls.css';
import '../styles/map.css';
import '../styles/charts.css';
import '../styles/harness.css';
import '../styles/print.css';
import '../styles/power.css';

const params = new URLSearchParams(window.location.search);
const story = params.get('story') ?? 'map';
const num = (key: string, fallback: number) => {
  const v = Number(params.get(key));
  return Number.isFinite(v) && v > 0 ? v : fallback;
};
const langParam = params.get('lang');

const api: HarnessApi = {
  story,
  generateMs: 0,
  layout: null,
  opened: [],
  stats: null,
  dates: null,
  setAsOf: () => {},
  viewportPosition: () => null,
  renderedCounts: () => ({ people: 0, ties: 0 }),
  zoom: () => Promise.resolve(),
  ids: [],
  measureZoom: () => Promise.resolve({ deltas: [], ms: 0 }),
  measureReplay: () => Promise.resolve({ deltas: [], ms: 0 }),
};
window.sunspaceHarness = api;

/** Record the time between animation frames while `work` runs. */
async function sampleFrames(work: () => Promise<void>): Promise<FrameSample> {
  const deltas: number[] = [];
  let running = true;
  let last = performance.now();
  const started = last;
  const tick = (now: number) => {
    deltas.push(now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  await work();
  running = false;
  return { deltas, ms: performance.now() - started };
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function MapStory() {
  const data = useMemo(() => {
    const started = performance.now();
    const generated = syntheticWorkplace({ people: num('people', 300), ties: num('ties', 1200), seed: num('seed', 7) });
    api.generateMs = performance.now() - started;
    return generated;
  }, []);
  const range = useMemo(() => dateRange(data.nodes, data.edges), [data]);
  const [filters, setFilters] = useState<MapFilters>({ units: [], sides: SIDES });
  const [colourBy, setColourBy] = useState<MapColourBy>('unit');
  const [asOf, setAsOf] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const map = useRef<RelationshipMapHandle>(null);

  api.dates = range;
  api.setAsOf = setAsOf;
  api.viewportPosition = (id) => map.current?.viewportPosition(id) ?? null;
  api.renderedCounts = () => map.current?.renderedCounts() ?? { people: 0, ties: 0 };
  api.zoom = async (factor, durationMs) => map.current?.zoom(factor, durationMs);
  api.ids = data.nodes.map((p) => p.id);
  api.measureZoom = () =>
    sampleFrames(async () => {
      await map.current?.zoom(4, 1500);
      await map.current?.zoom(0.25, 1500);
      await map.current?.resetCamera(500);
    });
  api.measureReplay = (steps) =>
    sampleFrames(async () => {
      if (!range) return;
      const first = toDay(range.first);
      const last = toDay(range.last);
      for (let k = 0; k <= steps; k++) {
        setAsOf(fromDay(first + Math.round(((last - first) * k) / steps)));
        await nextFrame();
      }
      setAsOf(null);
      await nextFrame();
    });

  const open = (id: string) => {
    api.opened.push(id);
    setOpened(id);
  };

  return (
    <>
      <PersonFinder people={data.nodes} onOpenPerson={open} />
      <MapControls
        units={data.units}
        filters={filters}
        onFiltersChange={setFilters}
        colourBy={colourBy}
        onColourByChange={setColourBy}
        range={range}
        asOf={asOf}
        onAsOfChange={setAsOf}
        replayMs={num('replayMs', 12_000)}
      />
      <RelationshipMap
        ref={map}
        nodes={data.nodes}
        edges={data.edges}
        colourBy={colourBy}
        filters={filters}
        asOf={asOf}
        onOpenPerson={open}
        onLayout={(result) => (api.layout = { ms: result.ms, iterations: result.iterations })}
        onStats={(stats) => (api.stats = stats)}
        {...(params.has('iterations') ? { layoutIterations: num('iterations', 0) } : {})}
      />
      <p role="status" data-opened={opened ?? ''}>
        {opened ? `Opened ${opened}` : ''}
      </p>
    </>
  );
}

function WallStory() {
  const data = useMemo(
    () => syntheticWorkplace({ people: num('people', 80), ties: num('ties', 240), seed: num('seed', 3) }),
    [],
  );
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <>
      <WallChart
        people={data.wall}
        onOpenPerson={(id) => {
          api.opened.push(id);
          setOpened(id);
        }}
      />
      <p role="status">{opened ? `Opened ${opened}` : ''}</p>
    </>
  );
}

const stories: Record<string, { title: string; render: () => ReactNode }> = {
  map: { title: 'Relationship map', render: () => <MapStory /> },
  wall: { title: 'Wall chart', render: () => <WallStory /> },
  charts: { title: 'Phase plot, timeline and readiness', render: () => <ChartsStory /> },
  power: { title: 'The power map', render: () => <PowerStory satellites={num('satellites', 4)} /> },
};

const chosen = stories[story] ?? stories.map!;
document.title = `${chosen.title} · Sunspace components`;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider {...(isLang(langParam) ? { initial: langParam } : {})}>
      <main className="harness">
        <h1>{chosen.title}</h1>
        {chosen.render()}
      </main>
    </LangProvider>
  </StrictMode>,
);

/**
 * The relationship map: people as dots, ties as lines, drawn with sigma.js on WebGL so that ten thousand
 * people and a hundred thousand ties stay usable. The graph is built once per data set; filters, the
 * colouring and the date slider change only what the renderer's reducers answer, and a date change only
 * revisits the people and ties first seen between the two dates (map-model.ts), drawn once per frame
 * however often the date moves in it (map-renderer.ts).
 */
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { useLang, useT } from '../../app/lang.js';
import { formatDate, formatNumber } from '../../app/format.js';
import { chartsMessages } from '../../i18n/charts-messages.js';
import { shortUnitLabels } from '../charts/unit-labels.js';
import { categoryColour } from './map-colours.js';
import { defaultIterations, seedPositions } from './map-layout.js';
import { buildMapModel, countShown, mapView, type MapView } from './map-model.js';
import { buildGraph, createRenderer, isLargeWeb, type MapRenderer } from './map-renderer.js';
import { runLayout } from './layout-runner.js';
import type { MapStats, RelationshipMapHandle, RelationshipMapProps } from './map-types.js';

const LEGEND_MAX = 12;
/**
 * How long the date must stay put before the note that weak ties are resting is taken out of the live region:
 * longer than the slowest frame of a replay, so that a replay is announced once, even when a slow frame lets
 * the ties come back for a moment.
 */
const RESTING_SAID_MS = 2000;

export function RelationshipMap({ ref, ...props }: RelationshipMapProps & { ref?: Ref<RelationshipMapHandle> }) {
  const { nodes, edges, colourBy, filters, asOf } = props;
  const t = useT(chartsMessages);
  const { lang } = useLang();
  const container = useRef<HTMLDivElement>(null);
  const rendererRef = useRef<MapRenderer | null>(null);
  const settledRef = useRef(false);

  const model = useMemo(() => buildMapModel(nodes, edges), [nodes, edges]);
  const filtersKey = `${filters.units.join('\n')}|${filters.sides.join(',')}`;
  // filtersKey stands for the content of `filters`, which parents often rebuild on every render.
  const view = useMemo(() => mapView(model, filters, asOf), [model, filtersKey, asOf]);

  // The reducers read these refs, so props can change without rebuilding sigma.
  const viewRef = useRef<MapView>(view);
  const colourRef = useRef(colourBy);
  const propsRef = useRef(props);
  propsRef.current = props;

  const [stats, setStats] = useState<MapStats>(() => countShown(model, view));
  const [layout, setLayout] = useState<'running' | 'settled' | 'failed'>('running');
  const [broken, setBroken] = useState(false);
  // On a large web, weak ties rest while the date keeps moving (map-renderer.ts): a line under the map says so
  // while they do. What a screen reader hears is kept apart from what is shown: the words go into the polite
  // live region when the ties start resting and stay there until the date has been still a while.
  const large = isLargeWeb(model);
  const [tiesResting, setTiesResting] = useState(false);
  const [restingSaid, setRestingSaid] = useState(false);
  useEffect(() => {
    if (tiesResting) {
      setRestingSaid(true);
      return;
    }
    const timer = window.setTimeout(() => setRestingSaid(false), RESTING_SAID_MS);
    return () => window.clearTimeout(timer);
  }, [tiesResting]);

  // Build the graph and the renderer once per data set, and lay it out.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const started = performance.now();
    const given = nodes.length > 0 && nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y));
    const seed = given
      ? { x: Float32Array.from(nodes, (n) => n.x!), y: Float32Array.from(nodes, (n) => n.y!) }
      : seedPositions(model);
    const iterations = propsRef.current.layoutIterations ?? defaultIterations(model.ids.length, model.edgeA.length);
    const needsLayout = !given && model.ids.length > 1 && iterations > 0;
    settledRef.current = false;
    setLayout(needsLayout ? 'running' : 'settled');

    const graph = buildGraph(model, nodes, seed.x, seed.y);
    const settle = (done: number) => {
      settledRef.current = true;
      const positions: Record<string, { x: number; y: number }> = {};
      graph.forEachNode((id, a) => (positions[id] = { x: a.x, y: a.y }));
      propsRef.current.onLayout?.({ positions, ms: performance.now() - started, iterations: done });
    };

    // The worker starts first, so the layout runs while the renderer indexes the graph.
    const stopLayout = needsLayout
      ? runLayout(model, seed, iterations, (result) => {
          if (result) {
            graph.updateEachNodeAttributes(
              (_id, a) => {
                a.x = result.x[a.i]!;
                a.y = result.y[a.i]!;
                return a;
              },
              { attributes: ['x', 'y'] },
            );
          }
          setLayout(result ? 'settled' : 'failed');
          settle(result?.iterations ?? 0);
        })
      : null;

    let renderer: MapRenderer;
    try {
      renderer = createRenderer(
        graph,
        el,
        model,
        { view: () => viewRef.current, colourBy: () => colourRef.current },
        setTiesResting,
      );
    } catch {
      stopLayout?.();
      setBroken(true);
      return;
    }
    setBroken(false);
    rendererRef.current = renderer;
    const { sigma } = renderer;
    sigma.on('clickNode', ({ node }) => propsRef.current.onOpenPerson(node));
    sigma.on('enterNode', () => (el.style.cursor = 'pointer'));
    sigma.on('leaveNode', () => (el.style.cursor = ''));
    if (!needsLayout) settle(0);

    return () => {
      stopLayout?.();
      sigma.kill();
      rendererRef.current = null;
      setTiesResting(false);
    };
  }, [model, nodes]);

  // Filters, colouring and the date: ask the reducers again, only where needed.
  useEffect(() => {
    const previous = viewRef.current;
    const previousColour = colourRef.current;
    viewRef.current = view;
    colourRef.current = colourBy;
    const renderer = rendererRef.current;
    if (renderer) {
      const onlyDate =
        previousColour === colourBy &&
        previous.sides === view.sides &&
        previous.unitShown.length === view.unitShown.length &&
        previous.unitShown.every((v, i) => v === view.unitShown[i]);
      if (onlyDate && previous !== view) renderer.moveDate(previous.day, view.day);
      else if (!onlyDate) renderer.sigma.refresh();
    }
    const next = countShown(model, view);
    setStats(next);
    propsRef.current.onStats?.(next);
  }, [model, view, colourBy]);

  useImperativeHandle(
    ref,
    (): RelationshipMapHandle => ({
      viewportPosition(id) {
        const sigma = rendererRef.current?.sigma;
        const data = sigma?.getNodeDisplayData(id);
        if (!sigma || !data || data.hidden) return null;
        return sigma.framedGraphToViewport({ x: data.x, y: data.y });
      },
      async zoom(factor, durationMs = 600) {
        const camera = rendererRef.current?.sigma.getCamera();
        if (!camera) return;
        const state = camera.getState();
        await camera.animate({ ratio: state.ratio / factor }, { duration: durationMs });
      },
      async resetCamera(durationMs = 400) {
        await rendererRef.current?.sigma
          .getCamera()
          .animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: durationMs });
      },
      stats: () => countShown(model, viewRef.current),
      renderedCounts() {
        const sigma = rendererRef.current?.sigma;
        let people = 0;
        let ties = 0;
        if (sigma) {
          const graph = sigma.getGraph();
          graph.forEachNode((id) => {
            const data = sigma.getNodeDisplayData(id);
            if (data && !data.hidden) people++;
          });
          graph.forEachEdge((id) => {
            const data = sigma.getEdgeDisplayData(id);
            if (data && !data.hidden) ties++;
          });
        }
        return { people, ties };
      },
      layoutSettled: () => settledRef.current,
    }),
    [model],
  );

  const legend = useMemo(() => {
    const names = colourBy === 'unit' ? model.units : model.groups;
    const short = colourBy === 'unit' ? shortUnitLabels(names.filter((n) => n !== '')) : null;
    return names.slice(0, LEGEND_MAX).map((name, i) => ({
      name: name === '' ? t(colourBy === 'unit' ? 'map.noUnit' : 'map.noGroup') : name,
      short: name === '' ? null : (short?.get(name) ?? name),
      colour: categoryColour(i, name),
    }));
  }, [colourBy, model, t]);
  const legendMore = (colourBy === 'unit' ? model.units : model.groups).length - legend.length;

  const asOfText = asOf === null ? null : formatDate(lang, asOf);
  const summary = t(asOfText === null ? 'map.summary' : 'map.summaryAsOf', {
    people: formatNumber(lang, stats.people),
    ties: formatNumber(lang, stats.ties),
    strong: formatNumber(lang, stats.strongTies),
    date: asOfText ?? '',
  });

  return (
    <figure className="relationship-map" data-people-shown={stats.people} data-ties-shown={stats.ties}>
      <div
        ref={container}
        className="relationship-map__stage"
        role="img"
        aria-label={`${props.label ?? t('map.label')}. ${summary}`}
      />
      {broken && (
        <p className="relationship-map__notice" role="alert">
          {t('map.noWebgl')}
        </p>
      )}
      {!broken && layout === 'running' && (
        <p className="relationship-map__notice" role="status">
          {t('map.arranging')}
        </p>
      )}
      {large && !broken && (
        <p
          className={`relationship-map__resting${tiesResting ? ' relationship-map__resting--shown' : ''}`}
          role="status"
        >
          {restingSaid ? t('map.weakTiesResting') : ''}
        </p>
      )}
      <figcaption className="relationship-map__caption">
        <p className="relationship-map__summary">{summary}</p>
        <ul className="map-legend" aria-label={t(colourBy === 'unit' ? 'map.legendUnits' : 'map.legendGroups')}>
          {legend.map((item) => (
            <li key={item.name} title={item.name}>
              <span className="map-legend__swatch" style={{ backgroundColor: item.colour }} aria-hidden="true" />
              {item.short ?? item.name}
            </li>
          ))}
          {legendMore > 0 && <li>{t('map.legendMore', { n: legendMore })}</li>}
        </ul>
        <p className="map-legend__ties">
          <span className="map-legend__tie">
            <span className="tie-sample tie-sample--strong" aria-hidden="true" /> {t('map.strongTie')}
          </span>
          <span className="map-legend__tie">
            <span className="tie-sample tie-sample--weak" aria-hidden="true" /> {t('map.weakTie')}
          </span>
        </p>
      </figcaption>
    </figure>
  );
}

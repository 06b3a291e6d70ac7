/**
 * The relationship map of the workspace (GET /map): colour by unit or natural group, dots sized by trust,
 * strong and weaker ties drawn apart, filters by unit and side, the date slider that replays how the web
 * grew, and a click (or the finder, by keyboard) to open a person. Loaded on its own: sigma and graphology
 * stay out of the app's first script.
 */
import { useMemo, useState } from 'react';
import { SIDES } from '../../src/core/vocabulary.js';
import { fetchMap, type MapView } from '../api/views.api.js';
import { useT } from '../app/lang.js';
import { Loaded } from '../app/Loaded.js';
import { Page } from '../app/Page.js';
import { useResource } from '../app/resource.js';
import { navigate, pathFor } from '../app/router.js';
import { useWorkspace } from '../app/workspace.js';
import { MapControls } from '../components/map/MapControls.js';
import { dateRange } from '../components/map/map-model.js';
import type { MapColourBy, MapFilters, MapPerson, MapTie } from '../components/map/map-types.js';
import { PersonFinder } from '../components/map/PersonFinder.js';
import { RelationshipMap } from '../components/map/RelationshipMap.js';
import { appMessages } from '../i18n/app-messages.js';
import { viewsMessages } from '../i18n/views-messages.js';

/**
 * The API's map as the component's props: names as labels, natural groups named by number, and trust (how
 * many coworkers have a strong tie to them) as a share of the most trusted person's, for the dot's size.
 */
export function mapData(
  view: MapView,
  groupName: (n: number) => string,
): { nodes: MapPerson[]; edges: MapTie[]; units: string[] } {
  const most = Math.max(0, ...view.people.map((p) => p.trust));
  const nodes = view.people.map((p) => ({
    id: p.id,
    label: p.name,
    unit: p.unit,
    group: p.group === null ? null : groupName(p.group + 1),
    trust: most > 0 ? p.trust / most : 0,
    since: p.since,
  }));
  const edges = view.ties.map((t) => ({
    a: t.a,
    b: t.b,
    strength: t.strength,
    strong: t.strong,
    sides: t.sides,
    since: t.since,
  }));
  // Every unit and the units above it, so a filter can take a whole department.
  const units = new Set<string>();
  for (const p of view.people) {
    if (!p.unit) continue;
    const parts = p.unit.split('/');
    for (let i = 1; i <= parts.length; i++) units.add(parts.slice(0, i).join('/'));
  }
  return { nodes, edges, units: [...units].sort() };
}

export default function MapPage() {
  const a = useT(appMessages);
  const { name: workspace } = useWorkspace();
  const map = useResource(() => fetchMap(workspace), [workspace]);
  return (
    <Page title={a('page.map')} intro={a('intro.map')}>
      <Loaded resource={map}>{(view) => <MapBody view={view} workspace={workspace} />}</Loaded>
    </Page>
  );
}

function MapBody({ view, workspace }: { view: MapView; workspace: string }) {
  const t = useT(viewsMessages);
  const data = useMemo(() => mapData(view, (n) => t('map.group', { n })), [view, t]);
  const range = useMemo(() => dateRange(data.nodes, data.edges), [data]);
  const [filters, setFilters] = useState<MapFilters>({ units: [], sides: SIDES });
  const [colourBy, setColourBy] = useState<MapColourBy>('unit');
  const [asOf, setAsOf] = useState<string | null>(null);
  const open = (id: string) => navigate(pathFor('person', { workspace, id }));

  if (data.nodes.length === 0) return <p className="empty">{t('map.empty')}</p>;
  return (
    <div className="map-page">
      <div className="map-page__map">
        <RelationshipMap
          nodes={data.nodes}
          edges={data.edges}
          colourBy={colourBy}
          filters={filters}
          asOf={asOf}
          onOpenPerson={open}
        />
      </div>
      <div className="map-page__controls">
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
        />
      </div>
    </div>
  );
}

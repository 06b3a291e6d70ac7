/**
 * The web app's views of a workspace (docs/web-views.md) over the store: the analysis report, the
 * relationship map and the wall chart of what one viewer may see, computed from one pass over the records.
 *
 * Need-to-know decides how the records are read. A viewer who sees the whole workspace gets every record,
 * streamed a page at a time (nothing hidden to filter, and a large workspace is never held whole); anyone
 * else gets `loadVisibleRecords`, which the database filters with the rules of access-scope.ts, so a figure
 * of theirs is computed only from what they may see.
 */
import { seesWholeWorkspace, type Viewer } from '../core/access.js';
import type { Lang } from '../core/i18n/i18n.js';
import { analyze } from '../core/model/analysis.js';
import { pairStrengths } from '../core/model/base.js';
import { relationshipMap, wallChart, type RelationshipMap, type WallChart } from '../core/model/relationship-map.js';
import type { AnalysisReport } from '../core/model/report.js';
import type { ModelSettings } from '../core/model/settings.js';
import { ViewAccumulator } from '../core/model/view-accumulator.js';
import type { Ask, Committee, Grievance, Interaction, Person, RecordKind, TieObservation } from '../core/records.js';
import type { Db } from './database.js';
import { iterateRecords } from './records.store.js';
import { loadVisibleRecords } from './visible-records.store.js';

/** Anything that takes records the way the model's accumulator does. */
export interface RecordSink {
  addPerson(person: Person): void;
  addCommittee(committee: Committee): void;
  addGrievance(grievance: Grievance): void;
  addAsk(ask: Ask): void;
  addTie(tie: TieObservation): void;
  addInteraction(interaction: Interaction): void;
}

/**
 * Feed every record the viewer may see into `sink`, in the model's order (asks before interactions, so an
 * ask without a date of its own finds its interaction's).
 */
export async function feedVisibleRecords(
  db: Db,
  ws: number,
  viewer: Viewer,
  sink: RecordSink,
  pageSize = 5000,
): Promise<void> {
  if (!seesWholeWorkspace(viewer)) {
    const r = await loadVisibleRecords(db, ws, viewer);
    for (const p of r.people) sink.addPerson(p);
    for (const c of r.committees) sink.addCommittee(c);
    for (const g of r.grievances) sink.addGrievance(g);
    for (const a of r.asks) sink.addAsk(a);
    for (const t of r.ties) sink.addTie(t);
    for (const i of r.interactions) sink.addInteraction(i);
    return;
  }
  const pages = <K extends RecordKind>(kind: K) => iterateRecords(db, ws, kind, pageSize);
  for await (const page of pages('people')) for (const p of page) sink.addPerson(p);
  for await (const page of pages('committees')) for (const c of page) sink.addCommittee(c);
  for await (const page of pages('grievances')) for (const g of page) sink.addGrievance(g);
  for await (const page of pages('asks')) for (const a of page) sink.addAsk(a);
  for await (const page of pages('ties')) for (const t of page) sink.addTie(t);
  for await (const page of pages('interactions')) for (const i of page) sink.addInteraction(i);
}

export interface WorkspaceViews {
  report: AnalysisReport;
  map: RelationshipMap;
  wallChart: WallChart;
}

/** The report, the map and the wall chart of what the viewer may see, as of `asOf`. */
export async function workspaceViews(
  db: Db,
  ws: number,
  viewer: Viewer,
  options: { asOf: string; settings?: ModelSettings; lang?: Lang; pageSize?: number },
): Promise<WorkspaceViews> {
  const views = new ViewAccumulator({ asOf: options.asOf, settings: options.settings });
  await feedVisibleRecords(db, ws, viewer, views, options.pageSize);
  const report = analyze(views.model, { lang: options.lang });
  const strength = pairStrengths(views.model);
  return { report, map: relationshipMap(views, report, strength), wallChart: wallChart(views, strength) };
}

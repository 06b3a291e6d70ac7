import { z } from '@hono/zod-openapi';
import { seesWholeWorkspace } from '../../core/access.js';
import { personFigures } from '../../core/model/person-figures.js';
import { careSignalSchema } from '../../core/model/report.js';
import { modelSettingsOfWorkspace } from '../../core/model/settings.js';
import { personFiguresFromStore } from '../../store/analysis.store.js';
import { getPerson } from '../../store/people.store.js';
import { loadVisibleRecords } from '../../store/visible-records.store.js';
import { ApiError } from '../api-error.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, newRoutes, type RouteKit } from '../route-kit.js';
import { asOfQuery, type ViewSource } from '../workspace-views.js';
import { recordParams } from './params.js';
import { namesOut } from './record-schemas.js';

/** PersonFigures of src/core/model/person-figures.ts, with the names of the people it mentions. */
const personFiguresOut = z
  .object({
    asOf: z.string(),
    modelVersion: z.string(),
    person: z.string(),
    /** Counted as a coworker on the analysis date (circle sun, started, not left). */
    counted: z.boolean(),
    /** Every tie above 0, strongest first. */
    ties: z.array(
      z.object({
        other: z.string(),
        strength: z.number().min(0).max(1),
        strong: z.boolean(),
        lastContact: z.string().nullable(),
      }),
    ),
    strongTies: z.number().int().min(0),
    careSignals: z.array(careSignalSchema.extend({})),
    names: namesOut,
  })
  .openapi('PersonFigures');

/** One person's ties and care signals, from what the viewer may see (docs/model.md#scale). */
export function personFiguresRoutes({ define, deps }: RouteKit, views: ViewSource) {
  const db = deps.store;

  const figures = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/people/{id}/figures',
      summary: "A person's ties, each with its strength and last contact, and the care signals about them or by them",
      request: { params: recordParams('id', "The person's bundle id"), query: asOfQuery },
      responses: { 200: jsonAnswer(personFiguresOut, 'The figures'), ...errors(400, 401, 404) },
    },
  );

  return newRoutes().openapi(figures, async (c) => {
    const { ws, viewer, workspace } = workspaceScope(c);
    const { id } = c.req.valid('param');
    // a person the viewer may not see answers exactly as one who does not exist
    if (!(await getPerson(db, ws, viewer, id))) throw new ApiError('person_not_found', { id });
    const options = {
      asOf: views.asOf(c.req.valid('query').asOf),
      settings: modelSettingsOfWorkspace(workspace.settings),
      lang: c.var.lang,
    };
    const found = seesWholeWorkspace(viewer)
      ? await personFiguresFromStore(db, ws, id, options)
      : personFigures(id, await loadVisibleRecords(db, ws, viewer), options);
    const named = [
      found.person,
      ...found.ties.map((t) => t.other),
      ...found.careSignals.flatMap((s) => [s.person, s.by ?? s.person]),
    ];
    return c.json({ ...found, names: await views.names(c, named) }, 200);
  });
}

import { wallChartSchema } from '../../core/model/relationship-map.js';
import { errors, jsonAnswer, newRoutes, type RouteKit } from '../route-kit.js';
import { asOfQuery, type ViewSource } from '../workspace-views.js';
import { workspaceParams } from './params.js';

const wallChartOut = wallChartSchema.extend({}).openapi('WallChart');

/** The organizers' wall chart of what the viewer may see (src/core/model/relationship-map.ts). */
export function wallChartRoutes({ define }: RouteKit, views: ViewSource) {
  const chart = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/wall-chart',
      summary: 'Every worker by unit, with their stance and whether they are tied to the base (stone) or not (sand)',
      description:
        'The base is the coworkers on a committee or who say they are supporters; stone is a strong tie to someone ' +
        'in the base, sand none (docs/model.md#stone-and-sand). Workers who have left are listed with `left: true`.',
      request: { params: workspaceParams, query: asOfQuery },
      responses: { 200: jsonAnswer(wallChartOut, 'The wall chart, by unit and name'), ...errors(400, 401, 404) },
    },
  );

  return newRoutes().openapi(chart, async (c) =>
    c.json((await views.views(c, c.req.valid('query').asOf)).wallChart, 200),
  );
}

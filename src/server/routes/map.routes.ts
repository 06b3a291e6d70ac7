import { relationshipMapSchema } from '../../core/model/relationship-map.js';
import { errors, jsonAnswer, newRoutes, type RouteKit } from '../route-kit.js';
import { asOfQuery, type ViewSource } from '../workspace-views.js';
import { workspaceParams } from './params.js';

const mapOut = relationshipMapSchema.extend({}).openapi('RelationshipMap');

/** The relationship map of what the viewer may see (src/core/model/relationship-map.ts). */
export function mapRoutes({ define }: RouteKit, views: ViewSource) {
  const map = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/map',
      summary: 'The relationship map: everyone present with their natural group and trust, every tie with its strength',
      description:
        'People present on the analysis date (started, not left) with their natural group (an index into the ' +
        "analysis's groups, or null), trusted score (0 when not listed) and the first day they appear; every tie " +
        'between two of them with strength above 0, whether it is strong, the sides it has evidence on, and the ' +
        'first day it appears. Only what the viewer may see is drawn or counted.',
      request: { params: workspaceParams, query: asOfQuery },
      responses: { 200: jsonAnswer(mapOut, 'The map'), ...errors(400, 401, 404) },
    },
  );

  return newRoutes().openapi(map, async (c) => c.json((await views.views(c, c.req.valid('query').asOf)).map, 200));
}

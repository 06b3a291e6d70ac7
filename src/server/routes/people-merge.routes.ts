import { z } from '@hono/zod-openapi';
import { translator } from '../../core/i18n/i18n.js';
import { idSchema } from '../../core/records.js';
import { getPerson } from '../../store/people.store.js';
import { findDuplicates, mergePeople, MergeConflict } from '../../store/people-merge.store.js';
import { ApiError, invalidInput } from '../api-error.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { FIELD_MESSAGES } from '../server-messages.js';
import type { ViewSource } from '../workspace-views.js';
import { recordParams, workspaceParams } from './params.js';
import { namesOut, personOut } from './record-schemas.js';

const duplicatesOut = z
  .object({
    pairs: z.array(
      z.object({
        a: z.string(),
        b: z.string(),
        /** same_name_and_unit: the same folded name in the same unit; same_folded_name: the same folded name. */
        reason: z.enum(['same_name_and_unit', 'same_folded_name']),
      }),
    ),
    names: namesOut,
  })
  .openapi('Duplicates');

/**
 * Likely duplicates and merging them (src/store/people-merge.store.ts). Registered before people.routes.ts,
 * so that `people/duplicates` is this list rather than a person of that id.
 */
export function peopleMergeRoutes({ define, deps }: RouteKit, views: ViewSource) {
  const db = deps.store;

  const duplicates = define(
    { workspace: 'lead' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/people/duplicates',
      summary: 'Likely duplicate people: the same name once accents, case and spaces are folded',
      description:
        'Pairs of people I may see (those who left included) whose names fold to the same; `same_name_and_unit` ' +
        'when they are also in the same unit (listed first). At most 500 pairs.',
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(duplicatesOut, 'The pairs'), ...errors(401, 403, 404) },
    },
  );

  const merge = define(
    { workspace: 'lead' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/people/{id}/merge',
      summary: 'Merge a duplicate into the person to keep: every record of theirs moves over, then they are removed',
      description:
        'Every interaction, raising, tie observation, ask, action, committee and power-map record of `id` moves to ' +
        '`into` in one transaction; where both were listed, one entry stays. Refused (409) when the two have a ' +
        'record between just the two of them. Answers the person kept, as they are now.',
      request: {
        params: recordParams('id', 'The bundle id of the person merged away'),
        body: jsonBody(z.object({ into: idSchema.clone().openapi({ description: 'The person to keep' }) }).strict()),
      },
      responses: { 200: jsonAnswer(personOut, 'The person kept'), ...errors(400, 401, 403, 404, 409) },
    },
  );

  return newRoutes()
    .openapi(duplicates, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const pairs = await findDuplicates(db, ws, viewer);
      return c.json(
        {
          pairs,
          names: await views.names(
            c,
            pairs.flatMap((p) => [p.a, p.b]),
          ),
        },
        200,
      );
    })
    .openapi(merge, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const { id } = c.req.valid('param');
      const { into } = c.req.valid('json');
      if (!(await getPerson(db, ws, viewer, id))) throw new ApiError('person_not_found', { id });
      const t = translator(FIELD_MESSAGES, c.var.lang);
      if (into === id) throw invalidInput([{ field: 'into', message: t('merge_into_itself') }]);
      if (!(await getPerson(db, ws, viewer, into))) {
        throw invalidInput([{ field: 'into', message: t('no_such_person', { id: into }) }]);
      }
      try {
        return c.json(await mergePeople(db, ws, id, into), 200);
      } catch (error) {
        if (error instanceof MergeConflict) {
          throw new ApiError('merge_conflict', { n: error.records.length, records: error.records.join(', ') });
        }
        throw error;
      }
    });
}

import { translator } from '../../core/i18n/i18n.js';
import { visibleNames } from '../../store/people.store.js';
import { addTie } from '../../store/ties.store.js';
import { invalidInput, type FieldProblem } from '../api-error.js';
import { workspaceScope } from '../app-env.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { FIELD_MESSAGES } from '../server-messages.js';
import { workspaceParams } from './params.js';
import { tieIn, tieOut } from './record-schemas.js';

/** The social map: what someone knows of the relationship between two people. */
export function tiesRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const add = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/ties',
      summary: 'Record what is known of a relationship between two people: its sides, closeness, when, by whom',
      request: { params: workspaceParams, body: jsonBody(tieIn) },
      responses: { 201: jsonAnswer(tieOut, 'The observation'), ...errors(400, 401, 403, 404) },
    },
  );

  return newRoutes().openapi(add, async (c) => {
    const { ws, viewer } = workspaceScope(c);
    const tie = c.req.valid('json');
    const t = translator(FIELD_MESSAGES, c.var.lang);
    const known = await visibleNames(db, ws, viewer, [tie.a, tie.b, ...(tie.observedBy ? [tie.observedBy] : [])]);
    const problems: FieldProblem[] = [];
    for (const field of ['a', 'b', 'observedBy'] as const) {
      const id = tie[field];
      if (id !== null && !known.has(id)) problems.push({ field, message: t('no_such_person', { id }) });
    }
    if (tie.a === tie.b) problems.push({ field: 'b', message: t('same_person') });
    const [first, ...rest] = problems;
    if (first) throw invalidInput([first, ...rest]);
    await addTie(db, ws, tie);
    return c.json(tie, 201);
  });
}

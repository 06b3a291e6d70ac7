import { z } from '@hono/zod-openapi';
import { planReport } from '../../core/model/action-plan.js';
import { modelSettingsOfWorkspace } from '../../core/model/settings.js';
import type { Plan } from '../../core/power-records.js';
import { isoDateSchema } from '../../core/records.js';
import { getVisiblePlan, newPowerId, removePlan, savePlan, visiblePlans } from '../../store/power.store.js';
import { loadVisibleRecords } from '../../store/visible-records.store.js';
import { ApiError } from '../api-error.js';
import { workspaceScope } from '../app-env.js';
import { checkPowerRecord } from '../power-checks.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { recordParams, workspaceParams } from './params.js';
import { audited, changeOf, keepHidden, powerScope, WHOLE } from './power-kit.js';
import { planIn, planOut, planPatch, planWithReport, removedOut } from './power-schemas.js';

const params = recordParams('id', "The plan's id");
const reportQuery = z.object({
  asOf: isoDateSchema.optional().openapi({ description: 'Who had been reached by this day (default: today)' }),
});

/**
 * Relationship-first plans (src/core/model/action-plan.ts): for an action, or a message every coworker should
 * hear, who carries the word to whom over the strongest tie, who nobody knows yet, and afterwards who was
 * reached. A plan is worked out over what the person asking may see. Any member may correct or remove one: the
 * people and units expected that are hidden from them stay as they were.
 */
export function plansRoutes({ define, deps }: RouteKit) {
  const db = deps.store;
  const today = () => deps.clock().toISOString().slice(0, 10);

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/plans',
      summary: "The committee's plans",
      request: { params: workspaceParams },
      responses: { 200: jsonAnswer(z.array(planOut), 'Plans, by id'), ...errors(401, 404) },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/plans/{id}',
      summary: 'A plan with its pairing (who carries the word to whom), what it flags, and who was reached since',
      request: { params, query: reportQuery },
      responses: { 200: jsonAnswer(planWithReport, 'The plan and its report'), ...errors(400, 401, 404) },
    },
  );

  const create = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/plans',
      summary: 'Make a plan for an action or a message, relationship first',
      request: { params: workspaceParams, body: jsonBody(planIn) },
      responses: { 201: jsonAnswer(planOut, 'The plan'), ...errors(400, 401, 403, 404) },
    },
  );

  const update = define(
    { workspace: 'member' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/plans/{id}',
      summary: "Change a plan's title, word, action, the people expected, or the day it was made",
      request: { params, body: jsonBody(planPatch) },
      responses: { 200: jsonAnswer(planOut, 'The plan as it is now'), ...errors(400, 401, 403, 404) },
    },
  );

  const remove = define(
    { workspace: 'member' },
    {
      method: 'delete',
      path: '/api/workspaces/{workspace}/plans/{id}',
      summary: 'Remove a plan (the conversations it led to stay)',
      request: { params },
      responses: { 200: jsonAnswer(removedOut, 'The plan is removed'), ...errors(401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      return c.json(await visiblePlans(db, ws, viewer), 200);
    })
    .openapi(get, async (c) => {
      const { workspace, ws, viewer } = workspaceScope(c);
      const { id } = c.req.valid('param');
      const plan = await getVisiblePlan(db, ws, viewer, id);
      if (!plan) throw new ApiError('plan_not_found');
      const records = await loadVisibleRecords(db, ws, viewer);
      const report = planReport(plan, records, {
        asOf: c.req.valid('query').asOf ?? today(),
        settings: modelSettingsOfWorkspace(workspace.settings),
        lang: c.var.lang,
      });
      return c.json({ plan, report }, 200);
    })
    .openapi(create, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const input = c.req.valid('json');
      const plan: Plan = { ...input, createdOn: input.createdOn ?? today(), id: newPowerId('plans', deps.randomBytes) };
      await checkPowerRecord(db, ws, viewer, c.var.lang, 'plans', plan);
      await savePlan(db, ws, plan);
      return c.json(plan, 201);
    })
    .openapi(update, async (c) => {
      const s = powerScope(c, deps);
      const { id } = c.req.valid('param');
      const change = c.req.valid('json');
      const seen = await getVisiblePlan(db, s.ws, s.viewer, id);
      if (!seen) throw new ApiError('plan_not_found');
      const { part, fields } = changeOf(seen, change);
      if (fields.length === 0) return c.json(seen, 200);
      const stored = (await getVisiblePlan(db, s.ws, WHOLE, id))!;
      await checkPowerRecord(db, s.ws, s.viewer, s.lang, 'plans', { ...seen, ...change, id });
      const details = { kind: 'plans', fields };
      return c.json(
        await audited(s, { action: 'record_changed', subject: id, details }, async (tx) => {
          await savePlan(tx, s.ws, keepHidden<Plan>(stored, seen, part));
          return (await getVisiblePlan(tx, s.ws, s.viewer, id))!;
        }),
        200,
      );
    })
    .openapi(remove, async (c) => {
      const s = powerScope(c, deps);
      const { id } = c.req.valid('param');
      if (!(await getVisiblePlan(db, s.ws, s.viewer, id))) throw new ApiError('plan_not_found');
      await audited(s, { action: 'record_removed', subject: id, details: { kind: 'plans' } }, async (tx) => {
        if (!(await removePlan(tx, s.ws, id))) throw new ApiError('plan_not_found');
      });
      return c.json({ id, removed: true as const }, 200);
    });
}

import { z } from '@hono/zod-openapi';
import type { AnalysisReport } from '../../core/model/report.js';
import { careSignalSchema } from '../../core/model/report.js';
import { idSchema } from '../../core/records.js';
import { fetchVisibleInteractions } from '../../store/interactions.store.js';
import { workspaceScope } from '../app-env.js';
import { summarize } from '../conversation-view.js';
import { errors, jsonAnswer, newRoutes, type RouteKit } from '../route-kit.js';
import { asOfQuery, type ViewSource } from '../workspace-views.js';
import { workspaceParams } from './params.js';
import { conversationSummary, namesOut } from './record-schemas.js';

const RECENT = 20;

const todayQuery = asOfQuery.extend({
  me: idSchema.optional().openapi({
    description: 'The person the organizer is (their bundle id): care signals about their own asks come first',
  }),
});

const todayOut = z
  .object({
    /** Care signals other than fading ties and newcomers (those have lists of their own): mine first. */
    careSignals: z.array(careSignalSchema.extend({})),
    fadingTies: z.array(z.object({ a: z.string(), b: z.string(), since: z.string().nullable() })),
    newcomers: z.array(z.object({ person: z.string(), since: z.string().nullable() })),
    recent: z.array(conversationSummary),
    names: namesOut,
  })
  .openapi('Today');

/**
 * Today's lists from the report's care signals (docs/model.md#care-signals): a fading tie is `{a, b}` with
 * `a` the one who started more of their time together (the signal's `by`) and `b` the other; newcomers are
 * those nobody has welcomed yet; the other signals come with those where `me` is `by` first.
 */
export function todayLists(signals: AnalysisReport['careSignals'], me: string | undefined) {
  const others = signals.filter((s) => s.kind !== 'fading_tie' && s.kind !== 'newcomer_unwelcomed');
  return {
    careSignals: [...others.filter((s) => s.by === me), ...others.filter((s) => s.by !== me)],
    fadingTies: signals
      .filter((s) => s.kind === 'fading_tie')
      .map((s) => ({ a: s.by ?? s.person, b: s.person, since: s.since })),
    newcomers: signals
      .filter((s) => s.kind === 'newcomer_unwelcomed')
      .map((s) => ({ person: s.person, since: s.since })),
  };
}

/** An organizer's day: relationships that need care, and the latest conversations. */
export function todayRoutes({ define, deps }: RouteKit, views: ViewSource) {
  const db = deps.store;

  const today = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/today',
      summary:
        'Relationships that need care (fading ties, newcomers nobody has welcomed, care signals) and recent conversations',
      request: { params: workspaceParams, query: todayQuery },
      responses: { 200: jsonAnswer(todayOut, 'Today'), ...errors(400, 401, 404) },
    },
  );

  return newRoutes().openapi(today, async (c) => {
    const { ws, viewer } = workspaceScope(c);
    const { asOf, me } = c.req.valid('query');
    const report = await views.report(c, asOf);
    const lists = todayLists(report.careSignals, me);
    const recent = await fetchVisibleInteractions(db, ws, viewer, { order: 'newest', limit: RECENT });
    const named = [
      ...report.careSignals.flatMap((s) => (s.by === null ? [s.person] : [s.person, s.by])),
      ...recent.flatMap((i) => i.participants),
    ];
    return c.json(
      { ...lists, recent: recent.map((i) => summarize(i, viewer)), names: await views.names(c, named) },
      200,
    );
  });
}

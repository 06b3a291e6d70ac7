import { z } from '@hono/zod-openapi';
import { isoDateSchema, unitPathSchema, type Person } from '../../core/records.js';
import { isWithinUnit } from '../../core/units.js';
import { fetchVisibleAsks } from '../../store/asks.store.js';
import { fetchRaisings, visibleGrievancesAmong } from '../../store/grievances.store.js';
import { fetchVisibleInteractions } from '../../store/interactions.store.js';
import {
  createPerson,
  getPerson,
  listPeople,
  markLeft,
  searchPeople,
  updatePerson,
  visibleNames,
} from '../../store/people.store.js';
import { fetchVisibleTies } from '../../store/ties.store.js';
import { findVisibleUnit } from '../../store/units.store.js';
import { ApiError } from '../api-error.js';
import { workspaceScope, type AppContext } from '../app-env.js';
import { summarize } from '../conversation-view.js';
import { errors, jsonAnswer, jsonBody, newRoutes, type RouteKit } from '../route-kit.js';
import { mustStayVisible } from '../validation.js';
import { recordParams, workspaceParams } from './params.js';
import {
  askOut,
  conversationSummary,
  grievanceOut,
  namesOut,
  personIn,
  personOut,
  personPatch,
  raisingOut,
  tieOut,
} from './record-schemas.js';

const HISTORY_LENGTH = 50;
const personParams = recordParams('id', "The person's bundle id");

const listQuery = z.object({
  q: z.string().max(200).optional().openapi({ description: 'Search by name as you type (accents and case ignored)' }),
  unit: unitPathSchema.optional().openapi({ description: 'Only people in this unit or under it' }),
  includeLeft: z.enum(['true', 'false']).default('false').openapi({ description: 'Also people who have left' }),
  after: z.string().max(200).optional().openapi({ description: 'The page after this id (from `next`)' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const personDetail = z
  .object({
    person: personOut,
    ties: z.array(tieOut),
    history: z.array(conversationSummary),
    raised: z.array(raisingOut.extend({ title: z.string() })),
    asks: z.array(askOut),
    grievances: z.array(grievanceOut),
    names: namesOut,
  })
  .openapi('PersonDetail');

/** Someone the viewer may see, or 404 with the same body as someone who does not exist. */
async function visiblePerson(c: AppContext, db: RouteKit['deps']['store'], id: string): Promise<Person> {
  const { ws, viewer } = workspaceScope(c);
  const person = await getPerson(db, ws, viewer, id);
  if (!person) throw new ApiError('person_not_found', { id });
  return person;
}

export function peopleRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/people',
      summary: 'People I may see: a page in id order, or the best matches for a name',
      request: { params: workspaceParams, query: listQuery },
      responses: {
        200: jsonAnswer(z.object({ people: z.array(personOut), next: z.string().nullable() }), 'People'),
        ...errors(400, 401, 404),
      },
    },
  );

  const get = define(
    { workspace: 'member' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/people/{id}',
      summary: 'A person with their relationships, history, grievances raised and asks',
      request: { params: personParams },
      responses: { 200: jsonAnswer(personDetail, 'The person'), ...errors(401, 404) },
    },
  );

  const create = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/people',
      summary: 'Add a person; they get a new bundle id',
      request: { params: workspaceParams, body: jsonBody(personIn) },
      responses: { 201: jsonAnswer(personOut, 'The person added'), ...errors(400, 401, 403, 404) },
    },
  );

  const update = define(
    { workspace: 'member' },
    {
      method: 'patch',
      path: '/api/workspaces/{workspace}/people/{id}',
      summary: "Change a person's details; fields left out stay as they are",
      request: { params: personParams, body: jsonBody(personPatch) },
      responses: { 200: jsonAnswer(personOut, 'The person as they are now'), ...errors(400, 401, 403, 404) },
    },
  );

  const left = define(
    { workspace: 'member' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/people/{id}/left',
      summary: 'Mark a person as having left the workplace (their history stays); null brings them back',
      request: { params: personParams, body: jsonBody(z.object({ leftOn: isoDateSchema.nullable() }).strict()) },
      responses: { 200: jsonAnswer(personOut, 'The person as they are now'), ...errors(400, 401, 403, 404) },
    },
  );

  return newRoutes()
    .openapi(list, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const q = c.req.valid('query');
      if (q.unit !== undefined && !(await findVisibleUnit(db, ws, viewer, q.unit))) {
        throw new ApiError('unit_not_found', { path: q.unit });
      }
      const includeLeft = q.includeLeft === 'true';
      if (q.q !== undefined && q.q.trim() !== '') {
        const people = await searchPeople(db, ws, viewer, q.q, { limit: q.limit, includeLeft });
        return c.json(
          { people: people.filter((p) => q.unit === undefined || isWithinUnit(p.unit, q.unit)), next: null },
          200,
        );
      }
      const people = await listPeople(db, ws, viewer, {
        limit: q.limit,
        includeLeft,
        ...(q.unit !== undefined ? { unit: q.unit } : {}),
        ...(q.after !== undefined ? { after: q.after } : {}),
      });
      const next = people.length === q.limit ? people[people.length - 1]!.id : null;
      return c.json({ people, next }, 200);
    })
    .openapi(get, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const person = await visiblePerson(c, db, c.req.valid('param').id);
      const ties = await fetchVisibleTies(db, ws, viewer, { person: person.id });
      const history = await fetchVisibleInteractions(db, ws, viewer, {
        person: person.id,
        order: 'newest',
        limit: HISTORY_LENGTH,
      });
      const raisings = await fetchRaisings(db, ws, viewer, { person: person.id });
      const asks = await fetchVisibleAsks(db, ws, viewer, { person: person.id });
      const grievances = await visibleGrievancesAmong(db, ws, viewer, [
        ...raisings.map((r) => r.grievance),
        ...history.flatMap((i) => i.raised.map((r) => r.grievance)),
      ]);
      const mentioned = new Set<string>([
        ...ties.flatMap((t) => [t.a, t.b, ...(t.observedBy ? [t.observedBy] : [])]),
        ...history.flatMap((i) => i.participants),
        ...asks.flatMap((a) => [a.by, a.to]),
      ]);
      return c.json(
        {
          person,
          ties,
          history: history.map((i) => summarize(i, viewer)),
          raised: raisings.map((r) => ({ ...r, title: grievances.get(r.grievance)?.title ?? '' })),
          asks,
          grievances: [...grievances.values()],
          names: Object.fromEntries(await visibleNames(db, ws, viewer, mentioned)),
        },
        200,
      );
    })
    .openapi(create, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const input = c.req.valid('json');
      mustStayVisible(viewer, c.var.lang, { kind: 'person', ...input });
      return c.json(await createPerson(db, ws, input, deps.randomBytes), 201);
    })
    .openapi(update, async (c) => {
      const { ws, viewer } = workspaceScope(c);
      const person = await visiblePerson(c, db, c.req.valid('param').id);
      const changed: Person = { ...person, ...c.req.valid('json') };
      mustStayVisible(viewer, c.var.lang, { kind: 'person', ...changed });
      await updatePerson(db, ws, changed);
      return c.json(changed, 200);
    })
    .openapi(left, async (c) => {
      const { ws } = workspaceScope(c);
      const person = await visiblePerson(c, db, c.req.valid('param').id);
      const { leftOn } = c.req.valid('json');
      await markLeft(db, ws, person.id, leftOn);
      return c.json({ ...person, leftOn }, 200);
    });
}

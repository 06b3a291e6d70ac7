/** People: search, a person with their history, changes, leaving (src/server/routes/people.routes.ts). */
import { api, call, encoded, type OkBody } from './client.js';

const people = api.workspaces[':workspace'].people;
const person = people[':id'];

/** People whose name matches as you type (accents and case ignored), or a page in id order without `q`. */
export const findPeople = (
  workspace: string,
  options: { q?: string; includeLeft?: boolean; after?: string; limit?: number; unit?: string } = {},
) =>
  call(() =>
    people.$get({
      param: encoded({ workspace }),
      query: {
        ...(options.q ? { q: options.q } : {}),
        ...(options.unit ? { unit: options.unit } : {}),
        ...(options.after ? { after: options.after } : {}),
        includeLeft: options.includeLeft ? 'true' : 'false',
        limit: options.limit ?? 50,
      },
    }),
  );

export const getPerson = (workspace: string, id: string) =>
  call(() => person.$get({ param: encoded({ workspace, id }) }));

export type PersonInput = Parameters<typeof people.$post>[0]['json'];
export const addPerson = (workspace: string, input: PersonInput) =>
  call(() => people.$post({ param: encoded({ workspace }), json: input }));

export type PersonPatch = Parameters<typeof person.$patch>[0]['json'];
export const updatePerson = (workspace: string, id: string, patch: PersonPatch) =>
  call(() => person.$patch({ param: encoded({ workspace, id }), json: patch }));

/** Mark as left on a date (history stays), or bring back with null. */
export const markLeft = (workspace: string, id: string, leftOn: string | null) =>
  call(() => person.left.$post({ param: encoded({ workspace, id }), json: { leftOn } }));

export type PersonDetail = OkBody<Awaited<ReturnType<typeof person.$get>>>;
export type PersonRecord = PersonDetail['person'];

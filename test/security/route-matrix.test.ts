/**
 * The role x route x object matrix (issue 5, item 8), generated from the route registry, so that a route added
 * tomorrow is in it without anyone remembering: every role (signed out, a member, a lead, an outsider with no
 * grant here, an admin) calls every route, on a record it may see, one hidden from it, and one that does not
 * exist. Figures: unauthorized 2xx answers (0), hidden vs nonexistent answers that differ in any byte (0),
 * API answers without Cache-Control: no-store (0).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { describePolicy, policyOfHandler, type Policy } from '../../src/server/policy.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { clinic, harness, type Answer, type Harness } from '../server/harness.js';

type Role = 'anonymous' | 'member' | 'lead' | 'outsider' | 'admin';
const ROLES: Role[] = ['anonymous', 'member', 'lead', 'outsider', 'admin'];

/** Whether a policy lets this role call the route on the Clinic workspace. */
function allowed(policy: Policy, role: Role): boolean {
  if (policy === 'public') return true;
  if (role === 'anonymous') return false;
  if (policy === 'signed_in') return true;
  if (policy === 'admin') return role === 'admin';
  if (policy === 'lead') return role === 'lead' || role === 'admin';
  if (role === 'outsider') return false;
  return policy.workspace === 'member' || role !== 'member';
}

interface Objects {
  visible: string | null;
  hidden: string | null;
  missing: string;
}

/** Bodies that pass validation for the routes that change one record, so the lookup itself is what answers. */
const BODIES: Record<string, unknown> = {
  'PATCH /api/workspaces/:workspace/people/:id': { stance: 'leaning' },
  'POST /api/workspaces/:workspace/people/:id/left': { leftOn: null },
  'PATCH /api/workspaces/:workspace/grievances/:id': { winnable: 'yes' },
  'PATCH /api/workspaces/:workspace/asks/:id': { wanted: 'yes' },
};

function routesOf(h: Harness) {
  const byKey = new Map<string, { method: string; path: string; policy: Policy }>();
  for (const r of h.app.routes) {
    if (r.method === 'ALL' || !r.path.startsWith('/api/')) continue;
    const policy = policyOfHandler(r.handler);
    if (policy !== undefined) byKey.set(`${r.method} ${r.path}`, { method: r.method, path: r.path, policy });
  }
  return [...byKey.values()];
}

describe.each(ENGINES)('the role x route x object matrix on $engine', ({ engine, open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('no role reaches what its policy denies, and a hidden record answers exactly like a missing one', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    await h.workspace('Elsewhere', {});
    const oli = await h.addUser('oli', 'member');
    await h.grant(
      oli,
      (
        await store.kysely
          .selectFrom('workspaces')
          .select('id')
          .where('name', '=', 'Elsewhere')
          .executeTakeFirstOrThrow()
      ).id,
      null,
    );
    // A conversation between two pharmacists: hidden from the member and the lead, who hold only Nursing.
    const pharmacist = await h.call('POST', '/api/workspaces/Clinic/people', {
      cookie: cookies.ada,
      body: { name: 'Second Pharmacist', unit: 'Clinic/Pharmacy' },
    });
    const pharmacy = await h.call('POST', '/api/workspaces/Clinic/conversations', {
      cookie: cookies.ada,
      body: {
        occurredOn: '2025-01-20',
        participants: ['p4', (pharmacist.body as { id: string }).id],
        kind: 'chat',
        notes: 'pharmacy note',
        newGrievances: [{ title: 'No breaks in Pharmacy', unit: 'Clinic/Pharmacy', raisedBy: ['p4'] }],
      },
    });
    const { conversation } = pharmacy.body as { conversation: { id: string; grievances: { id: string }[] } };
    const hiddenGrievance = conversation.grievances[0]!.id;

    const signIn: Record<Exclude<Role, 'anonymous'>, () => Promise<string>> = {
      member: () => h.signIn('mia'),
      lead: () => h.signIn('leo'),
      outsider: () => h.signIn('oli'),
      admin: () => h.signIn('ada'),
    };
    const cookie: Partial<Record<Role, string>> = {
      member: cookies.mia,
      lead: cookies.leo,
      admin: cookies.ada,
      outsider: await signIn.outsider(),
    };

    /** What each role may and may not see, by the path segment that names the kind of record. */
    const objects = (segment: string, role: Role): Objects => {
      const byRole = (
        member: [string | null, string | null],
        lead: [string | null, string | null],
        missing: string,
      ) => {
        const [visible, hidden] = role === 'lead' ? lead : role === 'admin' ? [member[0], null] : member;
        return { visible, hidden, missing };
      };
      switch (segment) {
        case 'people':
          return byRole(['p1', 'p3'], ['p3', 'p4'], 'p-nobody');
        case 'conversations':
          return byRole(['i1', conversation.id], ['i1', conversation.id], 'i-nothing');
        case 'grievances':
          return byRole(['g1', hiddenGrievance], ['g1', hiddenGrievance], 'g-nothing');
        case 'asks':
          return byRole(['a1', 'a2'], ['a2', null], 'a-nothing');
        case 'units':
          return byRole(
            [encodeURIComponent('Clinic/Nursing/Nights'), encodeURIComponent('Clinic/Pharmacy')],
            [encodeURIComponent('Clinic/Nursing'), encodeURIComponent('Clinic/Pharmacy')],
            encodeURIComponent('Clinic/Bakery'),
          );
        default:
          return { visible: null, hidden: null, missing: 'x-nothing' };
      }
    };

    const routes = routesOf(h);
    const unauthorized: string[] = [];
    const differences: string[] = [];
    const cacheable: string[] = [];
    const serverErrors: string[] = [];
    let requests = 0;
    let comparisons = 0;

    const call = async (role: Role, method: string, url: string, body: unknown): Promise<Answer> => {
      requests++;
      const res = await h.call(method, url, {
        ...(cookie[role] ? { cookie: cookie[role] } : {}),
        ...(method === 'GET' ? {} : { body }),
      });
      if (res.headers.get('cache-control') !== 'no-store') cacheable.push(`${method} ${url}`);
      if (res.status === 500) serverErrors.push(`${role}: ${method} ${url} answered ${res.status}`);
      return res;
    };

    for (const route of routes) {
      const key = `${route.method} ${route.path}`;
      const body = BODIES[key] ?? {};
      const params = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
      const objectParam = params.find((p) => p !== 'workspace');
      const segment = objectParam
        ? (route.path.split('/').at(route.path.split('/').indexOf(`:${objectParam}`) - 1) ?? '')
        : '';
      for (const role of ROLES) {
        const ids = objects(objectParam === 'username' ? 'users' : segment, role);
        const url = (workspace: string, id: string) =>
          route.path
            .replace(':workspace', encodeURIComponent(workspace))
            .replace(/:username/, 'mia')
            .replace(/:\w+/, id);
        const may = allowed(route.policy, role);
        for (const id of [ids.visible ?? ids.missing, ids.hidden, ids.missing]) {
          if (id === null) continue;
          const res = await call(role, route.method, url('Clinic', id), body);
          if (!may && res.status >= 200 && res.status < 300) {
            unauthorized.push(`${role} (${describePolicy(route.policy)}): ${key} on ${id} answered ${res.status}`);
          }
          if (route.path === '/api/auth/logout' && res.status === 200 && role !== 'anonymous')
            cookie[role] = await signIn[role]();
        }
        // A record hidden from this role, against one that does not exist: the same bytes.
        if (may && ids.hidden !== null) {
          const hidden = await call(role, route.method, url('Clinic', ids.hidden), body);
          const missing = await call(role, route.method, url('Clinic', ids.missing), body);
          comparisons++;
          if (hidden.status !== missing.status || JSON.stringify(hidden.body) !== JSON.stringify(missing.body)) {
            differences.push(
              `${role}: ${key}: hidden ${ids.hidden} answered ${hidden.status}, missing ${missing.status}`,
            );
          }
        }
        // A workspace without a grant, against one that does not exist.
        if (typeof route.policy !== 'string' && role === 'outsider') {
          const id = ids.visible ?? ids.missing;
          const hidden = await call(role, route.method, url('Clinic', id), body);
          const missing = await call(role, route.method, url('Nowhere', id), body);
          comparisons++;
          if (hidden.status !== missing.status || JSON.stringify(hidden.body) !== JSON.stringify(missing.body)) {
            differences.push(`outsider: ${key}: hidden workspace answered ${hidden.status}, missing ${missing.status}`);
          }
        }
      }
    }
    console.log(
      `[security] role x route x object matrix on ${engine}: ${routes.length} routes x ${ROLES.length} roles, ${requests} requests; ` +
        `unauthorized 2xx: ${unauthorized.length}; hidden vs nonexistent compared ${comparisons} times, differences: ${differences.length}; ` +
        `API answers without no-store: ${cacheable.length}; server errors: ${serverErrors.length}`,
    );
    if (serverErrors.length) console.log(serverErrors.join('\n'));
    expect(unauthorized).toEqual([]);
    expect(differences).toEqual([]);
    expect(cacheable).toEqual([]);
    expect(routes.length).toBeGreaterThan(40);
    expect(comparisons).toBeGreaterThan(20);
  });
});

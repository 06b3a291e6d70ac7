/**
 * An informant with a valid member account scrapes everything the API will give it: every GET route the
 * registry holds, every id that exists in the workspace (guessed or not), every unit, name searches for every
 * letter and every hidden person's name, every page. Figure: records outside its grant reached (0), counting a
 * record as reached when its id, name, title or a note it may not read appears in any answer.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { visibleRecords, type Viewer, type WithAuthor } from '../../src/core/access.js';
import type { Interaction, WorkspaceRecords } from '../../src/core/records.js';
import { policyOfHandler } from '../../src/server/policy.js';
import { listUnits } from '../../src/store/workspaces.store.js';
import { loadRecords } from '../../src/store/records.store.js';
import type { Store } from '../../src/store/store.js';
import { ENGINES } from '../support/engines.js';
import { randomWorkplace } from '../support/random-workplace.js';
import { clinic, harness } from '../server/harness.js';

const json = (s: string) => JSON.stringify(s);

/** The tokens that would show a hidden record reached: its id and its names, as JSON strings. */
function forbidden(all: WorkspaceRecords, seen: WorkspaceRecords): Map<string, string> {
  const out = new Map<string, string>();
  // A text a visible record holds too ("come to the meeting") shows nothing hidden.
  const visibleText = JSON.stringify(seen);
  const hide = <T extends { id: string }>(
    kind: string,
    list: T[],
    visible: T[],
    texts: (r: T) => (string | null)[],
  ) => {
    const ids = new Set(visible.map((r) => r.id));
    for (const r of list) {
      if (ids.has(r.id)) continue;
      for (const t of [r.id, ...texts(r)]) if (t && !visibleText.includes(json(t))) out.set(json(t), `${kind} ${r.id}`);
    }
  };
  hide('person', all.people, seen.people, (p) => [p.name, p.contact]);
  hide('conversation', all.interactions, seen.interactions, (i) => [i.notes]);
  hide('grievance', all.grievances, seen.grievances, (g) => [g.title]);
  hide('space', all.spaces, seen.spaces, (s) => [s.name]);
  hide('ask', all.asks, seen.asks, (a) => [a.what]);
  hide('action', all.actions, seen.actions, (a) => [a.title]);
  // Notes of conversations it may see but whose notes it may not read.
  const readable = new Map(seen.interactions.map((i) => [i.id, i.notes]));
  for (const i of all.interactions) {
    if (i.notes !== null && readable.has(i.id) && readable.get(i.id) === null && !visibleText.includes(json(i.notes))) {
      out.set(json(i.notes), `note of ${i.id}`);
    }
  }
  return out;
}

describe.each(ENGINES)('an informant scraping the API on $engine', ({ engine, open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('reaches no record outside its grant, however it asks', async () => {
    store = await open();
    const h = harness(store);
    const { ws: clinicId, cookies, users } = await clinic(h);
    // Notes others wrote on conversations the informant can see.
    for (const [who, notes] of [
      [cookies.leo, 'LEO-PRIVATE: she wants to talk to the steward'],
      [cookies.ada, 'ADA-PRIVATE: meeting at the library'],
      [cookies.mia, 'mine to read'],
    ] as const) {
      await h.call('POST', '/api/workspaces/Clinic/conversations', {
        cookie: who,
        body: { occurredOn: '2025-02-01', participants: ['p1', 'p2'], kind: 'chat', notes },
      });
    }
    const random = randomWorkplace(23, [users.ada.id, users.leo.id, users.mia.id]);
    const rws = await h.workspace('Random', random.records);
    for (const [id, by] of random.loggedBy) {
      if (by !== null)
        await store.kysely
          .updateTable('interactions')
          .set({ logged_by: by })
          .where('workspace_id', '=', rws)
          .where('id', '=', id)
          .execute();
    }
    await h.grant(users.mia, rws, 'Plant/Line');
    const mia = cookies.mia;

    const routes = [
      ...new Set(
        h.app.routes
          .filter((r) => r.method === 'GET' && r.path.startsWith('/api/') && policyOfHandler(r.handler) !== undefined)
          .map((r) => r.path),
      ),
    ];
    const answers: string[] = [];
    let requests = 0;
    const where: string[] = [];
    /** Answers about a workspace are searched for that workspace's hidden records (ids repeat across workspaces). */
    const workspaceOf = (url: string) => /^\/api\/workspaces\/([^/?]+)/.exec(url)?.[1] ?? null;
    const get = async (url: string) => {
      requests++;
      const res = await h.call('GET', url, { cookie: mia });
      answers.push(typeof res.body === 'string' ? res.body : JSON.stringify(res.body));
      where.push(url);
      return res;
    };

    const tokens = new Map<string, string>();
    for (const [name, wsId] of [
      ['Clinic', clinicId],
      ['Random', rws],
    ] as const) {
      const all = await loadRecords(store, wsId);
      const loggedBy = new Map(
        (
          await store.kysely
            .selectFrom('interactions')
            .select(['id', 'logged_by'])
            .where('workspace_id', '=', wsId)
            .execute()
        ).map((r) => [r.id, r.logged_by ?? null]),
      );
      const viewer: Viewer = {
        userId: users.mia.id,
        role: 'member',
        units: name === 'Clinic' ? ['Clinic/Nursing/Nights'] : ['Plant/Line'],
      };
      const withAuthors = {
        ...all,
        interactions: all.interactions.map((i): WithAuthor<Interaction> => ({
          ...i,
          loggedBy: loggedBy.get(i.id) ?? null,
        })),
      };
      for (const [t, what] of forbidden(all, visibleRecords(viewer, withAuthors)))
        tokens.set(`${name}\0${t}`, `${name}: ${what}`);

      const ws = encodeURIComponent(name);
      const ids = [
        ...all.people,
        ...all.interactions,
        ...all.grievances,
        ...all.asks,
        ...all.spaces,
        ...all.actions,
      ].map((r) => r.id);
      const units = (await listUnits(store, wsId)).map(encodeURIComponent);
      for (const path of routes) {
        const params = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
        const base = path.replace(':workspace', ws);
        if (params.length <= 1) {
          await get(base);
          await get(`${base}?includeLeft=true&limit=500`);
          continue;
        }
        const candidates = params.includes('unit') ? units : ids;
        for (const id of [...candidates, 'x']) await get(base.replace(/:\w+/, id));
      }
      // Every page of people, every unit filter, searches for every letter and for each hidden name.
      let after: string | null = '';
      while (after !== null) {
        const page = await get(
          `/api/workspaces/${ws}/people?includeLeft=true&limit=5${after ? `&after=${encodeURIComponent(after)}` : ''}`,
        );
        after = (page.body as { next: string | null }).next;
      }
      for (const u of units) await get(`/api/workspaces/${ws}/people?includeLeft=true&unit=${u}`);
      for (const q of [...'abcdefghijklmnopqrstuvwxyz', ...all.people.map((p) => p.name)]) {
        await get(`/api/workspaces/${ws}/people?includeLeft=true&limit=500&q=${encodeURIComponent(q)}`);
      }
      let before: string | null = '';
      while (before !== null) {
        const page = await get(
          `/api/workspaces/${ws}/conversations?limit=3${before ? `&before=${encodeURIComponent(before)}` : ''}`,
        );
        before = (page.body as { next?: string | null }).next ?? null;
      }
    }

    const text = answers.join('\n');
    const reached = new Set<string>();
    for (const [key, what] of tokens) {
      const [name, token] = key.split('\0') as [string, string];
      const i = answers.findIndex((a, n) => [name, null].includes(workspaceOf(where[n]!)) && a.includes(token));
      if (i < 0) continue;
      reached.add(what);
      console.log(
        `[security] informant reached ${what} through ${where[i]}: ...${answers[i]!.slice(Math.max(0, answers[i]!.indexOf(token) - 200), answers[i]!.indexOf(token) + 100)}`,
      );
    }
    console.log(
      `[security] informant on ${engine}: ${requests} requests over ${routes.length} GET routes, looking for ${tokens.size} hidden names, ids and notes; ` +
        `records outside its grant reached: ${reached.size}`,
    );
    expect([...reached]).toEqual([]);
    // The scrape did see what a member may: its own note, its own people.
    expect(text).toContain('mine to read');
    expect(text).toContain('"Ana Ruiz"');
    expect(tokens.size).toBeGreaterThan(50);
  });
});

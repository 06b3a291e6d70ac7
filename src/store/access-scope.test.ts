import { afterEach, describe, expect, it } from 'vitest';
import { visibleRecords, type Viewer } from '../core/access.js';
import type { WorkspaceRecords } from '../core/records.js';
import { ENGINES } from '../../test/support/engines.js';
import { randomViewer, randomWorkplace, seeded } from '../../test/support/random-workplace.js';
import { inTransaction } from './database.js';
import { loadRecords, writeRecords } from './records.store.js';
import type { Store } from './store.js';
import { createUser } from './users.store.js';
import { loadVisibleRecords } from './visible-records.store.js';
import { createWorkspace } from './workspaces.store.js';

const NOW = new Date('2025-01-01T00:00:00Z');

/** Top-level records in one canonical order; lists inside a record keep theirs. */
function canonical(r: WorkspaceRecords): WorkspaceRecords {
  const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const tieKey = (t: WorkspaceRecords['ties'][number]) =>
    `${t.a}|${t.b}|${t.observedOn}|${t.observedBy ?? ''}|${t.sides.join()}`;
  return {
    people: byId(r.people),
    ties: [...r.ties].sort((x, y) => (tieKey(x) < tieKey(y) ? -1 : 1)),
    interactions: byId(r.interactions),
    grievances: byId(r.grievances),
    asks: byId(r.asks),
    spaces: byId(r.spaces),
    actions: byId(r.actions),
    committees: byId(r.committees),
    mandates: byId(r.mandates),
    moon_sessions: byId(r.moon_sessions),
    votes: byId(r.votes),
    satellite_effects: byId(r.satellite_effects),
    picket_shifts: byId(r.picket_shifts),
    mutual_aid: byId(r.mutual_aid),
  };
}

describe.each(ENGINES)('need-to-know in SQL on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('the database filters exactly as the core policy does, for random grants on random workplaces', async () => {
    store = await open();
    const users = [];
    for (const name of ['ana', 'ben', 'chen']) {
      users.push(await createUser(store, { username: name, passwordHash: 'x', role: 'member' }, NOW));
    }
    const authors = users.map((u) => u.id);
    let compared = 0;
    for (const seed of [1, 2, 3]) {
      const { records, loggedBy } = randomWorkplace(seed, authors);
      const ws = await createWorkspace(store, `W${seed}`);
      await inTransaction(store, async (tx) => {
        await writeRecords(tx, ws.id, records);
        for (const [id, by] of loggedBy) {
          await tx.kysely
            .updateTable('interactions')
            .set({ logged_by: by })
            .where('workspace_id', '=', ws.id)
            .where('id', '=', id)
            .execute();
        }
      });
      const all = await loadRecords(store, ws.id);
      const withAuthors = {
        ...all,
        interactions: all.interactions.map((i) => ({ ...i, loggedBy: loggedBy.get(i.id) ?? null })),
      };
      const rand = seeded(seed * 7919);
      const viewers: Viewer[] = [
        { userId: authors[0]!, role: 'admin', units: [] },
        { userId: authors[1]!, role: 'member', units: [] },
        { userId: authors[1]!, role: 'member', units: ['Plant/Line'] },
        { userId: authors[2]!, role: 'lead', units: ['Plant/50%_off'] },
        { userId: authors[2]!, role: 'member', units: ['Cocina/Mañana'] },
        ...Array.from({ length: 20 }, () => randomViewer(rand, authors)),
      ];
      for (const v of viewers) {
        const fromSql = canonical(await loadVisibleRecords(store, ws.id, v));
        const fromCore = canonical(visibleRecords(v, withAuthors));
        expect(fromSql, `seed ${seed}, viewer ${JSON.stringify(v)}`).toEqual(fromCore);
        compared++;
      }
    }
    expect(compared).toBe(75);
  });

  it('a grant of Plant/Line reaches its shifts, not Plant/Liner nor Plant/line, and only in its own workspace', async () => {
    store = await open();
    const { records } = randomWorkplace(4, []);
    const a = await createWorkspace(store, 'A');
    const b = await createWorkspace(store, 'B');
    await inTransaction(store, (tx) => writeRecords(tx, a.id, records));
    await inTransaction(store, (tx) => writeRecords(tx, b.id, records));
    const seen = await loadVisibleRecords(store, a.id, { userId: 1, role: 'member', units: ['Plant/Line'] });
    const units = new Set(seen.people.filter((p) => p.circle === 'sun').map((p) => p.unit));
    expect([...units].every((u) => u === 'Plant/Line' || u!.startsWith('Plant/Line/'))).toBe(true);
    expect(units.size).toBeGreaterThan(0);
    expect(seen.people.length).toBeLessThan(records.people.length);
  });
});

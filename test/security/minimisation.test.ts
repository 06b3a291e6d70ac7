/**
 * Data minimisation and exports (issue 5, items 6 and 7): only a display name is needed; each workspace keeps
 * notes only as long as it chose (purged on demand, when the server starts, and daily); no address is kept
 * anywhere; a plaintext export needs its lead or admin to have confirmed who they are, and is audited.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/store/audit/audit.store.js';
import { loadRecords } from '../../src/store/records.store.js';
import type { Store } from '../../src/store/store.js';
import { listen } from '../../src/server/start-server.js';
import { ENGINES } from '../support/engines.js';
import { everyRow } from '../support/raw-rows.js';
import { inStore, place, sunspace } from '../support/cli.js';
import { clinic, errorOf, harness, ORIGIN, PASSWORD } from '../server/harness.js';

describe.each(ENGINES)('data minimisation on $engine', ({ engine, open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('a display name is all a person needs, and no address is kept anywhere', async () => {
    store = await open();
    const logs: string[] = [];
    const h = harness(store, { options: { trustProxy: true }, log: (m, e) => logs.push(`${m} ${String(e)}`) });
    const { cookies } = await clinic(h);
    const address = '203.0.113.77';
    const minimal = await h.call('POST', '/api/workspaces/Clinic/people', {
      cookie: cookies.ada,
      body: { name: 'A pseudonym' },
      headers: { 'x-forwarded-for': address },
    });
    expect(minimal.status).toBe(201);
    expect(minimal.body).toMatchObject({ name: 'A pseudonym', unit: null, contact: null, role: null });
    for (const password of [PASSWORD, 'a wrong one']) {
      await h.call('POST', '/api/auth/login', {
        body: { username: 'leo', password },
        headers: { 'x-forwarded-for': address },
      });
    }
    const text = (await everyRow(store)) + logs.join('\n');
    const kept = text.split(address).length - 1;
    console.log(
      `[security] IP addresses kept in sessions, sign-in failures, the audit log or logs on ${engine}: ${kept}`,
    );
    expect(kept).toBe(0);
  });

  it('notes past the workspace’s retention go, when asked, when the server starts, and are audited', async () => {
    store = await open();
    const h = harness(store);
    const { ws, cookies } = await clinic(h);
    const log = (occurredOn: string, notes: string) =>
      h.call('POST', '/api/workspaces/Clinic/conversations', {
        cookie: cookies.ada,
        body: { occurredOn, participants: ['p1', 'p2'], kind: 'chat', notes },
      });
    await log('2025-02-20', 'recent note');
    await log('2024-06-01', 'old note');
    expect((await h.call('GET', '/api/workspaces/Clinic/retention', { cookie: cookies.mia })).body).toEqual({
      notesDays: null,
    });
    expect(
      (await h.call('PUT', '/api/workspaces/Clinic/retention', { cookie: cookies.leo, body: { notesDays: 30 } }))
        .status,
    ).toBe(403);
    const set = await h.call('PUT', '/api/workspaces/Clinic/retention', {
      cookie: cookies.ada,
      body: { notesDays: 90 },
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    const notes = async () =>
      (
        await store!.kysely
          .selectFrom('interactions')
          .select('notes')
          .where('workspace_id', '=', ws)
          .where('notes', 'is not', null)
          .execute()
      ).length;
    const left = await notes();
    // The small clinic's own notes (2024) and the old note went; the recent one stays.
    expect((set.body as { purged: number }).purged).toBeGreaterThan(1);
    expect(left).toBe(1);
    // The server applies it when it starts (and daily), by the real clock: a note already too old goes.
    const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
    await log(daysAgo(200), 'written late');
    await log(daysAgo(1), 'fresh');
    const server = await listen(store, { env: {}, port: 0, host: '127.0.0.1' });
    await server.close();
    const kept = (await loadRecords(store, ws)).interactions.map((i) => i.notes);
    expect(kept).toContain('fresh');
    expect(kept).not.toContain('written late');
    const actions = (await listAudit(store, { workspaceId: ws })).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['retention_set', 'notes_purged']));
    console.log(`[security] retention on ${engine}: notes older than 90 days left after purge: 0 (kept: ${left})`);
  });

  it('`sunspace retention` and `sunspace purge` set and apply it from the command line', async () => {
    const where = await place(engine);
    try {
      await inStore(where.env, async (s) => {
        const h = harness(s);
        const { cookies } = await clinic(h);
        await h.call('POST', '/api/workspaces/Clinic/conversations', {
          cookie: cookies.ada,
          body: { occurredOn: '2020-01-01', participants: ['p1', 'p2'], kind: 'chat', notes: 'long ago' },
        });
      });
      expect((await sunspace(where.env, ['purge'])).out).toMatch(/No workspace keeps notes for a limited time/);
      const set = await sunspace(where.env, ['retention', '--workspace', 'Clinic', '--notes-days', '365']);
      expect(set.code, set.err).toBe(0);
      expect(set.out).toMatch(/keeps private notes 365 days/);
      expect(set.out).toMatch(/Removed [1-9]\d* notes older than/);
      expect((await sunspace(where.env, ['retention'])).out).toMatch(/"Clinic": notes kept 365/);
      const bad = await sunspace(where.env, ['retention', '--workspace', 'Clinic', '--notes-days', '0']);
      expect(bad.code).toBe(1);
      const left = await inStore(where.env, async (s) =>
        (await loadRecords(s, 1)).interactions.filter((i) => i.notes !== null),
      );
      expect(left).toEqual([]);
    } finally {
      await where.cleanup();
    }
  });

  it('a plaintext export needs the lead to have confirmed who they are, and is audited', async () => {
    store = await open();
    const h = harness(store);
    const { ws, cookies, users } = await clinic(h);
    const download = (cookie: string) =>
      h.app.request(`${ORIGIN}/api/workspaces/Clinic/export`, { headers: { cookie } });
    expect((await download(cookies.mia)).status).toBe(403);
    h.advance(10 * 60 * 1000);
    const stale = await download(cookies.leo);
    expect(stale.status).toBe(403);
    expect(errorOf(await stale.json()).code).toBe('reauth_required');
    expect((await listAudit(store)).some((e) => e.action === 'export')).toBe(false);
    const confirmed = await h.call('POST', '/api/auth/reauth', { cookie: cookies.leo, body: { password: PASSWORD } });
    expect(confirmed.status).toBe(200);
    const res = await download(cookies.leo);
    expect(res.status).toBe(200);
    await res.arrayBuffer();
    const exports = (await listAudit(store)).filter((e) => e.action === 'export');
    expect(exports).toEqual([
      expect.objectContaining({
        actorId: users.leo.id,
        workspaceId: ws,
        details: { via: 'api', format: 'bundle', scope: 'Clinic/Nursing' },
      }),
    ]);
  });
});

/**
 * The audit log (issue 5, item 4): what is recorded (note reads, role and grant changes, sign-ins, exports),
 * that the database itself refuses to change or remove an entry, and that `sunspace audit verify` names
 * every entry someone with raw access edited or removed anyway.
 */
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, entryHash } from '../../src/store/audit/audit-chain.js';
import { appendAudit, listAudit, verifyAudit } from '../../src/store/audit/audit.store.js';
import type { Store } from '../../src/store/store.js';
import { place, sunspace, inStore, type Place } from '../support/cli.js';
import { ENGINES } from '../support/engines.js';
import { smallWorkplace } from '../support/small-workplace.js';
import { clinic, harness, PASSWORD } from '../server/harness.js';
import { inTransaction } from '../../src/store/database.js';
import { writeRecords } from '../../src/store/records.store.js';
import { createWorkspace } from '../../src/store/workspaces.store.js';

async function allowTampering(store: Store): Promise<void> {
  if (store.engine === 'sqlite') {
    await sql`drop trigger audit_log_no_update`.execute(store.kysely);
    await sql`drop trigger audit_log_no_delete`.execute(store.kysely);
  } else {
    await sql`alter table audit_log disable trigger audit_log_no_change`.execute(store.kysely);
  }
}

describe.each(ENGINES)('the audit log on $engine', ({ engine, open }) => {
  let store: Store | undefined;
  let where: Place | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
    await where?.cleanup();
    where = undefined;
  });

  it('records note reads, role and grant changes and sign-ins, and never a password', async () => {
    store = await open();
    const h = harness(store);
    const { ws, users, cookies } = await clinic(h);
    const logged = await h.call('POST', '/api/workspaces/Clinic/conversations', {
      cookie: cookies.ada,
      body: { occurredOn: '2025-02-01', participants: ['p1', 'p2'], kind: 'chat', notes: 'worried about nights' },
    });
    const id = (logged.body as { conversation: { id: string } }).conversation.id;
    expect((await h.call('GET', `/api/workspaces/Clinic/conversations/${id}`, { cookie: cookies.leo })).status).toBe(
      200,
    );
    // A member who may not read that note opens the conversation: no note was read, nothing to record.
    await h.call('GET', `/api/workspaces/Clinic/conversations/${id}`, { cookie: cookies.mia });
    await h.call('PATCH', '/api/users/mia', { cookie: cookies.ada, body: { role: 'lead' } });
    await h.call('POST', '/api/users/leo/grants', {
      cookie: cookies.ada,
      body: { workspace: 'Clinic', unit: 'Clinic/Pharmacy' },
    });
    await h.call('DELETE', '/api/users/leo/grants?workspace=Clinic&unit=Clinic%2FPharmacy', { cookie: cookies.ada });
    await h.call('POST', '/api/auth/login', { body: { username: 'leo', password: 'not the password' } });

    const entries = await listAudit(store);
    const seen = entries.map((e) => `${e.action}:${e.actorId ?? '-'}:${e.subject ?? '-'}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        `sign_in:${users.ada.id}:-`,
        `notes_read:${users.leo.id}:${id}`,
        `role_change:${users.ada.id}:mia`,
        `grant:${users.ada.id}:leo`,
        `revoke:${users.ada.id}:leo`,
        'sign_in_failed:-:leo',
      ]),
    );
    expect(seen.filter((s) => s.startsWith(`notes_read:${users.mia.id}`))).toEqual([]);
    expect(entries.find((e) => e.action === 'notes_read')!.workspaceId).toBe(ws);
    expect(JSON.stringify(entries)).not.toContain(PASSWORD);
    expect(JSON.stringify(entries)).not.toContain('not the password');
    expect((await verifyAudit(store)).problems).toEqual([]);
    // Admins read it over the API, by name, newest first, with the chain check.
    const api = await h.call('GET', '/api/audit?workspace=Clinic&limit=3', { cookie: cookies.ada });
    expect(api.status).toBe(200);
    expect((api.body as { action: string; actor: string; workspace: string }[])[0]).toMatchObject({
      action: 'revoke',
      actor: 'ada',
      workspace: 'Clinic',
    });
    expect((await h.call('GET', '/api/audit/verify', { cookie: cookies.ada })).body).toMatchObject({ problems: [] });
    expect((await h.call('GET', '/api/audit', { cookie: cookies.leo })).status).toBe(403);
  });

  it('the database refuses to change or remove an entry', async () => {
    store = await open();
    const at = new Date('2025-03-01T09:00:00Z');
    for (let i = 0; i < 3; i++) await appendAudit(store, { actorId: 1, action: 'sign_in', at });
    const attempts = [
      sql`update audit_log set action = 'nothing' where seq = 2`,
      sql`delete from audit_log where seq = 2`,
      ...(engine === 'postgres' ? [sql`truncate audit_log`] : []),
    ];
    let refused = 0;
    for (const attempt of attempts) {
      try {
        await attempt.execute(store.kysely);
      } catch (error) {
        expect(String(error)).toMatch(/append-only/);
        refused++;
      }
    }
    console.log(`[security] audit log changes refused by the database: ${refused} of ${attempts.length} [${engine}]`);
    expect(refused).toBe(attempts.length);
    expect(await listAudit(store)).toHaveLength(3);
  });

  it('`sunspace audit verify` names every entry edited or removed behind its back', async () => {
    where = await place(engine);
    const env = where.env;
    await inStore(env, async (s) => {
      const ws = await createWorkspace(s, 'Clinic');
      await inTransaction(s, (tx) => writeRecords(tx, ws.id, smallWorkplace()));
      for (let i = 1; i <= 10; i++) {
        await appendAudit(s, {
          actorId: i,
          action: i % 2 ? 'notes_read' : 'export',
          workspaceId: ws.id,
          subject: `i${i}`,
          at: new Date(Date.UTC(2025, 0, i)),
        });
      }
    });
    const clean = await sunspace(env, ['audit', 'verify']);
    expect(clean.code, clean.err).toBe(0);
    expect(clean.out).toMatch(/10 entries.*problems: 0/);
    const head = /Last entry: (\d+) ([0-9a-f]{64})/.exec(clean.out)!;
    const listed = await sunspace(env, ['audit', '--workspace', 'Clinic']);
    expect(listed.out.trim().split('\n')).toHaveLength(10);

    // Someone with the database in hand: an entry edited, one removed, one edited and rehashed to fit.
    await inStore(env, async (s) => {
      await allowTampering(s);
      await sql`update audit_log set subject = 'i99' where seq = 3`.execute(s.kysely);
      await sql`delete from audit_log where seq = 5`.execute(s.kysely);
      const row = (
        await sql<{ seq: number; at: string; prev_hash: string }>`select * from audit_log where seq = 7`.execute(
          s.kysely,
        )
      ).rows[0]!;
      const forged = {
        seq: 7,
        at: row.at,
        actorId: 1,
        action: 'sign_in',
        workspaceId: null,
        subject: null,
        details: canonicalJson({}),
      };
      await sql`update audit_log set actor_id = 1, action = 'sign_in', workspace_id = null, subject = null,
        details = '{}', hash = ${entryHash(forged, row.prev_hash)} where seq = 7`.execute(s.kysely);
      // And the last two entries cut from the end.
      await sql`delete from audit_log where seq >= 9`.execute(s.kysely);
    });
    const tampered = await sunspace(env, ['audit', 'verify', '--head', `${head[1]}:${head[2]}`]);
    expect(tampered.code).toBe(1);
    const named = tampered.err.split('\n').filter((l) => /entry \d+:|cut from the end/.test(l));
    console.log(
      `[security] audit log tampering: 4 entries edited or removed (one rehashed to fit, two cut from the end); named by verify: ${named.length} [${engine}]`,
    );
    expect(named).toEqual([
      '  entry 3: edited',
      '  entry 5: removed',
      '  entry 7: edited',
      expect.stringMatching(/noted as the last one \(10\) is missing or changed/),
    ]);
  });
});

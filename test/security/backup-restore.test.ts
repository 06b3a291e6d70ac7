/**
 * Backups (issue 5, item 6): `sunspace backup` writes an encrypted file under a key of its own, and
 * `sunspace restore` into a new, empty database (same key settings, nothing more) brings everything back
 * equal: every record, account, grant, second factor and audit entry. A wrong key, a changed byte or a cut
 * file restores nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { verifyAudit } from '../../src/store/audit/audit.store.js';
import type { Store } from '../../src/store/store.js';
import { loadRecords } from '../../src/store/records.store.js';
import { getTotp } from '../../src/store/second-factors.store.js';
import { totpCode } from '../../src/server/second-factor.js';
import type { Env } from '../../src/store/store-config.js';
import { place, sunspace, inStore, type Place } from '../support/cli.js';
import { ENGINES } from '../support/engines.js';
import { randomWorkplace } from '../support/random-workplace.js';
import { SoftAuthenticator } from '../support/soft-authenticator.js';
import { clinic, harness, ORIGIN } from '../server/harness.js';

/** Everything a restore must bring back, read out of a store. */
async function snapshot(store: Store) {
  const k = store.kysely;
  const workspaces = await k.selectFrom('workspaces').selectAll().orderBy('id').execute();
  const records = [];
  for (const ws of workspaces) {
    records.push({
      ws: ws.id,
      records: await loadRecords(store, ws.id),
      authors: await k
        .selectFrom('interactions')
        .select(['id', 'logged_by'])
        .where('workspace_id', '=', ws.id)
        .orderBy('id')
        .execute(),
    });
  }
  const users = await k.selectFrom('users').selectAll().orderBy('id').execute();
  const totp = [];
  for (const u of users) totp.push(await getTotp(store, u.id));
  return {
    workspaces,
    records,
    users,
    grants: await k
      .selectFrom('workspace_grants')
      .select(['user_id', 'workspace_id', 'unit_path'])
      .orderBy('user_id')
      .orderBy('workspace_id')
      .orderBy('unit_path')
      .execute(),
    passkeys: await k.selectFrom('passkeys').selectAll().orderBy('id').execute(),
    recovery: await k
      .selectFrom('recovery_codes')
      .select(['user_id', 'code_hash', 'used_at'])
      .orderBy('code_hash')
      .execute(),
    totp,
    audit: await k.selectFrom('audit_log').selectAll().orderBy('seq').execute(),
  };
}

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/** Every item that differs between two snapshots, by where it is. */
function differences(a: Snapshot, b: Snapshot): { compared: number; differ: string[] } {
  const differ: string[] = [];
  let compared = 0;
  const compare = (where: string, x: unknown[], y: unknown[]) => {
    if (x.length !== y.length) differ.push(`${where}: ${x.length} vs ${y.length}`);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
      compared++;
      if (!isDeepStrictEqual(x[i], y[i])) differ.push(`${where}[${i}]`);
    }
  };
  compare('workspaces', a.workspaces, b.workspaces);
  for (let i = 0; i < Math.max(a.records.length, b.records.length); i++) {
    const x = a.records[i];
    const y = b.records[i];
    for (const kind of Object.keys(
      x?.records ?? y?.records ?? {},
    ) as (keyof Snapshot['records'][number]['records'])[]) {
      compare(`workspace ${x?.ws}: ${kind}`, x?.records[kind] ?? [], y?.records[kind] ?? []);
    }
    compare(`workspace ${x?.ws}: authors`, x?.authors ?? [], y?.authors ?? []);
  }
  compare('users', a.users, b.users);
  compare('grants', a.grants, b.grants);
  compare('passkeys', a.passkeys, b.passkeys);
  compare('recovery codes', a.recovery, b.recovery);
  compare('authenticator apps', a.totp, b.totp);
  compare('audit log', a.audit, b.audit);
  return { compared, differ };
}

/** A workplace worth backing up: records, accounts with grants, a passkey, an authenticator app, notes read. */
async function fill(env: Env): Promise<void> {
  await inStore(env, async (store) => {
    const h = harness(store);
    const { cookies, users } = await clinic(h);
    await h.call('POST', '/api/workspaces/Clinic/conversations', {
      cookie: cookies.mia,
      body: { occurredOn: '2025-02-01', participants: ['p1', 'p2'], kind: 'chat', notes: 'asked about the rota' },
    });
    await h.call('POST', '/api/workspaces', { cookie: cookies.ada, body: { name: 'Depot' } });
    // A generated workplace too, its conversations logged by the accounts.
    const random = randomWorkplace(11, [users.ada.id, users.leo.id, users.mia.id]);
    const ws = await h.workspace('Random', random.records);
    for (const [id, by] of random.loggedBy) {
      if (by !== null) {
        await store.kysely
          .updateTable('interactions')
          .set({ logged_by: by })
          .where('workspace_id', '=', ws)
          .where('id', '=', id)
          .execute();
      }
    }
    const options = await h.call('POST', '/api/auth/passkeys/options', { cookie: cookies.leo, body: {} });
    await h.call('POST', '/api/auth/passkeys', {
      cookie: cookies.leo,
      body: { name: 'key', response: new SoftAuthenticator(ORIGIN).register(options.body as Record<string, unknown>) },
    });
    const enrol = await h.call('POST', '/api/auth/totp', { cookie: cookies.ada, body: {} });
    const { secret } = enrol.body as { secret: string };
    await h.call('POST', '/api/auth/totp/confirm', {
      cookie: cookies.ada,
      body: { code: totpCode(secret, h.now.value) },
    });
  });
}

describe.each(ENGINES)('backup and restore on $engine', ({ engine }) => {
  const places: Place[] = [];
  afterEach(async () => {
    for (const p of places.splice(0)) await p.cleanup();
  });

  it('a backup restored into a new database is equal to the original, record for record', async () => {
    const original = await place(engine);
    places.push(original);
    await fill(original.env);
    const file = path.join(original.dir, 'sunspace.backup');
    const made = await sunspace(original.env, ['backup', file]);
    expect(made.code, made.err).toBe(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file).subarray(0, 16).toString('latin1')).toBe('SUNSPACE-BACKUP\n');
    const before = await inStore(original.env, snapshot);

    // A new database, opened with nothing but what the original needed (the same key file or master key).
    const fresh = await place(engine, original.env.SUNSPACE_MASTER_KEY);
    places.push(fresh);
    const env = engine === 'sqlite' ? { ...fresh.env, SUNSPACE_KEY_FILE: original.env.SUNSPACE_KEY_FILE } : fresh.env;
    const restored = await sunspace(env, ['restore', file]);
    expect(restored.code, restored.err).toBe(0);
    const after = await inStore(env, async (store) => {
      const s = await snapshot(store);
      expect((await verifyAudit(store)).problems).toEqual([]);
      return s;
    });
    // The restore itself is the one entry the new log has beyond the original's.
    expect(after.audit.at(-1)?.action).toBe('restore');
    after.audit.pop();
    const { compared, differ } = differences(before, after);
    console.log(
      `[security] backup, restore and compare on ${engine}: ${compared} items compared, differences: ${differ.length}`,
    );
    expect(differ).toEqual([]);
    expect(before.records[0]!.records.people.length).toBeGreaterThan(0);

    // Restoring again into the now full database is refused.
    const twice = await sunspace(env, ['restore', file]);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/only into an empty database/);
  });

  it('a wrong key, a changed byte or a cut file restores nothing', async () => {
    const original = await place(engine);
    places.push(original);
    await fill(original.env);
    const file = path.join(original.dir, 'sunspace.backup');
    expect((await sunspace(original.env, ['backup', file])).code).toBe(0);
    const bytes = fs.readFileSync(file);
    const attempts: [string, Buffer, RegExp][] = [
      [
        'a changed byte',
        Buffer.from(bytes).fill(bytes[bytes.length - 40]! ^ 1, bytes.length - 40, bytes.length - 39),
        /altered/,
      ],
      ['a cut file', bytes.subarray(0, bytes.length - 100), /incomplete|altered/],
    ];
    let restoredBadly = 0;
    for (const [what, content, message] of attempts) {
      const bad = path.join(original.dir, `${what.replaceAll(' ', '-')}.backup`);
      fs.writeFileSync(bad, content);
      const fresh = await place(engine, original.env.SUNSPACE_MASTER_KEY);
      places.push(fresh);
      const env = engine === 'sqlite' ? { ...fresh.env, SUNSPACE_KEY_FILE: original.env.SUNSPACE_KEY_FILE } : fresh.env;
      const res = await sunspace(env, ['restore', bad]);
      expect(res.err, what).toMatch(message);
      if ((await inStore(env, (s) => s.kysely.selectFrom('users').selectAll().execute())).length > 0) restoredBadly++;
    }
    // Another database key: the default backup key is derived from it, so nothing opens.
    const other = await place(engine);
    places.push(other);
    const wrongKey = await sunspace(other.env, ['restore', file]);
    expect(wrongKey.err).toMatch(/does not open with this key/);
    console.log(
      `[security] damaged or foreign backups restored: ${restoredBadly} of ${attempts.length + 1} [${engine}]`,
    );
    expect(restoredBadly).toBe(0);
  });

  it('a backup under SUNSPACE_BACKUP_KEY needs that passphrase, and nothing else', async () => {
    const original = await place(engine);
    places.push(original);
    await fill(original.env);
    const file = path.join(original.dir, 'own-key.backup');
    const passphrase = 'a separate backup passphrase';
    expect((await sunspace({ ...original.env, SUNSPACE_BACKUP_KEY: passphrase }, ['backup', file])).code).toBe(0);
    const fresh = await place(engine);
    places.push(fresh);
    const without = await sunspace(fresh.env, ['restore', file]);
    expect(without.code).toBe(1);
    expect(without.err).toMatch(/SUNSPACE_BACKUP_KEY/);
    const withKey = await sunspace({ ...fresh.env, SUNSPACE_BACKUP_KEY: passphrase }, ['restore', file]);
    expect(withKey.code, withKey.err).toBe(0);
  });
});

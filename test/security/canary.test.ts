/**
 * Canary strings written through every way in (the API's forms, a bundle imported by the API and by the
 * command line, the command line's own writes), then searched for where they must never be found in plain
 * text: the database file, its WAL and shared memory (while open and after closing), the data folder, temp
 * files written meanwhile, the encrypted backup, the server's log and the command line's output. On
 * PostgreSQL, every row of every table is searched for the canaries of sealed fields (field-seal.ts).
 *
 * Plaintext exports (a bundle) hold names and notes by design, and are left out of the search.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { openStore, resolveStoreConfig } from '../../src/store/store-config.js';
import type { Store } from '../../src/store/store.js';
import { bundleOf, removeTempDirs } from '../support/bundle-dirs.js';
import { place, sunspace, type Place } from '../support/cli.js';
import { ENGINES } from '../support/engines.js';
import { everyRow } from '../support/raw-rows.js';
import { smallWorkplace } from '../support/small-workplace.js';
import { clinic, harness, ORIGIN } from '../server/harness.js';
import type { WorkspaceRecords } from '../../src/core/records.js';

afterAll(removeTempDirs);

/** Every regular file under `dir` changed since `since` (ms), skipping what `skip` names. */
function filesUnder(dir: string, since: number, skip: (file: string) => boolean): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const file = path.join(dir, e.name);
    if (skip(file)) continue;
    try {
      if (e.isDirectory()) out.push(...filesUnder(file, since, skip));
      else if (e.isFile() && fs.statSync(file).mtimeMs >= since && fs.statSync(file).size < 256 * 1024 * 1024)
        out.push(file);
    } catch {
      // gone meanwhile (another test's temp file)
    }
  }
  return out;
}

class Canaries {
  readonly personal: string[] = [];
  readonly other: string[] = [];
  make(what: string, personal: boolean): string {
    const c = `CANARY${randomBytes(6).toString('hex')}${what}`;
    (personal ? this.personal : this.other).push(c);
    return c;
  }
  get all(): string[] {
    return [...this.personal, ...this.other];
  }
}

/** The small clinic with a canary in every free-text field. */
function canaried(c: Canaries, tag: string): WorkspaceRecords {
  const r = smallWorkplace();
  r.people = r.people.map((p) => ({
    ...p,
    name: c.make(`${tag}name`, true),
    contact: c.make(`${tag}contact`, true),
    role: c.make(`${tag}role`, true),
  }));
  r.interactions = r.interactions.map((i) => ({ ...i, notes: c.make(`${tag}notes`, true) }));
  r.grievances = r.grievances.map((g) => ({ ...g, title: c.make(`${tag}title`, true) }));
  r.spaces = r.spaces.map((s) => ({ ...s, name: c.make(`${tag}space`, true) }));
  r.asks = r.asks.map((a) => ({ ...a, what: c.make(`${tag}ask`, true) }));
  r.actions = r.actions.map((a) => ({ ...a, title: c.make(`${tag}action`, true) }));
  r.mandates = r.mandates.map((m) => ({ ...m, text: c.make(`${tag}mandate`, true) }));
  r.votes = r.votes.map((v) => ({ ...v, question: c.make(`${tag}question`, true) }));
  return r;
}

/** Where each canary was found among these files. */
function search(files: string[], canaries: string[]): string[] {
  const found: string[] = [];
  const needles = canaries.map((c) => [c, Buffer.from(c, 'utf8')] as const);
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      continue;
    }
    for (const [c, needle] of needles) if (bytes.includes(needle)) found.push(`${c} in ${file}`);
  }
  return found;
}

describe.each(ENGINES)('canary strings on $engine', ({ engine }) => {
  let where: Place | undefined;
  afterEach(async () => {
    await where?.cleanup();
    where = undefined;
  });

  it('are found nowhere they must not be, whatever way they came in', async () => {
    const started = Date.now() - 1000;
    where = await place(engine);
    const env = where.env;
    const canaries = new Canaries();
    const logs: string[] = [];
    const bundleDirs: string[] = [];

    // The command line: a bundle imported into a workspace of its own, and an account added.
    const bundle = await bundleOf(canaried(canaries, 'cli'));
    bundleDirs.push(bundle);
    const imported = await sunspace(env, ['import', bundle, '--workspace', 'Imported']);
    expect(imported.code, imported.err).toBe(0);
    const added = await sunspace(env, ['user', 'add', 'canary-admin', '--role', 'admin', '--password-stdin'], {
      stdin: `${canaries.make('password', false)}\n`,
    });
    expect(added.code, added.err).toBe(0);
    logs.push(imported.out, imported.err, added.out, added.err);

    const config = resolveStoreConfig(env, os.tmpdir());
    const { store } = await openStore(config, env);
    let open: Store | null = store;
    try {
      const h = harness(store, {
        log: (m, e) => logs.push(`${m} ${e instanceof Error ? `${e.message}\n${e.stack}` : String(e)}`),
      });
      const { cookies } = await clinic(h);
      // The API's forms.
      const person = await h.call('POST', '/api/workspaces/Clinic/people', {
        cookie: cookies.ada,
        body: {
          name: canaries.make('apiname', true),
          contact: canaries.make('apicontact', true),
          unit: 'Clinic/Nursing/Nights',
        },
      });
      expect(person.status).toBe(201);
      const logged = await h.call('POST', '/api/workspaces/Clinic/conversations', {
        cookie: cookies.mia,
        body: {
          occurredOn: '2025-02-01',
          participants: ['p1', (person.body as { id: string }).id],
          kind: 'chat',
          notes: canaries.make('apinotes', true),
          newGrievances: [{ title: canaries.make('apititle', true), unit: 'Clinic/Nursing/Nights', raisedBy: ['p1'] }],
          asks: [
            { by: 'p1', to: (person.body as { id: string }).id, what: canaries.make('apiask', true), response: 'yes' },
          ],
        },
      });
      expect(logged.status, JSON.stringify(logged.body)).toBe(201);
      // A conversation read back (and audited), a failed sign-in with a canary for a password.
      await h.call(
        'GET',
        `/api/workspaces/Clinic/conversations/${(logged.body as { conversation: { id: string } }).conversation.id}`,
        { cookie: cookies.ada },
      );
      await h.call('POST', '/api/auth/login', {
        body: { username: 'ada', password: canaries.make('wrongpassword', false) },
      });
      // A bundle uploaded through the API.
      expect(
        (await h.call('POST', '/api/workspaces', { cookie: cookies.ada, body: { name: 'Uploaded' } })).status,
      ).toBe(201);
      const apiBundle = await bundleOf(canaried(canaries, 'upload'));
      bundleDirs.push(apiBundle);
      const form = new FormData();
      for (const name of fs.readdirSync(apiBundle))
        form.append(name, new File([fs.readFileSync(path.join(apiBundle, name))], name));
      const upload = await h.app.request(`${ORIGIN}/api/workspaces/Uploaded/import`, {
        method: 'POST',
        body: form,
        headers: { cookie: cookies.ada, 'sec-fetch-site': 'same-origin' },
      });
      expect(upload.status, await upload.text()).toBe(200);

      // Searched while the database is open: its WAL and shared memory hold the latest writes.
      const skip = (f: string) => bundleDirs.some((d) => f.startsWith(d)) || f.includes(`${path.sep}.git${path.sep}`);
      const whileOpen = engine === 'sqlite' ? filesUnder(path.dirname(env.SUNSPACE_DB!), 0, () => false) : [];
      if (engine === 'sqlite') expect(whileOpen.some((f) => f.endsWith('-wal'))).toBe(true);
      const foundOpen = search(whileOpen, canaries.all);

      const backupFile = path.join(where.dir, 'canary.backup');
      const backup = await sunspace(env, ['backup', backupFile]);
      expect(backup.code, backup.err).toBe(0);
      logs.push(backup.out, backup.err);

      let foundRows: string[] = [];
      if (engine === 'postgres') {
        const text = await everyRow(store);
        foundRows = canaries.personal.filter((c) => text.includes(c)).map((c) => `${c} in a PostgreSQL row`);
      }
      await store.close();
      open = null;

      const logFile = path.join(where.dir, 'logs.txt');
      fs.writeFileSync(logFile, logs.join('\n'));
      const afterClose = [
        ...(engine === 'sqlite' ? filesUnder(path.dirname(env.SUNSPACE_DB!), 0, () => false) : []),
        ...filesUnder(where.dir, 0, skip),
        ...filesUnder(os.tmpdir(), started, skip),
        backupFile,
        logFile,
      ];
      const found = [...new Set([...foundOpen, ...search(afterClose, canaries.all), ...foundRows])];
      console.log(
        `[security] canary strings on ${engine}: ${canaries.all.length} written through the API, API and CLI import, and the CLI; ` +
          `searched ${new Set([...whileOpen, ...afterClose]).size} files (database, WAL, data folder, temp files, backup, logs)` +
          `${engine === 'postgres' ? ' and every table row' : ''}; found: ${found.length}`,
      );
      expect(found).toEqual([]);
      expect(canaries.personal.length).toBeGreaterThan(30);
      // The search does find canaries where they are in plain text: the bundles they came from.
      expect(
        search(
          bundleDirs.flatMap((d) => filesUnder(d, 0, () => false)),
          canaries.all,
        ).length,
      ).toBeGreaterThan(30);
    } finally {
      await open?.close();
    }
  });
});

/**
 * Import and export of a bundle through the browser (docs/web-views.md): multipart uploads checked row by
 * row before anything is written, and a zip of exactly the bundle's files for what the viewer may see.
 */
import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { visibleRecords, type Viewer } from '../../src/core/access.js';
import { WORKSPACE_KINDS, type WorkspaceRecords } from '../../src/core/records.js';
import { BUNDLE_FILES } from '../../src/bundle/bundle-files.js';
import { exportBundle } from '../../src/bundle/export-bundle.js';
import { readBundle } from '../../src/bundle/read-bundle.js';
import { countRecords, loadRecords } from '../../src/store/records.store.js';
import type { Store } from '../../src/store/store.js';
import { removeTempDirs, tempDir } from '../support/bundle-dirs.js';
import { ENGINES } from '../support/engines.js';
import { clinic, errorOf, harness, ORIGIN, type Harness } from './harness.js';

afterAll(removeTempDirs);

const FILE_NAMES = [...BUNDLE_FILES.map((f) => f.file), 'manifest.json'];

/** GET the export as `cookie`: the status, headers and the zip's files by name. */
async function exported(h: Harness, cookie: string, workspace = 'Clinic') {
  const res = await h.app.request(`${ORIGIN}/api/workspaces/${workspace}/export`, { headers: { cookie } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, files: res.status === 200 ? unzipSync(bytes) : {} };
}

/** POST files as multipart/form-data, each part named as the web app names it (its file name). */
async function upload(
  h: Harness,
  cookie: string,
  files: Record<string, Uint8Array | string>,
  options: { workspace?: string; dryRun?: boolean; lang?: string; fields?: Record<string, string> } = {},
) {
  const form = new FormData();
  for (const [name, content] of Object.entries(files)) {
    form.append(path.basename(name), new File([typeof content === 'string' ? content : new Uint8Array(content)], name));
  }
  if (options.dryRun) form.append('dryRun', 'true');
  for (const [k, v] of Object.entries(options.fields ?? {})) form.append(k, v);
  const res = await h.app.request(`${ORIGIN}/api/workspaces/${options.workspace ?? 'Copy'}/import`, {
    method: 'POST',
    body: form,
    headers: { cookie, 'sec-fetch-site': 'same-origin', ...(options.lang ? { 'accept-language': options.lang } : {}) },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Records in one order, lists inside them as they are. */
function canonical(r: Partial<WorkspaceRecords>) {
  const key = (x: object) => JSON.stringify('id' in x ? x.id : x);
  return Object.fromEntries(
    WORKSPACE_KINDS.map((k) => [k, [...(r[k] ?? [])].sort((a, b) => (key(a) < key(b) ? -1 : 1))]),
  );
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe.each(ENGINES)('bundles through the browser on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it("an admin's export is a zip of exactly the bundle's files, as the command line writes them", async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const { res, files } = await exported(h, cookies.ada);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Clinic-2025-03-01.zip"; filename*=UTF-8''Clinic-2025-03-01.zip`,
    );
    expect(Object.keys(files).sort()).toEqual([...FILE_NAMES].sort());
    const dir = tempDir();
    await exportBundle(store, { workspace: 'Clinic', dir });
    for (const spec of BUNDLE_FILES) {
      expect(text(files[spec.file]), spec.file).toBe(fs.readFileSync(path.join(dir, spec.file), 'utf8'));
    }
    const manifest = JSON.parse(text(files['manifest.json'])) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: 'sunspace-bundle',
      workspace: 'Clinic',
      exportedAt: '2025-03-01T09:00:00.000Z',
    });
  });

  it('an export uploaded into another workspace gives back the same records; a dry run writes nothing', async () => {
    store = await open();
    const h = harness(store);
    const { cookies, ws } = await clinic(h);
    const copy = await h.workspace('Copy');
    const { files } = await exported(h, cookies.ada);
    // a browser sending a folder names each file with the folder in front
    const asFolder = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [`Clinic export/${name}`, bytes]));

    const dry = await upload(h, cookies.ada, asFolder, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ ok: true, written: false, errors: [], errorCount: 0, summary: null });
    expect(Object.values(await countRecords(store, copy)).every((n) => n === 0)).toBe(true);

    const real = await upload(h, cookies.ada, asFolder);
    expect(real.status).toBe(200);
    expect(real.body).toMatchObject({ ok: true, written: true, counts: { people: 6, interactions: 3 } });
    expect(canonical(await loadRecords(store, copy))).toEqual(canonical(await loadRecords(store, ws)));
  });

  it("a broken bundle is refused with every problem at file:line:column in the viewer's language, writing nothing", async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const copy = await h.workspace('Copy');
    const people = 'id,name,circle,phone\np1,Ana,sun,555\np2,Ben,blue,\n';
    const ties = 'a,b,sides,observed_on\np1,p9,social,2024-01-01\n';
    const refused = await upload(h, cookies.ada, { 'people.csv': people, 'ties.csv': ties }, { lang: 'es' });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ ok: false, written: false, errorCount: 3 });
    const errors = refused.body.errors as string[];
    expect(errors).toEqual([
      expect.stringMatching(/^people\.csv:1:16: .*"phone"/),
      expect.stringMatching(/^people\.csv:3:8: .*"blue"/),
      expect.stringMatching(/^ties\.csv:2:4: .*"p9"/),
    ]);
    // in Spanish, as the browser asked
    expect(errors.join('\n')).not.toMatch(/unknown column/);
    expect(refused.body.summary).toEqual(expect.any(String));
    expect(Object.values(await countRecords(store, copy)).every((n) => n === 0)).toBe(true);

    const english = await upload(h, cookies.ada, { 'people.csv': people });
    expect((english.body.errors as string[])[0]).toMatch(/^people\.csv:1:16: unknown column "phone"/);
  });

  it('an upload with no bundle file, a file twice or an unknown field is refused before anything is read', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    await h.workspace('Copy');
    const none = await upload(h, cookies.ada, { 'README.txt': 'hello' });
    expect(none.status).toBe(400);
    expect(errorOf(none.body)).toMatchObject({
      code: 'bundle_unreadable',
      message: expect.stringContaining('people.csv') as string,
    });
    const twice = await upload(h, cookies.ada, { 'a/people.csv': 'id,name\n', 'b/people.csv': 'id,name\n' });
    expect(errorOf(twice.body)).toMatchObject({ code: 'invalid_input', fields: [{ field: 'people.csv' }] });
    const unknown = await upload(h, cookies.ada, { 'people.csv': 'id,name\n' }, { fields: { dryrun: 'true' } });
    expect(errorOf(unknown.body).fields).toEqual([
      { field: 'dryrun', message: expect.stringContaining('dryrun') as string },
    ]);
    const json = await h.call('POST', '/api/workspaces/Copy/import', { cookie: cookies.ada, body: { files: [] } });
    expect(json.status).toBe(415);
    expect(errorOf(json.body).code).toBe('unsupported_media_type');
  });

  it('a bundle over 200 MB is refused from its declared size, before it is read', async () => {
    store = await open();
    const h = harness(store);
    const { cookies } = await clinic(h);
    const res = await h.app.request(`${ORIGIN}/api/workspaces/Clinic/import`, {
      method: 'POST',
      body: 'x',
      headers: {
        cookie: cookies.ada,
        'sec-fetch-site': 'same-origin',
        'content-type': 'multipart/form-data; boundary=x',
        'content-length': String(201 * 1024 * 1024),
      },
    });
    expect(res.status).toBe(413);
    expect(errorOf(await res.json())).toMatchObject({
      code: 'bundle_too_large',
      message: expect.stringContaining('200 MB') as string,
    });
  });

  it('a lead granted part of the workspace exports only what they may see, and cannot import; a member cannot export', async () => {
    store = await open();
    const h = harness(store);
    const { cookies, users, ws } = await clinic(h);
    const { res, files } = await exported(h, cookies.leo);
    expect(res.status).toBe(200);
    expect(Object.keys(files).sort()).toEqual([...FILE_NAMES].sort());
    const all = Object.values(files).map(text).join('\n');
    expect(all).not.toContain('Dora');
    expect(all).not.toContain('p4');
    const read = await readBundle(new Map(Object.entries(files)));
    expect(read.errorCount).toBe(0);
    const leo: Viewer = { userId: users.leo.id, role: 'lead', units: ['Clinic/Nursing'] };
    const stored = await loadRecords(store, ws);
    expect(canonical(read.records)).toEqual(canonical(visibleRecords(leo, stored)));

    expect((await exported(h, cookies.mia)).res.status).toBe(403);
    const refused = await upload(h, cookies.leo, { 'people.csv': 'id,name\np9,Someone\n' }, { workspace: 'Clinic' });
    expect(refused.status).toBe(403);
    expect(errorOf(refused.body).code).toBe('import_needs_whole_workspace');
    expect((await countRecords(store, ws)).people).toBe(6);
  });
});

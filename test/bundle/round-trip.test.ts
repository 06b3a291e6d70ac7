import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BundleSourceError } from '../../src/bundle/bundle-source.js';
import { exportBundle } from '../../src/bundle/export-bundle.js';
import { importBundle, importBundleFromFiles } from '../../src/bundle/import-bundle.js';
import { countRecords, loadRecords } from '../../src/store/records.store.js';
import type { Store } from '../../src/store/store.js';
import { findWorkspace, getWorkspace } from '../../src/store/workspaces.store.js';
import { sortedRecords } from '../support/arbitrary-records.js';
import { bundleOf, csvFiles, removeTempDirs, tempDir } from '../support/bundle-dirs.js';
import { ENGINES } from '../support/engines.js';
import { smallWorkplace } from '../support/small-workplace.js';

afterAll(removeTempDirs);

describe.each(ENGINES)('the CSV bundle on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  async function recordsOf(name: string) {
    return sortedRecords(await loadRecords(store!, (await getWorkspace(store!, name)).id));
  }

  it("brings PostgreSQL's planner statistics up to date after an import", async () => {
    store = await open();
    await importBundle(store, { dir: await bundleOf(smallWorkplace()), workspace: 'Clinic' });
    if (store.engine !== 'postgres') return;
    // never analysed, a table's reltuples is -1 and the planner guesses; ANALYZE of a small table counts it all
    const { rows } = await sql<{ relname: string; reltuples: number }>`
      select c.relname, c.reltuples from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and c.relname in ('interactions', 'interaction_participants')
      order by c.relname`.execute(store.kysely);
    expect(rows).toEqual([
      { relname: 'interaction_participants', reltuples: expect.any(Number) as number },
      { relname: 'interactions', reltuples: 3 },
    ]);
    expect(rows[0]!.reltuples).toBeGreaterThan(0);
  });

  it('imports a bundle, exports it, and imports the export into another workspace with the same records', async () => {
    store = await open();
    const first = await importBundle(store, { dir: await bundleOf(smallWorkplace()), workspace: 'Clinic' });
    expect(first).toMatchObject({ ok: true, written: true, createdWorkspace: true, errorCount: 0 });
    expect(first.counts).toEqual({
      people: 6,
      ties: 2,
      interactions: 3,
      grievances: 2,
      asks: 2,
      spaces: 2,
      actions: 1,
      committees: 1,
      mandates: 1,
      moon_sessions: 2,
      votes: 1,
      satellite_effects: 2,
      picket_shifts: 1,
      mutual_aid: 2,
    });
    expect(await recordsOf('Clinic')).toEqual(sortedRecords(smallWorkplace()));

    const exported = tempDir();
    const result = await exportBundle(store, { workspace: 'Clinic', dir: exported });
    expect(result.counts).toEqual(first.counts);
    expect(JSON.parse(fs.readFileSync(path.join(exported, 'manifest.json'), 'utf8'))).toMatchObject({
      format: 'sunspace-bundle',
      version: 1,
      formulaEscaped: true,
      workspace: 'Clinic',
      counts: first.counts,
    });
    expect(csvFiles(exported)['interactions.csv']).toContain(",'=not a formula\n");
    expect(csvFiles(exported)['satellite_effects.csv']).toContain(",'=Told them to wait for the union office\n");
    expect(csvFiles(exported)['picket_shifts.csv']).toBe(
      'id,space,starts_at,ends_at,people\nps1,br,2024-03-10T06:00,2024-03-10T10:00,p2;p1\n',
    );

    expect(await importBundle(store, { dir: exported, workspace: 'Clinic copy' })).toMatchObject({ ok: true });
    expect(await recordsOf('Clinic copy')).toEqual(await recordsOf('Clinic'));
  });

  it('importing the same bundle again changes nothing: same counts, and a byte-equal export', async () => {
    store = await open();
    const dir = await bundleOf(smallWorkplace());
    await importBundle(store, { dir, workspace: 'Clinic' });
    const ws = await getWorkspace(store, 'Clinic');
    const before = await countRecords(store, ws.id);
    const firstExport = tempDir();
    await exportBundle(store, { workspace: 'Clinic', dir: firstExport });

    const again = await importBundle(store, { dir, workspace: 'Clinic' });
    expect(again).toMatchObject({ ok: true, written: true, createdWorkspace: false });
    expect(again.newRecords).toEqual({
      people: 0,
      interactions: 0,
      grievances: 0,
      asks: 0,
      spaces: 0,
      actions: 0,
      committees: 0,
      mandates: 0,
      moon_sessions: 0,
      votes: 0,
      satellite_effects: 0,
      picket_shifts: 0,
      mutual_aid: 0,
    });
    expect(await countRecords(store, ws.id)).toEqual(before);
    const secondExport = tempDir();
    await exportBundle(store, { workspace: 'Clinic', dir: secondExport });
    expect(csvFiles(secondExport)).toEqual(csvFiles(firstExport));
  });

  it('an updated row replaces its record and lists, and may name records stored by an earlier import', async () => {
    store = await open();
    await importBundle(store, { dir: await bundleOf(smallWorkplace()), workspace: 'Clinic' });
    const i2 = { ...smallWorkplace().interactions[1]!, participants: ['p4', 'm1'], raised: [], notes: 'moved' };
    const result = await importBundle(store, { dir: await bundleOf({ interactions: [i2] }), workspace: 'Clinic' });
    expect(result).toMatchObject({ ok: true, newRecords: { interactions: 0 } });
    const back = (await loadRecords(store, (await getWorkspace(store, 'Clinic')).id)).interactions;
    expect(back.find((i) => i.id === 'i2')).toEqual(i2);
    expect(back).toHaveLength(3);
  });

  it('a dry run checks everything and writes nothing, not even the workspace', async () => {
    store = await open();
    const result = await importBundle(store, {
      dir: await bundleOf(smallWorkplace()),
      workspace: 'Clinic',
      dryRun: true,
    });
    expect(result).toMatchObject({ ok: true, written: false, counts: { people: 6 } });
    expect(await findWorkspace(store, 'Clinic')).toBeNull();
  });

  it('files uploaded through the web app import exactly as the folder does', async () => {
    store = await open();
    const dir = await bundleOf(smallWorkplace());
    const files = new Map(
      fs.readdirSync(dir).map((name) => [name, new Uint8Array(fs.readFileSync(path.join(dir, name)))]),
    );
    const progress: string[] = [];
    const result = await importBundleFromFiles(store, {
      files,
      workspace: 'Upload',
      onProgress: (p) => progress.push(p.phase),
    });
    expect(result).toMatchObject({ ok: true, written: true });
    expect(progress).toContain('read');
    expect(progress).toContain('write');
    expect(await recordsOf('Upload')).toEqual(sortedRecords(smallWorkplace()));
  });

  it('refuses, before reading anything, a folder that is not there, a folder with no bundle, or no such workspace', async () => {
    store = await open();
    const missing = path.join(tempDir(), 'nowhere');
    await expect(importBundle(store, { dir: missing, workspace: 'Clinic' })).rejects.toMatchObject({
      code: 'no_such_folder',
    });
    await expect(importBundle(store, { dir: tempDir(), workspace: 'Clinic' })).rejects.toMatchObject({
      code: 'no_bundle_files',
    });
    await expect(importBundle(store, { dir: tempDir(), workspace: ' ' })).rejects.toMatchObject({
      code: 'bad_workspace_name',
    });
    const error = await exportBundle(store, { workspace: 'Nobody', dir: tempDir() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BundleSourceError);
    expect((error as BundleSourceError).render('es')).toBe('no hay ningún espacio de trabajo llamado "Nobody"');
    expect(await findWorkspace(store, 'Clinic')).toBeNull();
  });

  it('exports every file with its header even when the workspace is empty, readable by its owner only', async () => {
    store = await open();
    await importBundle(store, {
      dir: await bundleOf({ people: smallWorkplace().people.slice(0, 1) }),
      workspace: 'One',
    });
    const dir = tempDir();
    await exportBundle(store, { workspace: 'One', dir });
    const files = csvFiles(dir);
    expect(Object.keys(files)).toHaveLength(14);
    expect(files['committees.csv']).toBe('id,name,members\n');
    expect(files['moon_sessions.csv']).toBe(
      'id,space,occurred_on,attendees,closed_door,outcome,mandates,reported_back_on,reported_to\n',
    );
    expect(files['ties.csv']).toBe('a,b,sides,closeness,directed,observed_on,observed_by\n');
    expect(fs.statSync(path.join(dir, 'people.csv')).mode & 0o077).toBe(0);
  });
});

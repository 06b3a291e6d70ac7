import Database from 'better-sqlite3-multiple-ciphers';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from './database.js';
import { writeRecords } from './records.store.js';
import { openStore, resolveStoreConfig } from './store-config.js';
import { createWorkspace, listWorkspaces } from './workspaces.store.js';
import { smallWorkplace } from '../../test/support/small-workplace.js';

let home: string;
beforeEach(() => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'sunspace-home-'));
});
afterEach(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

function filesOf(dbFile: string): Buffer[] {
  return ['', '-wal', '-shm'].filter((s) => fs.existsSync(dbFile + s)).map((s) => fs.readFileSync(dbFile + s));
}

describe('the embedded encrypted database', () => {
  it('on a first run with no key, makes an owner-only key file outside the data folder and says so', async () => {
    const config = resolveStoreConfig({}, home);
    const opened = await openStore(config, {});
    await opened.store.close();
    expect(config.engine).toBe('sqlite');
    if (config.engine !== 'sqlite' || config.key.from !== 'file') throw new Error('expected a key file');
    expect(opened.createdKeyFile).toBe(config.key.file);
    expect(path.dirname(config.key.file)).not.toBe(path.dirname(config.file));
    expect(fs.statSync(config.key.file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(config.file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(config.file).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    // A second run finds the key and makes none.
    const again = await openStore(config, {});
    await again.store.close();
    expect(again.createdKeyFile).toBeUndefined();
  });

  it('keeps no name or note in plain text in the database, its WAL or shared memory', async () => {
    const env = { SUNSPACE_DB: path.join(home, 'data', 'x.db'), SUNSPACE_KEY: 'correct horse battery staple' };
    const { store } = await openStore(resolveStoreConfig(env, home), env);
    const ws = await createWorkspace(store, 'Clinic');
    await inTransaction(store, (tx) => writeRecords(tx, ws.id, smallWorkplace()));
    const bytes = filesOf(env.SUNSPACE_DB);
    for (const secret of ['Ana Ruiz', 'Ben Okafor', 'Understaffed nights', 'night rota', 'Clinic/Nursing']) {
      expect(
        bytes.some((b) => b.includes(secret)),
        `"${secret}" found in plain text`,
      ).toBe(false);
    }
    await store.close();
  });

  it('a wrong passphrase fails clearly and leaves the data as it was', async () => {
    const file = path.join(home, 'data', 'x.db');
    const good = { SUNSPACE_DB: file, SUNSPACE_KEY: 'correct horse battery staple' };
    const { store } = await openStore(resolveStoreConfig(good, home), good);
    await createWorkspace(store, 'Kept');
    await store.close();
    const before = fs.readFileSync(file);
    const bad = { SUNSPACE_DB: file, SUNSPACE_KEY: 'incorrect horse battery' };
    await expect(openStore(resolveStoreConfig(bad, home), bad)).rejects.toThrow(/the key does not open/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    const reopened = await openStore(resolveStoreConfig(good, home), good);
    expect((await listWorkspaces(reopened.store)).map((w) => w.name)).toEqual(['Kept']);
    await reopened.store.close();
  });

  it('a missing key file for an existing database fails clearly instead of making a new empty one', async () => {
    const env = { SUNSPACE_DB: path.join(home, 'data', 'x.db'), SUNSPACE_KEY_FILE: path.join(home, 'keys', 'k.key') };
    const { store } = await openStore(resolveStoreConfig(env, home), env);
    await store.close();
    fs.rmSync(env.SUNSPACE_KEY_FILE);
    await expect(openStore(resolveStoreConfig(env, home), env)).rejects.toThrow(/encrypted but its key is missing/);
    expect(fs.existsSync(env.SUNSPACE_KEY_FILE)).toBe(false);
  });

  it('refuses to open a plaintext SQLite file', async () => {
    const file = path.join(home, 'plain.db');
    const plain = new Database(file);
    plain.exec('create table t(x)');
    plain.close();
    const env = { SUNSPACE_DB: file, SUNSPACE_KEY: 'correct horse battery staple' };
    await expect(openStore(resolveStoreConfig(env, home), env)).rejects.toThrow(/unencrypted SQLite file/);
  });

  it('refuses a passphrase too short to protect anything', () => {
    expect(() => resolveStoreConfig({ SUNSPACE_KEY: 'short' }, home)).toThrow(/too short/);
  });

  it('warns loudly when the key file sits beside the database', async () => {
    const env = { SUNSPACE_DB: path.join(home, 'd', 'x.db'), SUNSPACE_KEY_FILE: path.join(home, 'd', 'x.key') };
    const { store, warnings } = await openStore(resolveStoreConfig(env, home), env);
    await store.close();
    expect(warnings.join('\n')).toMatch(/same folder as the database/);
  });

  it('a postgres:// URL selects PostgreSQL, with a master key file outside any data folder', () => {
    expect(resolveStoreConfig({ SUNSPACE_DB: 'postgres://u@h/db' }, home)).toEqual({
      engine: 'postgres',
      url: 'postgres://u@h/db',
      masterKey: { from: 'file', file: path.join(home, '.config', 'sunspace', 'master.key') },
    });
    const hex = 'ab'.repeat(32);
    expect(resolveStoreConfig({ SUNSPACE_DB: 'postgres://u@h/db', SUNSPACE_MASTER_KEY: hex }, home)).toMatchObject({
      masterKey: { from: 'env', hex },
    });
  });
});

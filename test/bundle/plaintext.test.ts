import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../src/bundle/import-bundle.js';
import { openSqlite } from '../../src/store/sqlite/open-sqlite.js';
import { bundleOf, removeTempDirs, tempDir } from '../support/bundle-dirs.js';
import { smallWorkplace } from '../support/small-workplace.js';

afterAll(removeTempDirs);

/** Every name, note, contact, title and ask of the small workplace: none may be readable in the files. */
function secrets(): string[] {
  const r = smallWorkplace();
  return [
    ...r.people.flatMap((p) => [p.name, p.contact ?? '']),
    ...r.interactions.map((i) => i.notes ?? ''),
    ...r.grievances.map((g) => g.title),
    ...r.asks.map((a) => a.what),
    ...r.spaces.map((s) => s.name),
  ].filter((s) => s.length >= 6);
}

function plainTextFound(dir: string): string[] {
  const found: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const bytes = fs.readFileSync(path.join(dir, name));
    for (const secret of secrets()) {
      for (const form of [Buffer.from(secret, 'utf8'), Buffer.from(secret, 'utf16le')]) {
        if (bytes.includes(form)) found.push(`${secret} in ${name}`);
      }
    }
  }
  return found;
}

describe('an imported bundle in the encrypted SQLite file', () => {
  it('leaves no name, note or title readable in the database, its WAL or its shared memory', async () => {
    const dir = tempDir();
    const store = await openSqlite({
      file: path.join(dir, 'sunspace.db'),
      key: { kind: 'raw', hex: randomBytes(32).toString('hex') },
    });
    try {
      const result = await importBundle(store, { dir: await bundleOf(smallWorkplace()), workspace: 'Clinic' });
      expect(result.written).toBe(true);
      expect(fs.readdirSync(dir).sort()).toEqual(['sunspace.db', 'sunspace.db-shm', 'sunspace.db-wal']);
      expect(plainTextFound(dir)).toEqual([]);
    } finally {
      await store.close();
    }
    expect(plainTextFound(dir)).toEqual([]);
    // The check can see plain text: the bundle it imported is full of it.
    expect(plainTextFound(await bundleOf(smallWorkplace()))).not.toEqual([]);
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { inStore, place, sunspace, type Place } from '../../test/support/cli.js';

describe('opening the database from the command line', () => {
  let here: Place | undefined;
  afterEach(async () => {
    await here?.cleanup();
    here = undefined;
  });

  it('says when an existing database is being upgraded, and which migrations it runs, and not for a new one', async () => {
    here = await place('sqlite');
    const first = await sunspace(here.env, ['user', 'list']);
    expect(first.code).toBe(0);
    expect(first.err).not.toContain('Upgrading the database');
    // as if the database had been made before the last migration
    await inStore(here.env, (store) => {
      store.sqlite!.prepare("DELETE FROM sunspace_migrations WHERE name = '0010-interactions-model-rows'").run();
      return Promise.resolve();
    });
    const upgraded = await sunspace(here.env, ['user', 'list']);
    expect(upgraded.code).toBe(0);
    expect(upgraded.err).toContain('Upgrading the database (0010-interactions-model-rows)');
    const again = await sunspace(here.env, ['user', 'list']);
    expect(again.err).not.toContain('Upgrading the database');
  });
});

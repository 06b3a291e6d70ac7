import { afterEach, describe, expect, it } from 'vitest';
import { ENGINES } from '../../test/support/engines.js';
import { allGrants, grantsOf, grantUnit, revokeUnit, viewerFor, workspacesFor } from './grants.store.js';
import type { Store } from './store.js';
import { createUser } from './users.store.js';
import { createWorkspace } from './workspaces.store.js';

const NOW = new Date('2025-03-01T09:00:00Z');

describe.each(ENGINES)('grants on $engine', ({ open }) => {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });

  it('grants make the viewer: units, the whole workspace, or nothing; admins see all without any', async () => {
    store = await open();
    const clinic = await createWorkspace(store, 'Clinic');
    const depot = await createWorkspace(store, 'Depot');
    const mia = await createUser(store, { username: 'mia', passwordHash: 'x', role: 'member' }, NOW);
    const ada = await createUser(store, { username: 'ada', passwordHash: 'x', role: 'admin' }, NOW);
    expect(await viewerFor(store, mia, clinic.id)).toEqual({ userId: mia.id, role: 'member', units: [] });
    expect(await grantUnit(store, mia.id, clinic.id, 'Clinic/Nursing')).toBe(true);
    expect(await grantUnit(store, mia.id, clinic.id, 'Clinic/Nursing')).toBe(false);
    await grantUnit(store, mia.id, clinic.id, 'Clinic/Pharmacy');
    expect(await viewerFor(store, mia, clinic.id)).toEqual({
      userId: mia.id,
      role: 'member',
      units: ['Clinic/Nursing', 'Clinic/Pharmacy'],
    });
    await grantUnit(store, mia.id, clinic.id, null);
    expect((await viewerFor(store, mia, clinic.id)).units).toBe('all');
    expect(await viewerFor(store, ada, depot.id)).toEqual({ userId: ada.id, role: 'admin', units: 'all' });
    expect((await workspacesFor(store, mia)).map((w) => w.name)).toEqual(['Clinic']);
    expect((await workspacesFor(store, ada)).map((w) => w.name)).toEqual(['Clinic', 'Depot']);
  });

  it('revoking takes back exactly the grant named, and the whole-workspace grant is listed first', async () => {
    store = await open();
    const clinic = await createWorkspace(store, 'Clinic');
    const mia = await createUser(store, { username: 'mia', passwordHash: 'x', role: 'member' }, NOW);
    await grantUnit(store, mia.id, clinic.id, 'Clinic/Nursing');
    await grantUnit(store, mia.id, clinic.id, null);
    expect(await grantsOf(store, mia.id)).toEqual([
      { workspace: 'Clinic', unit: null },
      { workspace: 'Clinic', unit: 'Clinic/Nursing' },
    ]);
    expect(await revokeUnit(store, mia.id, clinic.id, null)).toBe(true);
    expect(await revokeUnit(store, mia.id, clinic.id, null)).toBe(false);
    expect((await allGrants(store)).get(mia.id)).toEqual([{ workspace: 'Clinic', unit: 'Clinic/Nursing' }]);
  });

  it('the same grant cannot be stored twice, even written around the check', async () => {
    store = await open();
    const clinic = await createWorkspace(store, 'Clinic');
    const mia = await createUser(store, { username: 'mia', passwordHash: 'x', role: 'member' }, NOW);
    const row = { user_id: mia.id, workspace_id: clinic.id, unit_path: null };
    await store.kysely.insertInto('workspace_grants').values(row).execute();
    await expect(store.kysely.insertInto('workspace_grants').values(row).execute()).rejects.toThrow();
  });
});

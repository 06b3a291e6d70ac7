import { describe, expect, it } from 'vitest';
import type { Viewer } from '../core/access.js';
import type { Workspace } from '../core/workspace.js';
import { ViewCache } from './view-cache.js';

const clinic: Workspace = { id: 1, name: 'Clinic', settings: {}, createdAt: '2025-01-01T00:00:00.000Z' };
const admin: Viewer = { userId: 1, role: 'admin', units: 'all' };
const lead: Viewer = { userId: 2, role: 'lead', units: 'all' };
const nights: Viewer = { userId: 3, role: 'member', units: ['Clinic/Nursing/Nights'] };
const nightsLead: Viewer = { userId: 4, role: 'lead', units: ['Clinic/Nursing/Nights'] };

function counting() {
  const now = { ms: 0 };
  const cache = new ViewCache(() => new Date(now.ms), { maxEntries: 3, maxAgeMs: 1000 });
  let computed = 0;
  const get = (viewer: Viewer, what = 'map', workspace = clinic) =>
    cache.get({ workspace, viewer, what }, () => Promise.resolve(++computed));
  return { cache, now, get, computed: () => computed };
}

describe('the cache of the web views', () => {
  it('shares an answer between viewers who see exactly the same records, and only them', async () => {
    const { get } = counting();
    expect(await get(admin)).toBe(1);
    expect(await get(lead)).toBe(1);
    expect(await get(nights)).toBe(2);
    expect(await get(nightsLead)).toBe(2);
    expect(await get(admin, 'report')).toBe(3);
  });

  it('computes again after a write to the workspace, after a while, and for a workspace made anew', async () => {
    const { cache, now, get } = counting();
    expect(await get(admin)).toBe(1);
    cache.bump('Elsewhere');
    expect(await get(admin)).toBe(1);
    cache.bump('Clinic');
    expect(await get(admin)).toBe(2);
    now.ms += 1001;
    expect(await get(admin)).toBe(3);
    expect(await get(admin, 'map', { ...clinic, createdAt: '2025-02-01T00:00:00.000Z' })).toBe(4);
    expect(await get(admin, 'map', { ...clinic, settings: { model: { strongTie: 0.5 } } })).toBe(5);
  });

  it('computes once for requests that come together, keeps a few entries, and forgets failures', async () => {
    const { cache, get, computed } = counting();
    const [a, b] = await Promise.all([get(admin), get(admin)]);
    expect([a, b, computed()]).toEqual([1, 1, 1]);
    await get(admin, 'b');
    await get(admin, 'c');
    await get(admin, 'd');
    expect(await get(admin)).toBe(5);
    const failed = cache.get({ workspace: clinic, viewer: admin, what: 'x' }, () => Promise.reject(new Error('down')));
    await expect(failed).rejects.toThrow('down');
    expect(await cache.get({ workspace: clinic, viewer: admin, what: 'x' }, () => Promise.resolve('up'))).toBe('up');
  });
});

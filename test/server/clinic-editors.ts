/**
 * The small clinic (harness.ts) set up for corrections: Ada, Leo and Mia as there, and Oli, who holds a grant
 * in another workspace only; `as` calls the Clinic's API as one of them, `changes` reads the audit entries of
 * corrections and removals (record_changed, record_removed) in order.
 */
import { afterEach } from 'vitest';
import { listAudit } from '../../src/store/audit/audit.store.js';
import type { Store } from '../../src/store/store.js';
import { clinic, harness, type Answer } from './harness.js';

export type Who = 'ada' | 'leo' | 'mia' | 'oli';
export type As = (who: Who, method: string, path: string, body?: unknown) => Promise<Answer>;

export async function clinicEditors(store: Store) {
  const h = harness(store);
  const { ws, cookies } = await clinic(h);
  const elsewhere = await h.workspace('Elsewhere', {});
  const oli = await h.addUser('oli', 'member');
  await h.grant(oli, elsewhere, null);
  const cookie: Record<Who, string> = { ...cookies, oli: await h.signIn('oli') };
  const as: As = (who, method, path, body) =>
    h.call(method, `/api/workspaces/Clinic/${path}`, {
      cookie: cookie[who],
      ...(body === undefined ? {} : { body }),
    });
  const changes = async () =>
    (await listAudit(h.store, { workspaceId: ws })).filter((e) => e.action.startsWith('record_'));
  return { h, ws, as, changes };
}

/**
 * Inside a describe: each call opens a fresh store (with `open`, an engine's) and sets the clinic up in it;
 * the store is closed after each test.
 */
export function freshClinicEditors(open: () => Promise<Store>): () => ReturnType<typeof clinicEditors> {
  let store: Store | undefined;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  });
  return async () => {
    store = await open();
    return clinicEditors(store);
  };
}

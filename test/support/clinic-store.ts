import { inTransaction } from '../../src/store/database.js';
import { writeRecords } from '../../src/store/records.store.js';
import type { Store } from '../../src/store/store.js';
import { createWorkspace } from '../../src/store/workspaces.store.js';
import { smallWorkplace } from './small-workplace.js';

/** The small clinic (small-workplace.ts) written into a workspace named Clinic; its id. */
export async function storeClinic(store: Store): Promise<number> {
  const ws = await createWorkspace(store, 'Clinic');
  await inTransaction(store, (tx) => writeRecords(tx, ws.id, smallWorkplace()));
  return ws.id;
}

import type { AuditInput } from '../store/audit/audit.store.js';
import { appendAudit } from '../store/audit/audit.store.js';
import type { Resolved } from './app-deps.js';

/**
 * Record something in the audit log (src/store/audit/audit.store.ts), stamped with the app's clock. If the
 * entry cannot be written, the request fails: a read that would leave no trace does not happen.
 */
export async function audit(deps: Pick<Resolved, 'store' | 'clock'>, entry: Omit<AuditInput, 'at'>): Promise<void> {
  await appendAudit(deps.store, { ...entry, at: deps.clock() });
}

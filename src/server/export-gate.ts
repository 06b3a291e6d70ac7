import { canExport, seesWholeWorkspace } from '../core/access.js';
import { ApiError } from './api-error.js';
import { currentUser, workspaceScope, type AppContext } from './app-env.js';
import { audit } from './audit.js';
import { requireFreshAuth } from './fresh-auth.js';
import type { RouteKit } from './route-kit.js';

/**
 * The one place a plaintext export passes before its first byte leaves the server (GET .../export): only a
 * lead or an admin, only after they confirmed who they are in the last five minutes (a sign-in, or
 * POST /api/auth/reauth with the password or a passkey; otherwise 403 `reauth_required`), and always in the
 * audit log, before the download starts (docs/security.md).
 */
export async function beforeExport(c: AppContext, kit: RouteKit): Promise<void> {
  const { workspace, viewer } = workspaceScope(c);
  if (!canExport(viewer)) throw new ApiError('forbidden');
  await requireFreshAuth(c, kit);
  await audit(kit.deps, {
    actorId: currentUser(c).id,
    action: 'export',
    workspaceId: workspace.id,
    details: {
      via: 'api',
      format: 'bundle',
      scope: seesWholeWorkspace(viewer) ? 'all' : (viewer.units as readonly string[]).join(', '),
    },
  });
}

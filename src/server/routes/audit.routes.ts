import { z } from '@hono/zod-openapi';
import { listAuditNamed, verifyAudit } from '../../store/audit/audit.store.js';
import { findWorkspace } from '../../store/workspaces.store.js';
import { ApiError } from '../api-error.js';
import { errors, jsonAnswer, newRoutes, type RouteKit } from '../route-kit.js';

const entryOut = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z
      .string()
      .nullable()
      .openapi({ description: 'The username; null for the command line or an unknown guesser' }),
    action: z.string(),
    workspace: z.string().nullable(),
    subject: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .openapi('AuditEntry');

const verifyOut = z
  .object({
    entries: z.number().int(),
    problems: z.array(z.object({ seq: z.number().int(), problem: z.enum(['edited', 'removed']) })),
    head: z.object({ seq: z.number().int(), hash: z.string() }).nullable(),
  })
  .openapi('AuditCheck');

/** The audit log, for admins: who read which notes, exported, changed roles, signed in; and its chain check. */
export function auditRoutes({ define, deps }: RouteKit) {
  const db = deps.store;

  const list = define('admin', {
    method: 'get',
    path: '/api/audit',
    summary: 'The audit log, newest first (optionally of one workspace)',
    request: {
      query: z.object({
        workspace: z.string().min(1).optional(),
        before: z.coerce.number().int().min(1).optional().openapi({ description: 'Entries before this seq' }),
        limit: z.coerce.number().int().min(1).max(500).default(100),
      }),
    },
    responses: { 200: jsonAnswer(z.array(entryOut), 'Entries'), ...errors(400, 401, 403, 404) },
  });

  const verify = define('admin', {
    method: 'get',
    path: '/api/audit/verify',
    summary: 'Check the hash chain: every edited or removed entry is named',
    responses: { 200: jsonAnswer(verifyOut, 'The check'), ...errors(401, 403) },
  });

  return newRoutes()
    .openapi(list, async (c) => {
      const q = c.req.valid('query');
      const ws = q.workspace === undefined ? undefined : await findWorkspace(db, q.workspace);
      if (ws === null) throw new ApiError('workspace_not_found', { name: q.workspace ?? '' });
      const entries = await listAuditNamed(db, {
        ...(ws ? { workspaceId: ws.id } : {}),
        ...(q.before !== undefined ? { after: q.before } : {}),
        limit: q.limit,
        newestFirst: true,
      });
      return c.json(entries, 200);
    })
    .openapi(verify, async (c) => c.json(await verifyAudit(db), 200));
}

import { z } from '@hono/zod-openapi';
import { idSchema } from '../../core/records.js';

/** Path parameters shared by the workspace routes. Workspaces are named by name, records by bundle id. */
const workspaceName = z
  .string()
  .min(1)
  .openapi({
    param: { name: 'workspace', in: 'path' },
    description: 'The workspace name, URL-encoded',
    example: 'Demo',
  });

export const workspaceParams = z.object({ workspace: workspaceName });

export function recordParams<const K extends string>(key: K, description: string) {
  return z.object({
    workspace: workspaceName,
    // Cloned: core's schema predates the .openapi() extension (record-schemas.ts).
    [key]: idSchema.clone().openapi({ param: { name: key, in: 'path' }, description }),
  } as { workspace: typeof workspaceName } & Record<K, typeof idSchema>);
}

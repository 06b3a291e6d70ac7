import { z } from '@hono/zod-openapi';
import { seesWholeWorkspace } from '../../core/access.js';
import { translator } from '../../core/i18n/i18n.js';
import { renderBundleError, renderErrorSummary } from '../../bundle/bundle-errors.js';
import { BundleSourceError } from '../../bundle/bundle-source.js';
import { zipBundle, type PagesOf } from '../../bundle/export-zip.js';
import { importBundleFromFiles } from '../../bundle/import-bundle.js';
import { iterateRecords } from '../../store/records.store.js';
import { loadVisibleRecords } from '../../store/visible-records.store.js';
import { ApiError, invalidInput, type FieldProblem } from '../api-error.js';
import { workspaceScope } from '../app-env.js';
import { beforeExport } from '../export-gate.js';
import { errors, jsonAnswer, newRoutes, type RouteKit } from '../route-kit.js';
import { FIELD_MESSAGES } from '../server-messages.js';
import { todayOf } from '../workspace-views.js';
import { workspaceParams } from './params.js';

/** The most a bundle sent from the browser may weigh, every file together (app.ts applies it). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
export const MAX_IMPORT_LABEL = '200 MB';

const fileOrText = z.union([
  z.string(),
  z.custom<File>((v) => v instanceof File, 'expected a file').openapi({ type: 'string', format: 'binary' }),
]);

const importForm = z.record(z.string(), z.union([fileOrText, z.array(fileOrText)])).openapi({
  description:
    'Each file of the bundle as a file part, named as in docs/bundle.md (people.csv, interactions.csv, ...; ' +
    'manifest.json optional); a folder in the name is ignored. `dryRun`: "true" checks without writing.',
});

const counts = z.record(z.string(), z.number().int().min(0));

const importResult = z
  .object({
    ok: z.boolean(),
    written: z.boolean(),
    workspace: z.string(),
    createdWorkspace: z.boolean(),
    counts,
    newRecords: counts,
    /** `file:line:column: reason`, in the viewer's language; the first 200. */
    errors: z.array(z.string()),
    errorCount: z.number().int().min(0),
    /** The closing line of a refused import (how many problems, how many not listed); null when none. */
    summary: z.string().nullable(),
  })
  .openapi('ImportResult');

/** The last part of a path, with either kind of slash: a browser may send `bundle/people.csv`. */
export function bareName(name: string): string {
  return name.split(/[\\/]/).pop() ?? '';
}

/** ASCII for the plain `filename`, the name itself for `filename*` (RFC 6266). */
function attachment(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]+/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** A bundle in and out through the browser (docs/bundle.md; docs/web-views.md). */
export function bundleRoutes(kit: RouteKit) {
  const { define, deps } = kit;
  const db = deps.store;

  const importRoute = define(
    { workspace: 'lead' },
    {
      method: 'post',
      path: '/api/workspaces/{workspace}/import',
      summary: 'Import a bundle’s CSV files: every row checked first, then all written in one transaction or nothing',
      description:
        `multipart/form-data, at most ${MAX_IMPORT_LABEL} in all. Answers 422 with every problem as ` +
        '`file:line:column: reason` (in the viewer’s language) when the bundle has any, and then writes nothing. ' +
        'A bundle can change any record, so importing needs access to the whole workspace.',
      request: {
        params: workspaceParams,
        body: { required: true, content: { 'multipart/form-data': { schema: importForm } } },
      },
      responses: {
        200: jsonAnswer(importResult, 'Checked, and written unless a dry run'),
        422: jsonAnswer(importResult, 'The bundle has problems: nothing was written'),
        ...errors(400, 401, 403, 404, 413, 415),
      },
    },
  );

  const exportRoute = define(
    { workspace: 'lead' },
    {
      method: 'get',
      path: '/api/workspaces/{workspace}/export',
      summary: 'Download what I may see of the workspace as a bundle: a zip of its CSV files and manifest.json',
      request: { params: workspaceParams },
      responses: {
        200: {
          description: 'The zip (Content-Disposition: attachment). It holds names and notes in plain text.',
          content: { 'application/zip': { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
        },
        ...errors(401, 403, 404),
      },
    },
  );

  return newRoutes()
    .openapi(importRoute, async (c) => {
      const { workspace, viewer } = workspaceScope(c);
      if (!seesWholeWorkspace(viewer)) throw new ApiError('import_needs_whole_workspace');
      const lang = c.var.lang;
      const t = translator(FIELD_MESSAGES, lang);
      const files = new Map<string, Uint8Array>();
      const problems: FieldProblem[] = [];
      let dryRun = false;
      for (const [field, value] of Object.entries(c.req.valid('form'))) {
        for (const part of Array.isArray(value) ? value : [value]) {
          if (typeof part !== 'string') {
            const name = bareName(part.name) || bareName(field);
            if (files.has(name)) problems.push({ field, message: t('file_twice', { name }) });
            files.set(name, new Uint8Array(await part.arrayBuffer()));
          } else if (field !== 'dryRun') {
            problems.push({ field, message: t('unknown_fields', { n: 1, keys: field }) });
          } else if (part === 'true' || part === 'false') {
            dryRun = part === 'true';
          } else {
            problems.push({ field, message: t('one_of', { values: 'true, false' }) });
          }
        }
      }
      const [first, ...rest] = problems;
      if (first) throw invalidInput([first, ...rest]);
      let result;
      try {
        result = await importBundleFromFiles(db, { files, workspace: workspace.name, dryRun });
      } catch (error) {
        if (error instanceof BundleSourceError) throw new ApiError('bundle_unreadable', { reason: error.render(lang) });
        throw error;
      }
      const body = {
        ok: result.ok,
        written: result.written,
        workspace: result.workspace,
        createdWorkspace: result.createdWorkspace,
        counts: result.counts,
        newRecords: result.newRecords as Record<string, number>,
        errors: result.errors.map((e) => renderBundleError(e, lang)),
        errorCount: result.errorCount,
        summary: result.ok ? null : renderErrorSummary(result.errors.length, result.errorCount, lang),
      };
      return result.ok ? c.json(body, 200) : c.json(body, 422);
    })
    .openapi(exportRoute, async (c) => {
      const { workspace, viewer, ws } = workspaceScope(c);
      await beforeExport(c, kit);
      let pages: PagesOf;
      if (seesWholeWorkspace(viewer)) {
        pages = (kind) => iterateRecords(db, ws, kind);
      } else {
        // what they may see, as the database filters it (access-scope.ts)
        const visible = (await loadVisibleRecords(db, ws, viewer)) as unknown as Record<string, unknown[]>;
        pages = (kind) => onePage((visible[kind] ?? []) as never[]);
      }
      const now = deps.clock();
      const chunks = zipBundle(pages, { workspace: workspace.name, now });
      const stream = new ReadableStream<Uint8Array>({
        async pull(controller) {
          try {
            const next = await chunks.next();
            if (next.done) controller.close();
            else controller.enqueue(next.value);
          } catch (error) {
            deps.log('export failed while streaming', error);
            controller.error(error);
          }
        },
        async cancel() {
          await chunks.return(undefined);
        },
      });
      return c.body(stream, 200, {
        'content-type': 'application/zip',
        'content-disposition': attachment(`${workspace.name}-${todayOf(deps.clock)}.zip`),
      });
    });
}

async function* onePage<T>(records: readonly T[]): AsyncGenerator<readonly T[]> {
  await Promise.resolve();
  yield records;
}

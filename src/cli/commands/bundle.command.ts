import type { Command } from 'commander';
import { renderBundleError, renderErrorSummary } from '../../bundle/bundle-errors.js';
import { BundleSourceError } from '../../bundle/bundle-source.js';
import { exportBundle } from '../../bundle/export-bundle.js';
import { importBundle } from '../../bundle/import-bundle.js';
import { appendAudit } from '../../store/audit/audit.store.js';
import { findWorkspace } from '../../store/workspaces.store.js';
import { CliError } from '../cli-error.js';
import { out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';
import { progressBar } from '../progress.js';

/** `sunspace import` and `sunspace export`: the CSV bundle of docs/bundle.md. */
export function registerBundle(program: Command, ctx: CliContext): void {
  program
    .command('import')
    .description(
      'import a bundle (a folder of CSV files, docs/bundle.md) into a workspace, creating it if needed.\n' +
        'Every file and row is checked first; if anything is wrong, every problem is listed as\n' +
        'file:line:column: reason and nothing is written. Importing the same bundle again changes nothing.',
    )
    .argument('<dir>', 'the bundle folder')
    .requiredOption('-w, --workspace <name>', 'the workspace to import into')
    .option('--dry-run', 'check everything, write nothing')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  sunspace import ./our-bundle --workspace "Riverside Hospital"\n' +
        '  sunspace import ./our-bundle --workspace "Riverside Hospital" --dry-run',
    )
    .action(async (dir: string, flags: { workspace: string; dryRun?: boolean }) => {
      await withStore(ctx, async (store) => {
        const progress = progressBar(ctx);
        let result;
        try {
          result = await importBundle(store, {
            dir,
            workspace: flags.workspace,
            ...(flags.dryRun ? { dryRun: true } : {}),
            onProgress: (p) =>
              progress.update(`${p.phase === 'read' ? 'reading' : 'writing'} ${p.item}`, p.done, p.total),
          });
        } catch (error) {
          throw error instanceof BundleSourceError ? new CliError(error.render(ctx.lang)) : error;
        } finally {
          progress.stop();
        }
        if (!result.ok) {
          const details = result.errors.map((e) => renderBundleError(e, ctx.lang));
          if (result.errorCount > result.errors.length)
            details.push(renderErrorSummary(result.errors.length, result.errorCount, ctx.lang));
          throw new CliError(
            `the bundle in ${dir} has ${result.errorCount} problem${result.errorCount === 1 ? '' : 's'}; nothing was written`,
            1,
            details,
          );
        }
        const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
        const fresh = Object.values(result.newRecords).reduce((a, b) => a + (b ?? 0), 0);
        const verb = flags.dryRun ? 'would import' : 'imported';
        out(
          ctx,
          `${verb} ${total} records into "${result.workspace}"${result.createdWorkspace ? ' (a new workspace)' : ''}: ` +
            `${fresh} new, the rest already there (updated in place)`,
        );
        for (const [kind, n] of Object.entries(result.counts)) if (n > 0) out(ctx, `  ${kind}: ${n}`);
      });
    });

  program
    .command('export')
    .description(
      'write a workspace as a bundle of CSV files with a manifest.json, in the same format import reads.\n' +
        'The files hold names and private notes in plain text: keep them as safe as the database.',
    )
    .argument('<dir>', 'the folder to write (created if needed)')
    .requiredOption('-w, --workspace <name>', 'the workspace to export')
    .addHelpText('after', '\nExample:\n  sunspace export ./backup-bundle --workspace "Riverside Hospital"')
    .action(async (dir: string, flags: { workspace: string }) => {
      await withStore(ctx, async (store) => {
        const progress = progressBar(ctx);
        let result;
        try {
          result = await exportBundle(store, {
            dir,
            workspace: flags.workspace,
            onProgress: (p) => progress.update(`writing ${p.item}`, p.done, p.total),
          });
        } catch (error) {
          throw error instanceof BundleSourceError ? new CliError(error.render(ctx.lang)) : error;
        } finally {
          progress.stop();
        }
        // The command line needs the database key, which only the machine's admin holds: no re-confirmation,
        // but the export is in the audit log all the same (docs/security.md).
        await appendAudit(store, {
          actorId: null,
          action: 'export',
          workspaceId: (await findWorkspace(store, result.workspace))?.id ?? null,
          details: { via: 'cli', format: 'bundle', counts: { ...result.counts } },
          at: ctx.now(),
        });
        out(ctx, `exported "${result.workspace}" to ${result.dir}:`);
        for (const [kind, n] of Object.entries(result.counts)) out(ctx, `  ${kind}: ${n}`);
      });
    });
}

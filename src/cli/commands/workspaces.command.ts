import type { Command } from 'commander';
import { countRecords } from '../../store/records.store.js';
import { listWorkspaces } from '../../store/workspaces.store.js';
import { out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';

export function registerWorkspaces(program: Command, ctx: CliContext): void {
  program
    .command('workspaces')
    .description('list the workspaces in the database, with how many records each holds')
    .option('--json', 'print JSON instead of a table')
    .addHelpText(
      'after',
      '\nExamples:\n  sunspace workspaces\n  SUNSPACE_DB=postgres://localhost/sunspace sunspace workspaces --json',
    )
    .action(async (opts: { json?: boolean }) => {
      await withStore(ctx, async (store) => {
        const rows = [];
        for (const ws of await listWorkspaces(store))
          rows.push({ name: ws.name, ...(await countRecords(store, ws.id)) });
        if (opts.json) return out(ctx, JSON.stringify(rows, null, 2));
        if (rows.length === 0) {
          out(ctx, 'No workspaces yet. Load the demo with `sunspace demo --workspace Demo`,');
          out(ctx, 'or import your own bundle with `sunspace import DIR --workspace NAME`.');
          return;
        }
        out(
          ctx,
          `${'workspace'.padEnd(24)} ${'people'.padStart(8)} ${'ties'.padStart(8)} ${'conversations'.padStart(14)}`,
        );
        for (const r of rows) {
          out(
            ctx,
            `${r.name.padEnd(24)} ${String(r.people).padStart(8)} ${String(r.ties).padStart(8)} ${String(r.interactions).padStart(14)}`,
          );
        }
      });
    });
}

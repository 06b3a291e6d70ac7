import type { Command } from 'commander';
import { isIsoDate } from '../../core/dates.js';
import { createBundleWriter } from '../../bundle/export-bundle.js';
import { DemoTally, formatDemoSummary, MIN_PEOPLE, streamDemo, type DemoOptions } from '../../demo/demo.js';
import { inTransaction } from '../../store/database.js';
import { writeRecords } from '../../store/records.store.js';
import { createWorkspace, deleteWorkspace, findWorkspace } from '../../store/workspaces.store.js';
import { CliError } from '../cli-error.js';
import { out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';
import { progressBar } from '../progress.js';
import { positiveInt } from './options.js';
import { refreshPlannerStatistics } from '../../store/planner-statistics.js';

interface DemoFlags {
  workspace?: string;
  export?: string;
  people?: number;
  seed?: number;
  end?: string;
  tiesPerPerson?: number;
  interactionsPerPerson?: number;
  replace?: boolean;
}

export function registerDemo(program: Command, ctx: CliContext): void {
  program
    .command('demo')
    .description(
      'load the synthetic demo workplace (a hospital of about 300 workers, three years of records that follow\n' +
        'the source essay) into a workspace, or write it as a bundle. Nobody in it is a real person.',
    )
    .option('-w, --workspace <name>', 'load it into this workspace (created; see --replace)')
    .option('--export <dir>', 'write it as a CSV bundle into this folder instead')
    .option('--people <n>', `workers (at least ${MIN_PEOPLE}; up to 1,000,000 for benchmarks, streamed)`, positiveInt)
    .option('--seed <n>', 'another seed gives another workplace (default 1)', positiveInt)
    .option('--end <date>', "the story's last day, YYYY-MM-DD (default: today)")
    .option('--ties-per-person <n>', 'tie observations per worker (default 4)', positiveInt)
    .option(
      '--interactions-per-person <n>',
      'logged interactions per worker over three years (default 15)',
      positiveInt,
    )
    .option('--replace', 'replace the workspace if it exists (its records are deleted first)')
    .addHelpText(
      'after',
      '\nExamples:\n' +
        '  sunspace demo --workspace Demo\n' +
        '  sunspace demo --export ./demo-bundle\n' +
        '  sunspace demo --export ./big --people 10000 --ties-per-person 10 --interactions-per-person 100',
    )
    .action(async (flags: DemoFlags) => {
      if (!flags.workspace && !flags.export)
        throw new CliError('say where the demo goes: --workspace NAME or --export DIR');
      if (flags.people !== undefined && flags.people < MIN_PEOPLE) {
        throw new CliError(`--people must be at least ${MIN_PEOPLE}: the story needs a cast`);
      }
      const endDate = flags.end ?? ctx.now().toISOString().slice(0, 10);
      if (!isIsoDate(endDate)) throw new CliError(`--end ${endDate}: a date is written YYYY-MM-DD`);
      const options: DemoOptions = {
        endDate,
        ...(flags.seed !== undefined ? { seed: flags.seed } : {}),
        ...(flags.people !== undefined ? { people: flags.people } : {}),
        ...(flags.tiesPerPerson !== undefined ? { tiesPerPerson: flags.tiesPerPerson } : {}),
        ...(flags.interactionsPerPerson !== undefined ? { interactionsPerPerson: flags.interactionsPerPerson } : {}),
      };
      const tally = new DemoTally();
      const progress = progressBar(ctx);
      try {
        if (flags.export) {
          const writer = await createBundleWriter(flags.export, { workspace: 'Demo', now: ctx.now });
          try {
            for (const chunk of streamDemo(options, { power: true })) {
              tally.add(chunk);
              await writer.write(chunk.kind, chunk.records);
              progress.update(chunk.kind, tally.summary.counts[chunk.kind], tally.summary.counts[chunk.kind]);
            }
            await writer.close();
          } catch (error) {
            await writer.abort();
            throw error;
          }
        } else {
          const name = flags.workspace!;
          await withStore(ctx, async (store) => {
            await inTransaction(store, async (tx) => {
              const existing = await findWorkspace(tx, name);
              if (existing && !flags.replace) {
                throw new CliError(`a workspace named "${name}" exists; add --replace to replace it with the demo`);
              }
              if (existing) await deleteWorkspace(tx, existing.id);
              const ws = await createWorkspace(tx, name, ctx.now());
              for (const chunk of streamDemo(options, { power: true })) {
                tally.add(chunk);
                await writeRecords(tx, ws.id, { [chunk.kind]: chunk.records });
                progress.update(chunk.kind, tally.summary.counts[chunk.kind], tally.summary.counts[chunk.kind]);
              }
            });
            await refreshPlannerStatistics(store);
          });
        }
      } finally {
        progress.stop();
      }
      out(
        ctx,
        flags.export
          ? `The demo workplace is in ${flags.export}:`
          : `The demo workplace is in workspace "${flags.workspace}":`,
      );
      for (const line of formatDemoSummary(tally.summary, ctx.lang)) out(ctx, `  ${line}`);
    });
}

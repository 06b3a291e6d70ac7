import type { Command } from 'commander';
import { translator } from '../../core/i18n/i18n.js';
import { retentionOf, retentionSchema, withRetention } from '../../core/retention.js';
import { appendAudit } from '../../store/audit/audit.store.js';
import { applyRetention } from '../../store/retention.store.js';
import { getWorkspace, listWorkspaces, updateWorkspaceSettings } from '../../store/workspaces.store.js';
import { CliError } from '../cli-error.js';
import { out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';
import { SECURITY_MESSAGES } from './security-messages.js';

/** `sunspace retention` (how long a workspace keeps notes) and `sunspace purge` (apply it now). */
export function registerRetention(program: Command, ctx: CliContext): void {
  const t = translator(SECURITY_MESSAGES, ctx.lang);

  program
    .command('retention')
    .description('show, or set, how many days each workspace keeps private notes after the conversation')
    .option('-w, --workspace <name>', 'the workspace to set')
    .option('--notes-days <n>', 'keep notes this many days ("keep" keeps them until removed by hand)')
    .addHelpText(
      'after',
      '\nExamples:\n  sunspace retention\n  sunspace retention --workspace Riverside --notes-days 180',
    )
    .action(async (opts: { workspace?: string; notesDays?: string }) => {
      await withStore(ctx, async (store) => {
        if (opts.workspace === undefined || opts.notesDays === undefined) {
          if (opts.workspace !== undefined || opts.notesDays !== undefined) {
            throw new CliError('give both --workspace and --notes-days to set a retention');
          }
          for (const ws of await listWorkspaces(store)) {
            const days = retentionOf(ws.settings).notesDays;
            out(ctx, t('retention_shown', { workspace: ws.name, days: days === null ? '∞' : `${days}` }));
          }
          return;
        }
        const parsed = retentionSchema.safeParse({
          notesDays: opts.notesDays === 'keep' ? null : Number(opts.notesDays),
        });
        if (!parsed.success) throw new CliError(`--notes-days: ${parsed.error.issues[0]?.message ?? ''}`);
        const ws = await getWorkspace(store, opts.workspace);
        await updateWorkspaceSettings(store, ws.id, withRetention(ws.settings, parsed.data));
        await appendAudit(store, {
          actorId: null,
          action: 'retention_set',
          workspaceId: ws.id,
          details: { ...parsed.data },
          at: ctx.now(),
        });
        const days = parsed.data.notesDays;
        out(
          ctx,
          days === null ? t('retention_off', { workspace: ws.name }) : t('retention_set', { workspace: ws.name, days }),
        );
        for (const r of await applyRetention(store, ctx.now())) {
          if (r.workspaceId === ws.id) out(ctx, t('purge_done', { ...r }));
        }
      });
    });

  program
    .command('purge')
    .description(
      "remove the private notes that are past their workspace's retention now (the server also does it daily)",
    )
    .action(async () => {
      await withStore(ctx, async (store) => {
        const results = await applyRetention(store, ctx.now());
        if (results.length === 0) return out(ctx, t('purge_none'));
        for (const r of results) out(ctx, t('purge_done', { ...r }));
      });
    });
}

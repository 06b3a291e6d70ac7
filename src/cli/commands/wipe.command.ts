import type { Command } from 'commander';
import { translator } from '../../core/i18n/i18n.js';
import { resolveStoreConfig } from '../../store/store-config.js';
import { wipeStore } from '../../store/wipe.js';
import { CliError } from '../cli-error.js';
import { out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';
import { SECURITY_MESSAGES } from './security-messages.js';

/** `sunspace wipe --yes`: the panic wipe (src/store/wipe.ts). */
export function registerWipe(program: Command, ctx: CliContext): void {
  const t = translator(SECURITY_MESSAGES, ctx.lang);
  program
    .command('wipe')
    .description(
      'destroy the keys, then every record, account and note, in seconds. Afterwards nothing can be read:\n' +
        'not by you, not by whoever takes the machine. Backups made under SUNSPACE_BACKUP_KEY survive.',
    )
    .option('--yes', 'really do it')
    .action(async (opts: { yes?: boolean }) => {
      if (!opts.yes) throw new CliError(t('wipe_needs_yes'));
      const config = resolveStoreConfig(ctx.env, ctx.home);
      await withStore(
        ctx,
        async (store) => {
          const location = store.location;
          const report = await wipeStore(store, config);
          out(ctx, t('wipe_done', { ms: report.ms, location }));
          for (const file of [...report.keyFiles, ...report.dataFiles]) out(ctx, t('wipe_files', { file }));
        },
        { mustExist: true },
      );
    });
}

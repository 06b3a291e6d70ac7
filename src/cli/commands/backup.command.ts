import path from 'node:path';
import type { Command } from 'commander';
import { translator } from '../../core/i18n/i18n.js';
import { restoreBackup, writeBackup } from '../../store/backup/backup.js';
import { backupKeyFor, restoreKeyFor } from '../../store/backup/key-material.js';
import { readBackupHeader } from '../../store/backup/backup-file.js';
import { resolveStoreConfig } from '../../store/store-config.js';
import { CliError } from '../cli-error.js';
import { out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';
import { SECURITY_MESSAGES } from './security-messages.js';

/** `sunspace backup FILE` and `sunspace restore FILE` (src/store/backup). */
export function registerBackup(program: Command, ctx: CliContext): void {
  const t = translator(SECURITY_MESSAGES, ctx.lang);

  program
    .command('backup')
    .description(
      'write an encrypted backup of everything (records, accounts, the audit log) to FILE.\n' +
        'Never a copy of the live database: the records are read out and encrypted under a key of their own,\n' +
        'from SUNSPACE_BACKUP_KEY, or else derived from the database key.',
    )
    .argument('<file>', 'the backup file to write')
    .addHelpText('after', '\nExamples:\n  sunspace backup ./sunspace-2025-03-01.backup')
    .action(async (file: string) => {
      const target = path.resolve(ctx.cwd, file);
      const config = resolveStoreConfig(ctx.env, ctx.home);
      await withStore(
        ctx,
        async (store) => {
          const key = backupKeyFor(config, ctx.env);
          const counts = await writeBackup(store, { file: target, ...key, now: ctx.now() });
          out(ctx, t('backup_written', { file: target, ...counts }));
          out(ctx, t(key.source === 'backup-key' ? 'backup_key_env' : 'backup_key_db'));
        },
        { mustExist: true },
      );
    });

  program
    .command('restore')
    .description(
      'bring a backup back into an empty database (SUNSPACE_DB names it; a new file is made with the same\n' +
        'key as the original). Everything comes back as it was, or nothing is written.',
    )
    .argument('<file>', 'the backup file')
    .addHelpText(
      'after',
      '\nExample:\n  SUNSPACE_DB=/srv/sunspace/restored.db sunspace restore ./sunspace-2025-03-01.backup',
    )
    .action(async (file: string) => {
      const source = path.resolve(ctx.cwd, file);
      const { header } = readBackupHeader(source);
      if (header.kdf.source === 'backup-key' && !ctx.env.SUNSPACE_BACKUP_KEY) {
        throw new CliError(t('restore_needs_backup_key'));
      }
      const config = resolveStoreConfig(ctx.env, ctx.home);
      await withStore(ctx, async (store) => {
        const counts = await restoreBackup(store, {
          file: source,
          material: (kind) => restoreKeyFor(config, ctx.env, kind),
          now: ctx.now(),
        });
        out(ctx, t('restore_done', { file: source, location: store.location, ...counts }));
      });
    });
}

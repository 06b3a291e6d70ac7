import type { Command } from 'commander';
import { translator } from '../../core/i18n/i18n.js';
import { appendAudit } from '../../store/audit/audit.store.js';
import { rekey } from '../../store/sealing/rekey.js';
import { resolveStoreConfig } from '../../store/store-config.js';
import { CliError } from '../cli-error.js';
import { err, out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';
import { SECURITY_MESSAGES } from './security-messages.js';

/** `sunspace rekey`: new data keys for sealed fields on PostgreSQL (src/store/sealing/rekey.ts). */
export function registerRekey(program: Command, ctx: CliContext): void {
  const t = translator(SECURITY_MESSAGES, ctx.lang);
  program
    .command('rekey')
    .description(
      'PostgreSQL: make a new data key for every workspace, seal every name, note, contact and grievance\n' +
        'again under it, and destroy the old keys, all in one transaction. Stop the server first.',
    )
    .action(async () => {
      if (resolveStoreConfig(ctx.env, ctx.home).engine === 'sqlite') throw new CliError(t('rekey_sqlite'));
      err(ctx, t('rekey_stop_server'));
      await withStore(
        ctx,
        async (store) => {
          const result = await rekey(store, ctx.now());
          await appendAudit(store, { actorId: null, action: 'rekey', details: { ...result }, at: ctx.now() });
          out(ctx, t('rekey_done', { keys: result.keys, values: result.values, fresh: result.sealedFirstTime }));
        },
        { mustExist: true },
      );
    });
}

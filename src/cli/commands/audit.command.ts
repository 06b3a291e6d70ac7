import type { Command } from 'commander';
import { translator } from '../../core/i18n/i18n.js';
import { listAudit, listAuditNamed, verifyAudit } from '../../store/audit/audit.store.js';
import { getWorkspace } from '../../store/workspaces.store.js';
import { CliError } from '../cli-error.js';
import { out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';
import { positiveInt } from './options.js';
import { SECURITY_MESSAGES } from './security-messages.js';

/** `sunspace audit`: the hash-chained audit log (src/store/audit), and `sunspace audit verify`. */
export function registerAudit(program: Command, ctx: CliContext): void {
  const t = translator(SECURITY_MESSAGES, ctx.lang);
  const audit = program
    .command('audit')
    .description(
      'list the audit log: who read which private notes, exported, changed roles or grants, signed in.\n' +
        'Entries are never changed or removed; `sunspace audit verify` shows any that were.',
    )
    .option('-w, --workspace <name>', 'only entries about this workspace')
    .option('--limit <n>', 'the newest n entries', positiveInt)
    .option('--json', 'print JSON')
    .addHelpText('after', '\nExamples:\n  sunspace audit --workspace "Riverside Hospital"\n  sunspace audit verify')
    .action(async (opts: { workspace?: string; limit?: number; json?: boolean }) => {
      await withStore(ctx, async (store) => {
        const ws = opts.workspace === undefined ? undefined : await getWorkspace(store, opts.workspace);
        let named = await listAuditNamed(store, { ...(ws ? { workspaceId: ws.id } : {}) });
        if (opts.limit !== undefined) named = named.slice(-opts.limit);
        const rows = named.map(({ hash: _, ...r }) => r);
        if (opts.json) return out(ctx, JSON.stringify(rows, null, 2));
        if (rows.length === 0) return out(ctx, t('audit_none'));
        for (const r of rows) {
          const details = Object.keys(r.details).length ? ` ${JSON.stringify(r.details)}` : '';
          out(
            ctx,
            `${String(r.seq).padStart(6)} ${r.at} ${(r.actor ?? '-').padEnd(16)} ${r.action.padEnd(20)} ` +
              `${r.workspace ?? ''}${r.subject ? ` ${r.subject}` : ''}${details}`,
          );
        }
      });
    });

  audit
    .command('verify')
    .description('check the hash chain and name every entry that was edited or removed')
    .option('--head <seq:hash>', 'the last entry as noted earlier, to find entries cut from the end')
    .action(async (opts: { head?: string }) => {
      await withStore(ctx, async (store) => {
        const check = await verifyAudit(store);
        const problems = check.problems.map((p) => t('audit_problem', { seq: p.seq, problem: p.problem }));
        if (opts.head !== undefined) {
          const m = /^(\d+):([0-9a-f]{64})$/.exec(opts.head.trim());
          if (!m) throw new CliError('--head is written SEQ:HASH, as `sunspace audit verify` printed it');
          const seq = Number(m[1]);
          const [noted] = await listAudit(store, { after: seq - 1, limit: 1 });
          if (!noted || noted.seq !== seq || noted.hash !== m[2]) problems.push(t('audit_head_gone', { seq }));
        }
        if (problems.length > 0) {
          throw new CliError(t('audit_problems', { entries: check.entries, count: problems.length }), 1, problems);
        }
        out(ctx, t('audit_ok', { entries: check.entries }));
        if (check.head) out(ctx, t('audit_head', { seq: check.head.seq, hash: check.head.hash }));
      });
    });
}

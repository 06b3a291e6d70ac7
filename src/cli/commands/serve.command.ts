import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_PORT, listen } from '../../server/start-server.js';
import { translator } from '../../core/i18n/i18n.js';
import { CliError } from '../cli-error.js';
import { err, out, type CliContext } from '../context.js';
import { withStore } from '../open-store.js';
import { resolveStoreConfig } from '../../store/store-config.js';
import { wipeStore } from '../../store/wipe.js';
import { SERVE_MESSAGES } from './serve-messages.js';

/** Resolves on the first SIGINT or SIGTERM: the person pressed Ctrl-C, or the service manager stops us. */
function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function registerServe(program: Command, ctx: CliContext): void {
  const t = translator(SERVE_MESSAGES, ctx.lang);
  program
    .command('serve')
    .description('serve the web app and the API until stopped (Ctrl-C)')
    .option('--port <port>', `port to listen on (0 picks a free one)`, String(DEFAULT_PORT))
    .option(
      '--host <host>',
      'address to listen on; keep 127.0.0.1 unless a proxy with TLS stands in front',
      DEFAULT_HOST,
    )
    .addHelpText(
      'after',
      '\nExamples:\n  sunspace serve\n  sunspace serve --port 8080\n' +
        '\nBehind a proxy that ends TLS, set SUNSPACE_PUBLIC_ORIGIN=https://your.address so cookies are Secure.',
    )
    .action(async (opts: { port: string; host: string }) => {
      const port = Number(opts.port);
      if (!/^\d+$/.test(opts.port) || port > 65535) throw new CliError(t('bad_port', { value: opts.port }));
      await withStore(ctx, async (store) => {
        let wiped!: () => void;
        const afterWipe = new Promise<void>((resolve) => (wiped = resolve));
        const server = await listen(store, {
          env: ctx.env,
          host: opts.host,
          port,
          log: (message, error) => err(ctx, `${message}: ${error instanceof Error ? error.message : String(error)}`),
          // The panic button: keys and data go, then the server stops (its answer is sent first).
          wipe: async () => {
            const report = await wipeStore(store, resolveStoreConfig(ctx.env, ctx.home));
            err(ctx, `WIPED: keys and data destroyed in ${report.ms} ms; the server stops.`);
            setTimeout(wiped, 250);
          },
        });
        out(ctx, t('listening', { url: server.url }));
        await Promise.race([untilStopped(), afterWipe]);
        await server.close();
        out(ctx, t('stopped'));
      });
    });
}

import cliProgress from 'cli-progress';
import type { CliContext } from './context.js';

export interface Progress {
  update(label: string, done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr for long steps, only when stderr is a terminal (never in pipes, logs or tests).
 */
export function progressBar(ctx: CliContext): Progress {
  if (!ctx.stderr.isTTY) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { stream: ctx.stderr, format: '{label} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let current = '';
  return {
    update(label, done, total) {
      if (label !== current) {
        if (current) bar.stop();
        bar.start(total, done, { label: label.padEnd(14) });
        current = label;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (current) bar.stop();
    },
  };
}

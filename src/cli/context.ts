import type { Writable } from 'node:stream';
import type { Lang } from '../core/i18n/i18n.js';
import type { Env } from '../store/store-config.js';

/**
 * What a command may use of the outside world, handed in by main.ts (the only place that reads
 * process.env and the real streams), so commands run the same in tests, in-process.
 */
export interface CliContext {
  env: Env;
  home: string;
  cwd: string;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  lang: Lang;
  now: () => Date;
}

export function out(ctx: CliContext, line = ''): void {
  ctx.stdout.write(`${line}\n`);
}

export function err(ctx: CliContext, line = ''): void {
  ctx.stderr.write(`${line}\n`);
}

/**
 * The entry point of the `sunspace` command: the one place in the CLI that reads process.env and the real
 * standard streams, and hands them to the commands (src/cli/context.ts).
 */
import os from 'node:os';
import { pickLang } from '../core/i18n/i18n.js';
import type { CliContext } from './context.js';
import { run } from './program.js';

export function processContext(): CliContext {
  const env = { ...process.env };
  return {
    env,
    home: os.homedir(),
    cwd: process.cwd(),
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    lang: pickLang(env.SUNSPACE_LANG ?? env.LC_ALL ?? env.LANG ?? null),
    now: () => new Date(),
  };
}

export function main(argv: readonly string[]): Promise<number> {
  return run(argv, processContext());
}

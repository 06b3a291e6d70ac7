import { Command, CommanderError } from 'commander';
import { StoreError } from '../store/store-error.js';
import { CliError } from './cli-error.js';
import { err, type CliContext } from './context.js';
import { registerWorkspaces } from './commands/workspaces.command.js';
import { registerServe } from './commands/serve.command.js';
import { registerUser } from './commands/user.command.js';
import { registerDemo } from './commands/demo.command.js';
import { registerBundle } from './commands/bundle.command.js';
import { registerAnalyze } from './commands/analyze.command.js';
import { registerAudit } from './commands/audit.command.js';
import { registerBackup } from './commands/backup.command.js';
import { registerRekey } from './commands/rekey.command.js';
import { registerRetention } from './commands/retention.command.js';
import { registerWipe } from './commands/wipe.command.js';

export const VERSION = '0.1.0';

/** Every command registers itself here; each lives in src/cli/commands/<name>.command.ts. */
const COMMANDS: ((program: Command, ctx: CliContext) => void)[] = [
  registerWorkspaces,
  registerDemo,
  registerBundle,
  registerAnalyze,
  registerServe,
  registerUser,
  registerAudit,
  registerBackup,
  registerRetention,
  registerRekey,
  registerWipe,
];

export function buildProgram(ctx: CliContext): Command {
  const program = new Command('sunspace')
    .description(
      'Sunspace: relationship-based workplace organizing.\n' +
        'Keeps who knows whom, the conversations where grievances came up, the asks and the actions, and\n' +
        'shows where collective strength really is. Data is encrypted at rest.',
    )
    .version(VERSION, '-V, --version')
    .option('--debug', 'print the full error with its stack trace')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .addHelpText(
      'after',
      '\nThe database is SUNSPACE_DB (a file path or a postgres:// URL), else ~/.local/share/sunspace/sunspace.db.\n' +
        'The SQLite key is SUNSPACE_KEY (a passphrase) or a key file (SUNSPACE_KEY_FILE, else ~/.config/sunspace/sunspace.key).',
    );
  for (const register of COMMANDS) register(program, ctx);
  unwrapDescriptions(program);
  return program;
}

/**
 * Commander wraps descriptions to the terminal itself; a line break written into a description for the
 * source's sake would break its lines a second time, raggedly. Single line breaks become spaces; a blank
 * line still starts a new paragraph.
 */
function unwrapDescriptions(command: Command): void {
  command.description(command.description().replace(/(?<!\n)\n(?!\n)/g, ' '));
  for (const sub of command.commands) unwrapDescriptions(sub);
}

/** Run the command line; returns the exit code. Errors become one clear line unless --debug. */
export async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end this way too, with code 0; commander already printed what it had to say.
      return error.exitCode;
    }
    if (error instanceof CliError) {
      err(ctx, `sunspace: ${error.message}`);
      for (const d of error.details) err(ctx, d);
      return error.exitCode;
    }
    if (error instanceof StoreError) {
      err(ctx, `sunspace: ${error.message}`);
      if (debug && error.cause) err(ctx, stackOf(error.cause));
      return 2;
    }
    if (debug) err(ctx, stackOf(error));
    else
      err(
        ctx,
        `sunspace: ${error instanceof Error ? error.message : String(error)} (run again with --debug for details)`,
      );
    return 1;
  }
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : JSON.stringify(error);
}

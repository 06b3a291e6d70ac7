/** A failure the command reports as one clear line (and an exit code), never as a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    /** Lines printed after the message, such as every row-level problem of a bundle. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

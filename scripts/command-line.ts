/**
 * The options of a script or benchmark, read with Node's `parseArgs`. A
 * mistyped option is the user's mistake, not a crash: it gets one line saying
 * what was wrong, the usage, and exit code 2, never a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The codes of the errors `parseArgs` throws for a command line it cannot read. */
const MISTAKES = new Set(['ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL']);

export function readCommandLine<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    if (!(error instanceof TypeError && MISTAKES.has((error as NodeJS.ErrnoException).code ?? ''))) throw error;
    // parseArgs's own advice for a value that starts with '-' is about `--`, which npm consumes; the usage says more.
    console.error(`${error.message.split('. ')[0]}.\n${usage}`);
    process.exit(2);
  }
}

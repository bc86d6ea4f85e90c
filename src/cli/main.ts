import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { StoreBusyError } from '../store/index.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerEval } from './commands/eval.js';
import { registerServe } from './commands/serve.js';
import { registerIngest } from './commands/ingest.js';
import { registerExtract } from './commands/extract.js';
import { registerShow } from './commands/show.js';
import { registerStories } from './commands/stories.js';
import { registerWatch } from './commands/watch.js';

/** Every command, in the order `--help` lists them. */
const COMMANDS = [
  registerAnalyze,
  registerExtract,
  registerStories,
  registerShow,
  registerEval,
  registerIngest,
  registerWatch,
  registerServe,
];

/** Builds the `parallax` program. */
export function buildProgram(): Command {
  const program = new Command('parallax')
    .description('See one news story through every outlet that covers it.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

// Some libraries throw plain objects (PGlite's database errors): their message, not "[object Object]".
const describe = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof CliError || error instanceof StoreBusyError) {
      process.stderr.write(`parallax: ${error.message}\n`);
      return error instanceof CliError ? error.exitCode : 1;
    }
    process.stderr.write(
      `parallax: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : describe(error)}\n`,
    );
    return 1;
  }
}

import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { EvalResult } from '../../eval/eval-task.js';
import { formatEvalResult } from '../../eval/format-result.js';
import type { SplitChoice } from '../../eval/split.js';
import { CliError } from '../cli-error.js';
import { writeOutput } from '../write-output.js';

/** `parallax eval <task|all>`: scores Parallax and its baselines on ../shared/data. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score Parallax against baselines on the evaluation datasets (see the README for the tasks)')
    .argument('<task>', 'which evaluation, or "all"')
    .addOption(new Option('--split <split>', 'which split').choices(['dev', 'test', 'all']).default('test'))
    .option('--data <dir>', 'the datasets folder', '../shared/data')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('-o, --out <file>', 'write the result to a file instead of stdout')
    .action(
      async (name: string, options: { split: SplitChoice; data: string; format: string; out?: string }) => {
        // Loaded on use: the evaluations pull in baselines (compromise, jsdom) that only dev installs have.
        const { EVAL_TASKS } = await import('../../eval/tasks.js');
        const tasks = name === 'all' ? EVAL_TASKS : EVAL_TASKS.filter((t) => t.name === name);
        if (tasks.length === 0) {
          throw new CliError(
            `unknown evaluation "${name}"; known: ${EVAL_TASKS.map((t) => t.name).join(', ')}, all`,
            2,
          );
        }
        const results: EvalResult[] = [];
        for (const task of tasks) {
          process.stderr.write(`eval ${task.name} (${options.split})...\n`);
          results.push(
            await task.run({
              split: options.split,
              dataDir: resolve(options.data),
              onProgress: (m) => process.stderr.write(`  ${m}\n`),
            }),
          );
        }
        const text =
          options.format === 'json'
            ? `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`
            : results.map(formatEvalResult).join('\n');
        await writeOutput(text, options.out);
      },
    );
}

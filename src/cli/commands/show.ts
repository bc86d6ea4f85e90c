import type { Command } from 'commander';
import { renderReport, type ReportFormat } from '../../report/index.js';
import { openStore } from '../../store/index.js';
import { CliError } from '../cli-error.js';
import { dbOption, formatOption } from '../options.js';
import { writeOutput } from '../write-output.js';

/** `parallax show <storyId>`: one stored story as a report. */
export function registerShow(program: Command): void {
  program
    .command('show')
    .description('print one stored story as a report')
    .argument('<storyId>', 'a story id from `parallax stories`')
    .addOption(formatOption('markdown'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addOption(dbOption())
    .action(async (storyId: string, options: { format: ReportFormat; out?: string; db: string }) => {
      const store = await openStore(options.db);
      try {
        const found = await store.getStory(storyId);
        if (!found)
          throw new CliError(`no story with id "${storyId}" in ${options.db} (see \`parallax stories\`)`);
        const report = {
          version: 1 as const,
          generatedAt: new Date().toISOString(),
          articles: found.articles,
          stories: [found.story],
          diagnostics: [],
        };
        await writeOutput(renderReport(report, options.format), options.out);
      } finally {
        await store.close();
      }
    });
}

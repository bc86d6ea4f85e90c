import type { Command } from 'commander';
import { readSources } from '../../ingest/index.js';
import { llmConfigFromEnv, rewriteSummaries } from '../../llm/index.js';
import { buildReport } from '../../pipeline/index.js';
import { renderReport, type ReportFormat } from '../../report/index.js';
import { openStore } from '../../store/index.js';
import { CliError } from '../cli-error.js';
import { addFetchOptions, fetcherOptions, type FetchCliOptions } from '../fetch-options.js';
import { dbOption, formatOption } from '../options.js';
import { createProgress } from '../progress.js';
import { readStdin } from '../read-stdin.js';
import { writeOutput } from '../write-output.js';

interface AnalyzeOptions extends FetchCliOptions {
  format: ReportFormat;
  out?: string;
  db: string;
  store: boolean;
  quiet?: boolean;
  llm?: boolean;
}

/** `parallax analyze`: inputs in, a story report out, everything saved in the store. */
export function registerAnalyze(program: Command): void {
  addFetchOptions(program.command('analyze'))
    .description(
      'analyse articles (files, directories, JSON/JSONL, page or feed URLs, - for stdin); report their stories',
    )
    .argument('<inputs...>', 'files, directories (read recursively), page or feed URLs, or - for stdin')
    .addOption(formatOption('markdown'))
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .addOption(dbOption())
    .option('--no-store', 'do not save anything in the database')
    .option('-q, --quiet', 'no progress or diagnostics on stderr')
    .option(
      '--llm',
      'rewrite summaries with the LLM at PARALLAX_LLM_URL (model PARALLAX_LLM_MODEL), keeping only sentences the evidence supports',
    )
    .action(async (inputs: string[], options: AnalyzeOptions) => {
      const progress = createProgress(process.stderr, !options.quiet);
      const llm = options.llm ? llmConfigFromEnv() : undefined;
      if (options.llm && !llm)
        throw new CliError('--llm needs PARALLAX_LLM_URL and PARALLAX_LLM_MODEL set', 2);
      // Opened first: a database another process holds stops the command before the work, not after it.
      const store = options.store ? await openStore(options.db) : undefined;
      try {
        const { documents, diagnostics } = await readSources(inputs, {
          readStdin,
          fetch: fetcherOptions(options),
          onFetchProgress: (done, total) => progress('fetch', done, total),
        });
        const built = buildReport(documents, diagnostics, {
          generatedAt: new Date().toISOString(),
          onProgress: progress,
        });
        const report = llm ? await rewriteSummaries(built.report, llm) : built.report;
        if (!options.quiet) {
          for (const d of report.diagnostics)
            process.stderr.write(`${d.level}: ${d.input}: ${d.message} (${d.code})\n`);
        }
        if (report.articles.length === 0) {
          throw new CliError(`no article could be analysed from ${inputs.join(', ')}`);
        }
        if (store) {
          const saved = await store.saveReport(report);
          if (!options.quiet) {
            process.stderr.write(
              `saved to ${options.db}: ${saved.articlesAdded} new articles, ${saved.storiesAdded} new stories, ${saved.storiesUpdated} updated\n`,
            );
          }
        }
        await writeOutput(renderReport(report, options.format), options.out);
      } finally {
        await store?.close();
      }
    });
}

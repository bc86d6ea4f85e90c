import type { Command } from 'commander';
import { extractArticle } from '../../extract/index.js';
import { readSources } from '../../ingest/index.js';
import type { Article, Diagnostic } from '../../model/index.js';
import { CliError } from '../cli-error.js';
import { addFetchOptions, fetcherOptions, type FetchCliOptions } from '../fetch-options.js';
import { formatOption } from '../options.js';
import { readStdin } from '../read-stdin.js';
import { writeOutput } from '../write-output.js';

interface ExtractOptions extends FetchCliOptions {
  format: 'json' | 'text';
  out?: string;
  quiet?: boolean;
}

/** One article as readable text: a header of its metadata, then the clean body. */
function articleAsText(article: Article): string {
  const details = [
    article.byline?.join(', '),
    article.outlet,
    article.publishedAt,
    article.language,
    article.url,
  ].filter(Boolean);
  const header = [
    `# ${article.title ?? article.input}`,
    ...(details.length > 0 ? [details.join(' · ')] : []),
  ];
  return `${header.join('\n')}\n\n${article.text}\n`;
}

/** `parallax extract`: extraction alone, one clean Article per input, for people who only want the text. */
export function registerExtract(program: Command): void {
  addFetchOptions(program.command('extract'))
    .description('extract the clean article (text, title, byline, date, outlet) from each input')
    .argument('<inputs...>', 'files, directories (read recursively), URLs, or - for stdin')
    .addOption(formatOption('text', ['json', 'text']))
    .option('-o, --out <file>', 'write the result to a file instead of stdout')
    .option('-q, --quiet', 'no diagnostics on stderr')
    .action(async (inputs: string[], options: ExtractOptions) => {
      const read = await readSources(inputs, { readStdin, fetch: fetcherOptions(options) });
      const diagnostics: Diagnostic[] = [];
      diagnostics.push(...read.diagnostics);
      const articles: Article[] = [];
      for (const document of read.documents) {
        const result = extractArticle(document);
        if (result.article) articles.push(result.article);
        diagnostics.push(...result.diagnostics);
      }
      if (!options.quiet) {
        for (const d of diagnostics)
          process.stderr.write(`${d.level}: ${d.input}: ${d.message} (${d.code})\n`);
      }
      if (articles.length === 0) {
        throw new CliError(`no article could be extracted from ${inputs.join(', ')}`);
      }
      const text =
        options.format === 'json'
          ? `${JSON.stringify(articles, null, 2)}\n`
          : articles.map(articleAsText).join('\n---\n\n');
      await writeOutput(text, options.out);
    });
}

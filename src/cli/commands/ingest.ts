import type { Command } from 'commander';
import {
  createFetcher,
  fetchDocuments,
  ingestDocument,
  readInputs,
  refreshStories,
  splitInputs,
} from '../../ingest/index.js';
import type { Diagnostic } from '../../model/index.js';
import { openStore } from '../../store/index.js';
import { CliError } from '../cli-error.js';
import {
  abortOnSignals,
  addFetchOptions,
  fetcherOptions,
  parseDuration,
  type FetchCliOptions,
} from '../fetch-options.js';
import { dbOption } from '../options.js';
import { createProgress } from '../progress.js';
import { readStdin } from '../read-stdin.js';

interface IngestOptions extends FetchCliOptions {
  db: string;
  discover?: boolean;
  window: number;
  quiet?: boolean;
}

/** `parallax ingest`: fetch pages and feeds (or read files), store each article, update the stories. */
export function registerIngest(program: Command): void {
  const command = program
    .command('ingest')
    .description(
      'fetch pages and feeds (RSS, Atom, JSON Feed) or read files, and store their articles and stories',
    )
    .argument(
      '<inputs...>',
      'page or feed URLs, feed or OPML files, other files, directories, or - for stdin',
    )
    .addOption(dbOption())
    .option('--discover', 'read the feed a page announces (<link rel="alternate">) instead of the page')
    .option(
      '--window <duration>',
      're-cluster articles stored or published within this window',
      parseDuration,
      72 * 3_600_000,
    )
    .option('-q, --quiet', 'no progress or diagnostics on stderr');
  addFetchOptions(command).action(async (inputs: string[], options: IngestOptions) => {
    const say = (line: string): void => {
      if (!options.quiet) process.stderr.write(`${line}\n`);
    };
    const started = new Date();
    const store = await openStore(options.db);
    const stop = abortOnSignals((name) => say(`${name}: finishing the article in hand, then stopping`));
    const counts = { added: 0, duplicate: 0, failed: 0 };
    const diagnostics: Diagnostic[] = [];
    const report = (d: Diagnostic): void => {
      diagnostics.push(d);
      say(`${d.level}: ${d.input}: ${d.message} (${d.code})`);
    };
    try {
      const split = await splitInputs(inputs);
      split.diagnostics.forEach(report);
      const local = await readInputs(split.files, { readStdin });
      local.diagnostics.forEach(report);
      for (const document of local.documents) {
        if (stop.signal.aborted) break;
        const outcome = await ingestDocument(store, document);
        counts[outcome.status]++;
        outcome.diagnostics.forEach(report);
      }
      let known = 0;
      if (split.urls.length + split.feedFiles.length > 0 && !stop.signal.aborted) {
        const progress = createProgress(process.stderr, !options.quiet);
        const web = await fetchDocuments(split.urls, {
          feedFiles: split.feedFiles,
          fetcher: createFetcher(fetcherOptions(options, stop.signal)),
          discover: options.discover,
          isKnown: (url) => store.hasArticleUrl(url),
          onDocument: async (fetched) => {
            const outcome = await ingestDocument(store, fetched.document, fetched);
            counts[outcome.status]++;
            return outcome.diagnostics;
          },
          onProgress: (done, total) => progress('ingest', done, total),
          signal: stop.signal,
        });
        web.diagnostics.forEach(report);
        known = web.known;
      }
      let storiesLine = '';
      if (counts.added > 0 && !stop.signal.aborted) {
        const since = new Date(started.getTime() - options.window).toISOString();
        const saved = await refreshStories(store, { since, generatedAt: new Date().toISOString() });
        storiesLine = `; stories: ${saved.storiesAdded} new, ${saved.storiesUpdated} updated`;
      }
      const errors = diagnostics.filter((d) => d.level === 'error').length;
      say(
        `ingested ${counts.added} new article${counts.added === 1 ? '' : 's'} into ${options.db} ` +
          `(${counts.duplicate + known} already stored, ${errors} error${errors === 1 ? '' : 's'})${storiesLine}` +
          (stop.signal.aborted ? '; stopped early' : ''),
      );
      if (stop.signal.aborted) throw new CliError('stopped by a signal; run again to resume', 130);
      if (counts.added + counts.duplicate + known === 0 && errors > 0) {
        throw new CliError(`nothing could be ingested from ${inputs.join(', ')}`);
      }
    } finally {
      stop.dispose();
      await store.close();
    }
  });
}

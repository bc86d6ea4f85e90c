import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import {
  createFetcher,
  fetchDocuments,
  ingestDocument,
  parseFeedList,
  refreshStories,
} from '../../ingest/index.js';
import { openStore, type Store } from '../../store/index.js';
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

interface WatchOptions extends FetchCliOptions {
  db: string;
  interval: number;
  window: number;
  once?: boolean;
  quiet?: boolean;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

async function readFeedList(path: string): Promise<string[]> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read the feed list ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  const list = parseFeedList(content);
  for (const problem of list.problems) process.stderr.write(`warning: ${path}: ${problem}\n`);
  if (list.urls.length === 0) throw new CliError(`the feed list ${path} names no http(s) feed`);
  return [...list.urls];
}

/** One poll: each feed fetched conditionally, new items stored one by one, then the touched stories refreshed. */
async function poll(
  store: Store,
  feeds: readonly string[],
  options: WatchOptions,
  signal: AbortSignal,
  say: (line: string) => void,
): Promise<void> {
  const started = new Date();
  const fetcher = createFetcher(fetcherOptions(options, signal));
  const progress = createProgress(process.stderr, !options.quiet);
  let added = 0;
  let unchanged = 0;
  let errors = 0;
  // Feeds are polled in parallel; each feed's state is saved only once all its items are in, so a crash
  // re-reads the feed next time (items already stored are skipped by URL).
  await Promise.all(
    feeds.map(async (feed) => {
      const result = await fetchDocuments([feed], {
        fetcher,
        discover: true,
        validators: (url) => store.getFeedState(url),
        isKnown: (url) => store.hasArticleUrl(url),
        onDocument: async (fetched) => {
          const outcome = await ingestDocument(store, fetched.document, fetched);
          if (outcome.status === 'added') added++;
          return outcome.diagnostics;
        },
        onProgress: (done, total) => progress(`feed ${feed}`, done, total),
        signal,
      });
      for (const d of result.diagnostics) {
        if (d.level === 'error') errors++;
        say(`${d.level}: ${d.input}: ${d.message} (${d.code})`);
      }
      if (signal.aborted) return;
      for (const state of result.feeds) {
        if (state.notModified) unchanged++;
        await store.saveFeedState(state, !state.notModified);
      }
    }),
  );
  let storiesLine = '';
  if (added > 0 && !signal.aborted) {
    const since = new Date(started.getTime() - options.window).toISOString();
    const saved = await refreshStories(store, { since, generatedAt: new Date().toISOString() });
    storiesLine = `; stories: ${saved.storiesAdded} new, ${saved.storiesUpdated} updated`;
  }
  say(
    `${new Date().toISOString()} polled ${feeds.length} feed${feeds.length === 1 ? '' : 's'} ` +
      `(${unchanged} unchanged): ${added} new article${added === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}${storiesLine}`,
  );
}

/** `parallax watch`: poll a list of feeds, storing new items and refreshing their stories, until stopped. */
export function registerWatch(program: Command): void {
  const command = program
    .command('watch')
    .description('poll feeds (a text list of URLs or an OPML file) and ingest new items until stopped')
    .argument('<feeds>', 'feeds.txt (one URL a line) or feeds.opml')
    .addOption(dbOption())
    .option('--interval <duration>', 'time between polls', parseDuration, 600_000)
    .option(
      '--window <duration>',
      're-cluster articles stored or published within this window',
      parseDuration,
      72 * 3_600_000,
    )
    .option('--once', 'poll once and exit')
    .option('-q, --quiet', 'no progress or diagnostics on stderr');
  addFetchOptions(command).action(async (listPath: string, options: WatchOptions) => {
    const say = (line: string): void => {
      if (!options.quiet) process.stderr.write(`${line}\n`);
    };
    await readFeedList(listPath);
    const store = await openStore(options.db);
    const stop = abortOnSignals((name) => say(`${name}: finishing the article in hand, then stopping`));
    try {
      while (!stop.signal.aborted) {
        // The list is re-read each poll, so feeds can be added or removed without a restart.
        const feeds = await readFeedList(listPath);
        await poll(store, feeds, options, stop.signal, say);
        if (options.once) break;
        await sleep(options.interval, stop.signal);
      }
      if (stop.signal.aborted) say('stopped');
    } finally {
      stop.dispose();
      await store.close();
    }
  });
}

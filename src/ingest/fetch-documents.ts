import { diagnostic, type Diagnostic, type RawDocument } from '../model/index.js';
import { canonicalUrl } from './canonical-url.js';
import { decodeBytes, looksBinary } from './decode-bytes.js';
import type { Fetcher } from './fetcher.js';
import { FetchError, type FetchedResponse } from './fetch-url.js';
import { looksLikeFeed, parseFeed, type FeedItem } from './parse-feed.js';
import { readPage } from './read-page.js';

/** A fetched page ready for extraction, with every URL it is known by (for de-duplication). */
export interface FetchedDocument {
  readonly document: RawDocument;
  /** Canonical forms of the URL asked for, the URL that answered and the page's `<link rel="canonical">`. */
  readonly urls: readonly string[];
  /** The feed the page was listed in, if any. */
  readonly feedUrl?: string;
}

/** What a feed's server said when polled, for the next conditional GET. */
export interface FeedPoll {
  readonly url: string;
  readonly notModified: boolean;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly itemCount: number;
}

/** How to fetch a batch of URLs and what to do with each page. */
export interface FetchDocumentsOptions {
  readonly fetcher: Fetcher;
  /** Follow the feed an HTML page announces (`<link rel="alternate">`) instead of reading the page. */
  readonly discover?: boolean;
  /** Validators from the last poll of a feed, sent as If-None-Match / If-Modified-Since. */
  readonly validators?: (feedUrl: string) => Promise<{ etag?: string; lastModified?: string } | undefined>;
  /** Pages already stored are not fetched again. */
  readonly isKnown?: (url: string) => Promise<boolean>;
  /** Receives each page as it arrives (one at a time); when given, documents are not collected. */
  readonly onDocument?: (fetched: FetchedDocument) => Promise<readonly Diagnostic[] | void>;
  readonly onProgress?: (done: number, total: number) => void;
  /** Feeds read from local files: their items' pages are fetched like a fetched feed's. */
  readonly feedFiles?: readonly { readonly input: string; readonly content: string }[];
  /** Stops starting new pages; the page in hand is finished. */
  readonly signal?: AbortSignal;
}

/** A batch's result: collected documents (unless streamed), diagnostics, feeds polled, pages skipped as known. */
export interface FetchDocumentsResult {
  readonly documents: RawDocument[];
  readonly diagnostics: Diagnostic[];
  readonly feeds: FeedPoll[];
  readonly known: number;
}

interface PageTask {
  readonly url: string;
  readonly feedUrl?: string;
  readonly item?: FeedItem;
  /** The response, when the input itself was the page. */
  readonly response?: FetchedResponse;
}

const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5,*/*;q=0.1';
const FEED_ACCEPT =
  'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.5,*/*;q=0.1';
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const XML_TYPES = /(xml|rss|atom|rdf|json)/;

function fetchDiagnostic(url: string, error: unknown): Diagnostic {
  if (error instanceof FetchError) return diagnostic(url, 'error', error.code, error.message);
  return diagnostic(url, 'error', 'fetch-failed', (error as Error).message ?? String(error));
}

interface PageBody {
  readonly kind: 'html' | 'text';
  readonly content: string;
}
type Body = PageBody | { kind: 'feed'; content: string } | { kind: 'unusable'; diagnostic: Diagnostic };

/** Decides what a response is (page, text, feed) from its media type and its bytes, and decodes it. */
function classify(url: string, response: FetchedResponse): Body {
  const type = response.contentType;
  if (response.body.length === 0) {
    return {
      kind: 'unusable',
      diagnostic: diagnostic(url, 'error', 'empty-body', 'the response body is empty'),
    };
  }
  const known = type === undefined || HTML_TYPES.has(type) || type === 'text/plain' || XML_TYPES.test(type);
  if (!known || looksBinary(response.body)) {
    const what = type ? `a ${type} body` : 'a binary body';
    return {
      kind: 'unusable',
      diagnostic: diagnostic(url, 'error', 'not-html', `${what}, not an HTML page, text or a feed`),
    };
  }
  const isHtml = type === undefined || HTML_TYPES.has(type);
  const content = decodeBytes(response.body, response.charset, isHtml);
  if (content.trim() === '') {
    return {
      kind: 'unusable',
      diagnostic: diagnostic(url, 'error', 'empty-body', 'the body holds only whitespace'),
    };
  }
  if (looksLikeFeed(content, type)) return { kind: 'feed', content };
  if (type !== undefined && XML_TYPES.test(type) && !HTML_TYPES.has(type)) {
    // Declared as XML/JSON but neither a feed nor a page: most often a feed that does not parse.
    return { kind: 'feed', content };
  }
  if (type === 'text/plain') return { kind: 'text', content };
  if (type === undefined && !/<(!doctype|html|head|body|p|div|article)[\s>]/i.test(content.slice(0, 4096))) {
    return { kind: 'text', content };
  }
  return { kind: 'html', content };
}

/** A raw document from a page; the feed item's title, date and author fill only what the page lacks. */
function pageDocument(task: PageTask, response: FetchedResponse, body: PageBody): FetchedDocument {
  const urls = new Set<string>();
  const add = (value: string | undefined): void => {
    const url = value ? canonicalUrl(value) : undefined;
    if (url) urls.add(url);
  };
  add(task.url);
  add(response.finalUrl);
  const page = body.kind === 'html' ? readPage(body.content, response.finalUrl) : undefined;
  add(page?.canonicalUrl);
  const metadata = page?.metadata ?? {};
  const item = task.item;
  const url = page?.canonicalUrl ?? canonicalUrl(response.finalUrl) ?? response.finalUrl;
  const document: RawDocument = {
    input: task.url,
    format: body.kind,
    content: body.content,
    url,
    ...(item?.title && !metadata.title && { title: item.title }),
    ...(item?.publishedAt && !metadata.publishedAt && { publishedAt: item.publishedAt }),
    ...(item?.byline && !metadata.byline && { byline: item.byline }),
  };
  return { document, urls: [...urls], ...(task.feedUrl && { feedUrl: task.feedUrl }) };
}

interface Expanded {
  readonly pages: PageTask[];
  readonly diagnostics: Diagnostic[];
  readonly feeds: FeedPoll[];
}

/** A feed's items as pages to fetch; a malformed or empty feed yields a diagnostic instead. */
function feedPages(
  input: string,
  content: string,
  baseUrl: string | undefined,
): { pages: PageTask[]; diagnostics: Diagnostic[]; malformed: boolean } {
  let feed;
  try {
    feed = parseFeed(content, baseUrl);
  } catch (error) {
    const message = `the feed is malformed or of an unknown format: ${(error as Error).message}`;
    return {
      pages: [],
      diagnostics: [diagnostic(input, 'error', 'malformed-feed', message)],
      malformed: true,
    };
  }
  const diagnostics: Diagnostic[] = [];
  if (feed.items.length === 0) {
    const message =
      feed.skipped > 0 ? `the feed's ${feed.skipped} items have no usable link` : 'the feed has no items';
    diagnostics.push(diagnostic(input, 'warning', 'empty-feed', message));
  } else if (feed.skipped > 0) {
    diagnostics.push(
      diagnostic(input, 'warning', 'feed-item-without-link', `${feed.skipped} items have no usable link`),
    );
  }
  return {
    pages: feed.items.map((item) => ({ url: item.url, feedUrl: input, item })),
    diagnostics,
    malformed: false,
  };
}

/** Fetches one input URL and turns it into pages: itself, a feed's items, or (discovering) its feed's items. */
async function expandSource(
  url: string,
  options: FetchDocumentsOptions,
  discovering = false,
): Promise<Expanded> {
  const validators = await options.validators?.(url);
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  let response: FetchedResponse;
  try {
    response = await options.fetcher.fetch(url, { headers, accept: FEED_ACCEPT });
  } catch (error) {
    return { pages: [], diagnostics: [fetchDiagnostic(url, error)], feeds: [] };
  }
  if (response.status === 304) {
    return { pages: [], diagnostics: [], feeds: [{ url, notModified: true, ...validators, itemCount: 0 }] };
  }
  const body = classify(url, response);
  if (body.kind === 'unusable') return { pages: [], diagnostics: [body.diagnostic], feeds: [] };
  if (body.kind === 'feed') {
    const expanded = feedPages(url, body.content, response.finalUrl);
    const poll: FeedPoll = {
      url,
      notModified: false,
      ...(response.headers.etag && { etag: response.headers.etag }),
      ...(response.headers['last-modified'] && { lastModified: response.headers['last-modified'] }),
      itemCount: expanded.pages.length,
    };
    return { ...expanded, feeds: expanded.malformed ? [] : [poll] };
  }
  if (options.discover && !discovering && body.kind === 'html') {
    const feedUrl = readPage(body.content, response.finalUrl).feedUrls[0];
    if (feedUrl) return expandSource(feedUrl, options, true);
    const message = 'the page announces no feed (<link rel="alternate">); reading it as a page';
    return {
      pages: [{ url, response }],
      diagnostics: [diagnostic(url, 'warning', 'no-feed-found', message)],
      feeds: [],
    };
  }
  return { pages: [{ url, response }], diagnostics: [], feeds: [] };
}

/**
 * Fetches web inputs (pages or feeds) into raw documents. Feeds expand into their items' pages, fetched
 * politely in parallel; every failure is a diagnostic naming its URL and the batch goes on.
 */
export async function fetchDocuments(
  urls: readonly string[],
  options: FetchDocumentsOptions,
): Promise<FetchDocumentsResult> {
  const documents: RawDocument[] = [];
  const diagnostics: Diagnostic[] = [];
  const feeds: FeedPoll[] = [];
  const expanded: Expanded[] = await Promise.all(urls.map((url) => expandSource(url, options)));
  for (const file of options.feedFiles ?? []) {
    expanded.push({ ...feedPages(file.input, file.content, undefined), feeds: [] });
  }
  const pages: PageTask[] = [];
  const queued = new Set<string>();
  for (const source of expanded) {
    diagnostics.push(...source.diagnostics);
    feeds.push(...source.feeds);
    for (const page of source.pages) {
      const key = canonicalUrl(page.url) ?? page.url;
      if (queued.has(key)) continue;
      queued.add(key);
      pages.push(page);
    }
  }
  let known = 0;
  let done = 0;
  const total = pages.length;
  // Pages are fetched in parallel (the fetcher's scheduler bounds it) but handed on one at a time.
  let handOff: Promise<unknown> = Promise.resolve();
  const deliver = (fetched: FetchedDocument): Promise<void> => {
    const next = handOff.then(async () => {
      if (!options.onDocument) {
        documents.push(fetched.document);
        return;
      }
      const extra = await options.onDocument(fetched);
      if (extra) diagnostics.push(...extra);
    });
    handOff = next.catch(() => undefined);
    return next;
  };
  const processPage = async (task: PageTask): Promise<void> => {
    if (options.signal?.aborted) return;
    if (task.item && (await options.isKnown?.(task.item.url))) {
      known++;
      return;
    }
    let response = task.response;
    if (!response) {
      try {
        response = await options.fetcher.fetch(task.url, { accept: PAGE_ACCEPT });
      } catch (error) {
        if (!(error instanceof FetchError && error.code === 'aborted'))
          diagnostics.push(fetchDiagnostic(task.url, error));
        return;
      }
    }
    const body = classify(task.url, response);
    if (body.kind === 'unusable') {
      diagnostics.push(body.diagnostic);
      return;
    }
    if (body.kind === 'feed') {
      diagnostics.push(
        diagnostic(task.url, 'error', 'not-a-page', 'a feed item links to another feed, not to a page'),
      );
      return;
    }
    if (options.signal?.aborted) return;
    await deliver(pageDocument(task, response, body));
  };
  await Promise.all(
    pages.map((task) =>
      processPage(task).finally(() => {
        done++;
        // Once stopping, skipped pages are not progress.
        if (!options.signal?.aborted) options.onProgress?.(done, total);
      }),
    ),
  );
  await handOff;
  return { documents, diagnostics, feeds, known };
}

export { readInputs, type ReadInputsOptions } from './read-inputs.js';
export type { DocumentsResult } from './documents-result.js';
export { decodeBytes, looksBinary, sniffMetaCharset } from './decode-bytes.js';
export { readSources, type ReadSourcesOptions } from './read-sources.js';
export { splitInputs, isWebInput, type SplitInputs } from './split-inputs.js';
export {
  fetchDocuments,
  type FetchDocumentsOptions,
  type FetchDocumentsResult,
  type FetchedDocument,
  type FeedPoll,
} from './fetch-documents.js';
export { createFetcher, retryAfterMs, type Fetcher, type FetcherOptions } from './fetcher.js';
export { fetchUrl, FetchError, USER_AGENT, type FetchedResponse, type FetchUrlOptions } from './fetch-url.js';
export { HostScheduler, type HostSchedulerOptions } from './host-scheduler.js';
export { canonicalUrl } from './canonical-url.js';
export { isPrivateAddress } from './is-private-address.js';
export { parseFeed, looksLikeFeed, type FeedItem, type ParsedFeed } from './parse-feed.js';
export { parseFeedList, type FeedList } from './parse-feed-list.js';
export { readPage, type PageInfo } from './read-page.js';
export { ingestDocument, type IngestOutcome } from './ingest-document.js';
export { restoryArticles } from './restory-articles.js';
export { refreshStories, type RefreshOptions } from './refresh-stories.js';

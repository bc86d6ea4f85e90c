import { diagnostic } from '../model/index.js';
import type { DocumentsResult } from '../ingest/index.js';

/** Turns URLs into raw documents; the server calls only this, so the real fetcher plugs in here. */
export type FetchUrlDocuments = (urls: readonly string[]) => Promise<DocumentsResult>;

/** Until the ingest stage's fetcher is wired in, every URL yields a diagnostic saying it was not fetched. */
export const fetchUrlDocuments: FetchUrlDocuments = async (urls) => ({
  documents: [],
  diagnostics: urls.map((url) =>
    diagnostic(url, 'error', 'url-fetch-unavailable', 'fetching URLs is not available in this build'),
  ),
});

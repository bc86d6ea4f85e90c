import type { DocumentsResult } from '../ingest/index.js';
import { readSources } from '../ingest/index.js';

/** Turns URLs into raw documents; the server calls only this, so tests can plug in their own. */
export type FetchUrlDocuments = (urls: readonly string[]) => Promise<DocumentsResult>;

/**
 * The default: the ingest stage's polite, bounded fetcher with its defaults, which refuses hosts on
 * private, loopback or link-local addresses, so a posted URL cannot reach into the server's network.
 */
export const fetchUrlDocuments: FetchUrlDocuments = (urls) => readSources(urls);

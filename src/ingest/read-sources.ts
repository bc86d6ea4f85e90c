import type { Diagnostic, RawDocument } from '../model/index.js';
import type { DocumentsResult } from './documents-result.js';
import { fetchDocuments } from './fetch-documents.js';
import { createFetcher, type FetcherOptions } from './fetcher.js';
import { readInputs, type ReadInputsOptions } from './read-inputs.js';
import { splitInputs } from './split-inputs.js';

/** Options for reading a mixed batch of files and URLs. */
export interface ReadSourcesOptions extends ReadInputsOptions {
  readonly fetch?: FetcherOptions;
  /** Follow feeds that HTML pages announce. */
  readonly discover?: boolean;
  readonly onFetchProgress?: (done: number, total: number) => void;
}

/** Reads files, stdin, web pages and feeds (URLs, local feed files, OPML lists) into raw documents. */
export async function readSources(
  inputs: readonly string[],
  options: ReadSourcesOptions = {},
): Promise<DocumentsResult> {
  const split = await splitInputs(inputs);
  const local = await readInputs(split.files, options);
  if (split.urls.length === 0 && split.feedFiles.length === 0 && split.diagnostics.length === 0) return local;
  const web = await fetchDocuments(split.urls, {
    fetcher: createFetcher(options.fetch),
    discover: options.discover,
    feedFiles: split.feedFiles,
    onProgress: options.onFetchProgress,
  });
  const documents: RawDocument[] = [...local.documents, ...web.documents];
  const diagnostics: Diagnostic[] = [...split.diagnostics, ...local.diagnostics, ...web.diagnostics];
  return { documents, diagnostics };
}

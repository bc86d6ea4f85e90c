import type { Diagnostic, RawDocument } from '../model/index.js';
import type { DocumentsResult } from './documents-result.js';
import { fetchDocuments } from './fetch-documents.js';
import { createFetcher, type FetcherOptions } from './fetcher.js';
import { readInputs, type ReadInputsOptions } from './read-inputs.js';

/** Options for reading a mixed batch of files and URLs. */
export interface ReadSourcesOptions extends ReadInputsOptions {
  readonly fetch?: FetcherOptions;
  /** Follow feeds that HTML pages announce. */
  readonly discover?: boolean;
  readonly onFetchProgress?: (done: number, total: number) => void;
}

/** Whether an input names a web resource rather than a file. */
export function isWebInput(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Reads files, stdin and web inputs (pages and feeds, fetched) into raw documents, in input order by kind. */
export async function readSources(
  inputs: readonly string[],
  options: ReadSourcesOptions = {},
): Promise<DocumentsResult> {
  const urls = inputs.filter(isWebInput);
  const local = await readInputs(
    inputs.filter((i) => !isWebInput(i)),
    options,
  );
  if (urls.length === 0) return local;
  const web = await fetchDocuments(urls, {
    fetcher: createFetcher(options.fetch),
    discover: options.discover,
    onProgress: options.onFetchProgress,
  });
  const documents: RawDocument[] = [...local.documents, ...web.documents];
  const diagnostics: Diagnostic[] = [...local.diagnostics, ...web.diagnostics];
  return { documents, diagnostics };
}

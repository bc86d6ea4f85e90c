import type { Diagnostic, RawDocument } from '../model/index.js';

/** What reading a batch of inputs produced: documents to extract, and a diagnostic per input that failed. */
export interface DocumentsResult {
  readonly documents: RawDocument[];
  readonly diagnostics: Diagnostic[];
}

export { readInputs, type ReadInputsOptions } from './read-inputs.js';
export type { DocumentsResult } from './documents-result.js';
export { decodeBytes, looksBinary, sniffMetaCharset } from './decode-bytes.js';
